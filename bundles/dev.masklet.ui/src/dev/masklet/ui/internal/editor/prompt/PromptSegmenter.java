package dev.masklet.ui.internal.editor.prompt;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import dev.masklet.core.image.RgbImage;
import dev.masklet.engine.DeviceStatus;
import dev.masklet.engine.EngineCancelledException;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.FrameKey;
import dev.masklet.engine.ImageEmbedding;
import dev.masklet.engine.MaskPrediction;
import dev.masklet.engine.Prompt;
import dev.masklet.engine.SegmentationEngine;
import dev.masklet.media.MediaException;
import dev.masklet.media.VideoSource;
import dev.masklet.ui.internal.editor.model.AnnotationSession;
import dev.masklet.ui.internal.editor.model.PromptState;
import dev.masklet.ui.internal.editor.model.SessionChange;

/**
 * The prompts of the object being prompted on the shown frame and the segmentation service's answers: encodes each
 * shown frame and predicts a mask after each prompt, both in Eclipse Jobs; results come back on the UI thread.
 * Frames are encoded through the engine's embedding cache ({@link FrameKey}: media, frame), and once a frame is
 * ready the next one is handed to the engine's background encoder, so stepping forward with D finds it encoded.
 * A jump elsewhere drops the queued background encodings. The UI thread never calls the model.
 */
public final class PromptSegmenter {
    /** Serialises model calls of this editor so that clicks are answered in order. */
    private static final class EngineRule implements ISchedulingRule {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    }

    private final EngineRule engineRule = new EngineRule();
    private final AnnotationSession session;
    private final PromptState prompts;
    private final EngineAccess engines;
    private final String media;
    private final VideoSource frames;
    private final Consumer<Runnable> ui;
    /** The shown frame's embedding and the engine that made it, so prompts go to that model; null until encoded. */
    private record Encoded(SegmentationEngine engine, ImageEmbedding embedding) {
    }

    private volatile Encoded encoded;
    /** The frame shown before the current one (UI thread): a step forward keeps the background queue. */
    private int lastShown = -1;
    /** Counts encode requests: an encoding that is no longer the latest request stops (the user moved on). */
    private final AtomicInteger requests = new AtomicInteger();

    /**
     * Encodes each frame the session shows and answers each prompt given on it. The session's video names it in the
     * engine's cache (its path); its source is where the next frame is read for background encoding (a cached
     * source: usually at once).
     *
     * @param ui runs a task on the UI thread later, unless the editor is gone
     */
    public PromptSegmenter(EngineAccess engines, AnnotationSession session, Consumer<Runnable> ui) {
        this.engines = engines;
        this.session = session;
        this.prompts = session.prompts();
        this.media = session.media().toString();
        this.frames = session.source();
        this.ui = ui;
        session.addListener(change -> {
            if (change == SessionChange.FRAME) {
                int index = session.frameIndex();
                encode(session.frame(), index, session::frameIndex, index != lastShown + 1);
            } else if (change == SessionChange.PROMPTS && encoded != null) {
                predict();
            }
        });
    }

    public boolean isEncoded() {
        return encoded != null;
    }

    /**
     * Another segmentation model was chosen: the shown frame is encoded again with it, and the prompts clicked so
     * far are answered by the new model. Background encodings queued for the old model are dropped.
     */
    public void modelChanged() {
        if (session.frame() == null) {
            return;
        }
        Encoded old = encoded;
        if (old != null) {
            old.engine().cancelPrefetch();
        }
        encode(session.frame(), session.frameIndex(), session::frameIndex, true);
    }

