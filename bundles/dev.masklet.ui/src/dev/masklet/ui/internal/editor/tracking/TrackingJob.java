package dev.masklet.ui.internal.editor.tracking;

import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.PropagationListener;
import dev.masklet.engine.PropagationResult;
import dev.masklet.engine.TrackedFrame;
import dev.masklet.engine.TrackingProgress;
import dev.masklet.engine.TrackingSession;
import dev.masklet.ui.internal.editor.model.AnnotationSession;

/**
 * Tracks objects through a frame range in the background (Ctrl+M). Each frame's results go to {@code onFrame} as
 * soon as they are computed, so a cancelled run keeps every finished frame; progress shows frames/s and the time
 * left.
 */
final class TrackingJob extends Job {
    private final Tracker tracker;
    private final Map<Integer, BinaryMask> fromMasks;
    private final int fromFrame;
    private final int toFrame;
    private final boolean backward;
    private final Consumer<TrackedFrame> onFrame;
    private final Consumer<String> onStatus;
    private final Consumer<AnnotationSession.TrackingProgress> onProgress;

    /**
     * @param fromMasks the masks on the start frame of objects the session does not know yet: their starts
     */
    TrackingJob(Tracker tracker, Map<Integer, BinaryMask> fromMasks, int fromFrame, int toFrame, boolean backward,
            Consumer<TrackedFrame> onFrame, Consumer<String> onStatus,
            Consumer<AnnotationSession.TrackingProgress> onProgress) {
        super(String.format("Tracking %s through frames %d-%d", backward ? "backward" : "forward", fromFrame + 1,
                toFrame + 1));
        this.backward = backward;
        this.tracker = tracker;
        this.fromMasks = fromMasks;
        this.fromFrame = fromFrame;
        this.toFrame = toFrame;
        this.onFrame = onFrame;
        this.onStatus = onStatus;
        this.onProgress = onProgress;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        int total = Math.abs(toFrame - fromFrame) + 1;
        monitor.beginTask(getName(), total + 1);
        try {
            monitor.subTask("loading the tracking model and prompting");
            TrackingSession session = tracker.session();
            onStatus.accept("Tracking with " + tracker.modelName() + "... (Esc or Stop stops it; finished frames are "
                    + "kept)");
            for (Map.Entry<Integer, BinaryMask> e : fromMasks.entrySet()) {
                tracker.keep(e.getKey(), fromFrame, null, e.getValue());
            }
            tracker.flushKept();
            monitor.worked(1);
            PropagationResult r = session.propagate(fromFrame, toFrame, backward, monitor::isCanceled, new PropagationListener() {
                @Override
                public void onFrame(TrackedFrame frame) {
                    onFrame.accept(frame);
                }

                @Override
                public void onProgress(TrackingProgress p) {
                    monitor.worked(1);
                    String text = String.format(Locale.ROOT, "frame %d of %d, %.2f frames/s, %.0f s left",
                            p.framesDone(), p.framesTotal(), p.framesPerSecond(), p.etaSeconds());
                    monitor.subTask(text);
                    onProgress.accept(new AnnotationSession.TrackingProgress(p.framesDone(), p.framesTotal(), text));
                }
            });
            onStatus.accept(String.format(Locale.ROOT, "Tracked %d frames with %s in %.1f s%s", r.framesComputed(),
                    tracker.modelName(), r.seconds(), r.cancelled() ? " (cancelled; finished frames are kept)" : ""));
            return r.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        } catch (EngineException | RuntimeException e) {
            onStatus.accept("Tracking failed: " + e.getMessage());
            return Status.error("Tracking failed: " + e.getMessage(), e);
        } finally {
            monitor.done();
        }
    }
}
