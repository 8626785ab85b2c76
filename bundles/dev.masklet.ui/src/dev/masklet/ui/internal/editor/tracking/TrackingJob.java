package dev.masklet.ui.internal.editor.tracking;

import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

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
        super(NLS.bind(backward ? Messages.TrackingJob_nameBackward : Messages.TrackingJob_nameForward,
                fromFrame + 1, toFrame + 1));
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
            monitor.subTask(Messages.TrackingJob_loading);
            TrackingSession session = tracker.session();
            onStatus.accept(NLS.bind(Messages.TrackingJob_running, tracker.modelName()));
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
                    String text = NLS.bind(Messages.TrackingJob_progress, new Object[] {p.framesDone(),
                        p.framesTotal(), String.format(Locale.ROOT, "%.2f", p.framesPerSecond()),
                        String.format(Locale.ROOT, "%.0f", p.etaSeconds())});
                    monitor.subTask(text);
                    onProgress.accept(new AnnotationSession.TrackingProgress(p.framesDone(), p.framesTotal(), text));
                }
            });
            onStatus.accept(NLS.bind(r.cancelled() ? Messages.TrackingJob_doneCancelled : Messages.TrackingJob_done,
                    new Object[] {r.framesComputed(), tracker.modelName(),
                        String.format(Locale.ROOT, "%.1f", r.seconds())}));
            return r.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        } catch (EngineException | RuntimeException e) {
            onStatus.accept(NLS.bind(Messages.TrackingJob_failed, e.getMessage()));
            return Status.error(NLS.bind(Messages.TrackingJob_failed, e.getMessage()), e);
        } finally {
            monitor.done();
        }
    }
}