    private void encode(RgbImage frame, int index, IntSupplier shownFrame, boolean jumped) {
        encoded = null;
        int request = requests.incrementAndGet();
        lastShown = index;
        session.setStatus(NLS.bind(Messages.Prompt_encoding, index + 1));
        Job job = Job.create(NLS.bind(Messages.Prompt_encodingJob, index + 1), (IProgressMonitor monitor) -> {
            try {
                SegmentationEngine engine = engines.engine();
                if (jumped) {
                    engine.cancelPrefetch(); // queued for the old place: not needed any more
                }
                if (index != shownFrame.getAsInt()) {
                    return Status.CANCEL_STATUS; // the user moved on before this frame's turn came
                }
                // a large model takes seconds: stop when another frame or model is asked for meanwhile
                ImageEmbedding result = engine.encode(new FrameKey(media, index), frame,
                        () -> monitor.isCanceled() || requests.get() != request);
                DeviceStatus device = engine.deviceStatus();
                prefetchNext(engine, index, shownFrame);
                ui.accept(() -> {
                    session.showSegmentationModel(engine.modelName(), device);
                    if (index != shownFrame.getAsInt()) {
                        return;
                    }
                    encoded = new Encoded(engine, result);
                    session.setStatus(NLS.bind(Messages.Prompt_frameReady, index + 1));
                    if (!prompts.isEmpty()) {
                        predict();
                    }
                });
                return Status.OK_STATUS;
            } catch (EngineCancelledException e) {
                return Status.CANCEL_STATUS; // superseded: the newer request reports its own result
            } catch (EngineException e) {
                ui.accept(() -> session.setStatus(NLS.bind(Messages.Prompt_unavailable, e.getMessage())));
                return Status.error(e.getMessage(), e);
            }
        });
        job.setRule(engineRule);
        job.schedule();
    }

    /** Hands the frame after {@code index} to the engine's background encoder, read off the UI thread. */
    private void prefetchNext(SegmentationEngine engine, int index, IntSupplier shownFrame) {
        int next = index + 1;
        if (next >= frames.frameCount()) {
            return;
        }
        Job job = Job.create(NLS.bind(Messages.Prompt_preparingJob, next + 1), (IProgressMonitor monitor) -> {
            if (index != shownFrame.getAsInt()) {
                return Status.CANCEL_STATUS;
            }
            try {
                engine.prefetch(new FrameKey(media, next), frames.frame(next)); // returns at once
            } catch (MediaException | RuntimeException e) {
                // not decodable (or the video was closed): the frame reports its problem when it is shown
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    /** The status line for the model's answer: its predicted IoU in percent, and Tab when it gave several masks. */
    static String readyLine(List<MaskPrediction> candidates) {
        MaskPrediction best = candidates.get(0);
        String iou = MaskScores.percent(best.score());
        // SAM 2 reports an object it judges absent with an empty mask: say so rather than "ready"
        if (best.mask().area() == 0) {
            return NLS.bind(Messages.Prompt_noObject, iou);
        }
        return candidates.size() > 1 ? NLS.bind(Messages.Prompt_readyCandidates, iou, candidates.size())
                : NLS.bind(Messages.Prompt_ready, iou);
    }

    /** The editor closes: queued background encodings of its frames are dropped (never waits for the model). */
    public void close() {
        SegmentationEngine engine = engines.engineIfPresent();
        if (engine != null) {
            engine.cancelPrefetch();
        }
    }

    private void predict() {
        Encoded shown = encoded;
        int version = prompts.version();
        Prompt prompt = prompts.snapshot();
        if (shown == null || prompt.isEmpty()) {
            return;
        }
        session.setStatus(Messages.Prompt_segmenting);
        Job job = Job.create(Messages.Prompt_segmentingJob, (IProgressMonitor monitor) -> {
            if (version != prompts.version()) {
                return Status.CANCEL_STATUS; // a newer click superseded this one
            }
            try {
                List<MaskPrediction> candidates = shown.engine().candidates(shown.embedding(), prompt);
                ui.accept(() -> {
                    if (session.offerCandidates(version, candidates)) {
                        session.setStatus(readyLine(candidates));
                    }
                });
                return Status.OK_STATUS;
            } catch (EngineException e) {
                ui.accept(() -> session.setStatus(NLS.bind(Messages.Prompt_failed, e.getMessage())));
                return Status.error(e.getMessage(), e);
            }
        });
        job.setSystem(true);
        job.setRule(engineRule);
        job.schedule();
    }
}
