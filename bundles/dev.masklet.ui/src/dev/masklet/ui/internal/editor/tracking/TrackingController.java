package dev.masklet.ui.internal.editor;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.engine.TrackedFrame;
import dev.masklet.geometry.MaskCleanup;

/**
 * Runs Ctrl+M and its variants (backward, a frame range) as {@link TrackingJob}s on the editor's persistent
 * {@link Tracker}. Each finished frame lands in the project at once (specks removed as the preference says, in the
 * output mode's shape, with the tracker's confidence) and is saved every few frames, so cancelling loses nothing
 * finished; the run is one undoable edit.
 *
 * <p>A run never changes what it starts from or what a person made: the masks on the start frame, a person's
 * masks ({@link ObjectState#isKept}) on any frame, and every frame outside the run's range stay bit for bit.
 */
final class TrackingController {
    /** What a run reads and changes in the editor; called on the UI thread. */
    interface Host {
        AnnotationProject project();

        int frameIndex();

        /** A tracked mask as the output mode stores it. */
        BinaryMask stored(BinaryMask mask);

        /** Islands and holes smaller than this many pixels are removed from tracked masks; 0 = none. */
        int minSpeckPixels();

        MaskEdit newEdit(String label);

        void addToHistory(MaskEdit edit);

        void frameTracked(int frame);

        void save();

        /** A run ended (finished, cancelled or failed). */
        void finished();

        void status(String text);

        /** Runs a task on the UI thread later, unless the editor is gone. */
        void ui(Runnable task);
    }

    /** Tracked frames between autosaves during a tracking run. */
    private static final int AUTOSAVE_FRAMES = 10;
    private final Tracker tracker;
    private final Host host;
    /** Objects given a prompt with F on the shown frame since the last run. */
    private final Set<Integer> promptedHere = new HashSet<>();
    private TrackingJob running;
    /** The running run's frames and what it must leave alone; null between runs. */
    private Run run;
    private MaskEdit edit;
    private int framesSinceSave;

    TrackingController(Tracker tracker, Host host) {
        this.tracker = tracker;
        this.host = host;
    }

    boolean isRunning() {
        return running != null;
    }

    /**
     * The editor closes: runs {@code close} at once, or, while a run is in flight, cancels it and runs {@code close}
     * when it has stopped (the job still reads frames until it sees the cancel).
     */
    void closeWhenStopped(Runnable close) {
        TrackingJob job = running;
        if (job == null) {
            close.run();
            return;
        }
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                close.run();
            }
        });
        job.cancel();
    }

    /** F kept or corrected an object on the shown frame: the tracker got its prompt. */
    void prompted(int trackId) {
        promptedHere.add(trackId);
    }

    /** Another frame is shown: prompts given on the previous one are already with the tracker. */
    void frameChanged() {
        promptedHere.clear();
    }

    /**
     * Tracks every object that has a mask on the shown frame (or that the tracker remembers) from the shown frame to
     * {@code toFrame}, backward when {@code toFrame} is before it.
     */
    void track(int toFrame, boolean backward) {
        if (running != null) {
            host.status("Tracking is already running");
            return;
        }
        int from = host.frameIndex();
        // objects the tracker has not seen (kept before this session, or read from the file) start from their mask
        Map<Integer, BinaryMask> fromMasks = new LinkedHashMap<>();
        Set<Integer> onStartFrame = new HashSet<>();
        boolean any = false;
        for (TrackedObject o : host.project().objects()) {
            BinaryMask m = o.mask(from);
            boolean hasMask = m != null && m.area() > 0;
            any |= hasMask || tracker.remembers(o.trackId());
            if (m != null) {
                onStartFrame.add(o.trackId());
            }
            if (hasMask && !tracker.remembers(o.trackId()) && !promptedHere.contains(o.trackId())) {
                fromMasks.put(o.trackId(), m);
            }
        }
        if (!any) {
            host.status("Nothing to track: keep an object on this frame first (click on it, then F)");
            return;
        }
        promptedHere.clear();
        run = new Run(Math.min(from, toFrame), Math.max(from, toFrame), from, Set.copyOf(onStartFrame),
                host.minSpeckPixels());
        edit = host.newEdit((backward ? "Tracking backward from frame " : "Tracking from frame ") + (from + 1));
        TrackingJob job = new TrackingJob(tracker, fromMasks, from, toFrame, backward,
                frame -> host.ui(() -> apply(frame)), text -> host.ui(() -> host.status(text)));
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                host.ui(() -> {
                    running = null;
                    run = null;
                    if (!edit.isEmpty()) {
                        host.addToHistory(edit);
                    }
                    edit = null;
                    host.save();
                    host.finished();
                });
            }
        });
        running = job;
        job.schedule();
    }

    private void apply(TrackedFrame frame) {
        int index = frame.frameIndex();
        Run current = run;
        if (current == null || index < current.first() || index > current.last()) {
            return; // not this run's frame: what lies outside the range is left as it is
        }
        for (TrackedFrame.ObjectResult r : frame.objects()) {
            host.project().object(r.objectId()).ifPresent(o -> {
                if (current.leavesAlone(host.project(), o, index)) {
                    return;
                }
                MaskEdit.Content old = MaskEdit.Content.of(o, index);
                BinaryMask now = r.mask().map(m -> host.stored(MaskCleanup.removeSpecks(m, current.minSpeckPixels())))
                        .orElse(null);
                // a frame that conditions the tracking is one the tracker was told, not one it guessed
                o.putTracked(index, now, r.conditioning() ? 1f : r.confidence());
                if (edit != null) {
                    edit.record(o.trackId(), index, old, MaskEdit.Content.of(o, index));
                }
            });
        }
        host.frameTracked(index);
        if (++framesSinceSave >= AUTOSAVE_FRAMES) {
            framesSinceSave = 0;
            host.save();
        }
    }

    /**
     * One run: its frames {@code first..last} and what it must leave alone.
     *
     * @param onStartFrame the objects that had a mask (or an empty one) on the start frame when the run began
     */
    private record Run(int first, int last, int startFrame, Set<Integer> onStartFrame, int minSpeckPixels) {
        /** The start frame's masks are what the run starts from; a person's masks are the truth. */
        boolean leavesAlone(AnnotationProject project, TrackedObject o, int frame) {
            return frame == startFrame && onStartFrame.contains(o.trackId()) || ObjectState.isKept(project, o, frame);
        }
    }
}
