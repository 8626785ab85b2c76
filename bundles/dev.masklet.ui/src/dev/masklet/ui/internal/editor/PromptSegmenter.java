package dev.masklet.ui.internal.editor;

import java.util.function.Consumer;
import java.util.function.IntSupplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;

import dev.masklet.core.image.RgbImage;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.ImageEmbedding;
import dev.masklet.engine.MaskPrediction;
import dev.masklet.engine.Prompt;

/**
 * The prompts of the object being prompted on the shown frame and the segmentation service's answers: encodes each
 * shown frame and predicts a mask after each prompt, both in Eclipse Jobs; results come back on the UI thread.
 */
final class PromptSegmenter {
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

    /** Where results go, always on the UI thread. */
    interface Listener {
        void status(String text);

        void predictionChanged();
    }

    private final EngineRule engineRule = new EngineRule();
    private final PromptState prompts = new PromptState();
    private final EngineAccess engines;
    private final Consumer<Runnable> ui;
    private final Listener listener;
    private volatile ImageEmbedding embedding;

    /** @param ui runs a task on the UI thread later, unless the editor is gone */
    PromptSegmenter(EngineAccess engines, Consumer<Runnable> ui, Listener listener) {
        this.engines = engines;
        this.ui = ui;
        this.listener = listener;
    }

    PromptState prompts() {
        return prompts;
    }

    boolean isEncoded() {
        return embedding != null;
    }

    /** A new frame is shown: its prompts start empty and its embedding is computed in a job. */
    void encode(RgbImage frame, int index, IntSupplier shownFrame) {
        prompts.clear();
        embedding = null;
        listener.status("Encoding frame " + (index + 1) + "...");
        Job job = Job.create("Encoding frame " + (index + 1), (IProgressMonitor monitor) -> {
            try {
                ImageEmbedding result = engines.engine().encode(frame);
                ui.accept(() -> {
                    if (index != shownFrame.getAsInt()) {
                        return;
                    }
                    embedding = result;
                    listener.status("Frame " + (index + 1) + " ready: click adds a point, drag draws a box, right "
                            + "click excludes; F keeps the object, B clears, A/D previous/next frame");
                    if (!prompts.isEmpty()) {
                        predict();
                    }
                });
                return Status.OK_STATUS;
            } catch (EngineException e) {
                ui.accept(() -> listener.status("Segmentation unavailable: " + e.getMessage()));
                return Status.error(e.getMessage(), e);
            }
        });
        job.setRule(engineRule);
        job.schedule();
    }

    void addPoint(double x, double y, boolean positive) {
        prompts.add(new Prompt.Point(x, y, positive));
        predictIfEncoded();
    }

    void setBox(double x0, double y0, double x1, double y1) {
        prompts.setBox(new Prompt.Box(x0, y0, x1, y1));
        predictIfEncoded();
    }

    private void predictIfEncoded() {
        listener.predictionChanged();
        if (embedding != null) {
            predict();
        }
    }

    private void predict() {
        ImageEmbedding emb = embedding;
        int version = prompts.version();
        Prompt prompt = prompts.snapshot();
        if (emb == null || prompt.isEmpty()) {
            return;
        }
        listener.status("Segmenting...");
        Job job = Job.create("Segmenting", (IProgressMonitor monitor) -> {
            if (version != prompts.version()) {
                return Status.CANCEL_STATUS; // a newer click superseded this one
            }
            try {
                MaskPrediction prediction = engines.engine().predict(emb, prompt);
                ui.accept(() -> {
                    if (prompts.offer(version, prediction)) {
                        listener.predictionChanged();
                        listener.status(String.format("Mask ready (score %.2f): press F to keep it as an object",
                                prediction.score()));
                    }
                });
                return Status.OK_STATUS;
            } catch (EngineException e) {
                ui.accept(() -> listener.status("Segmentation failed: " + e.getMessage()));
                return Status.error(e.getMessage(), e);
            }
        });
        job.setSystem(true);
        job.setRule(engineRule);
        job.schedule();
    }
}
