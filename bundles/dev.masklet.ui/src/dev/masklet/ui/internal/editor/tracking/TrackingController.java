package dev.masklet.ui.internal.editor.tracking;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.osgi.util.NLS;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.engine.TrackedFrame;
import dev.masklet.core.settings.MaskletPreferences;
import dev.masklet.engine.Prompt;
import dev.masklet.geometry.MaskCleanup;
import dev.masklet.ui.internal.editor.model.AnnotationSession;
import dev.masklet.ui.internal.editor.model.ObjectState;
import dev.masklet.ui.internal.editor.model.SessionChange;
import dev.masklet.ui.internal.editor.operations.MaskEdit;
import dev.masklet.ui.internal.editor.operations.UndoHistory;
import dev.masklet.ui.internal.preferences.UiPreferences;

/**
 * Runs Ctrl+M and its variants (backward, a frame range) as {@link TrackingJob}s on the editor's persistent
 * {@link Tracker}. Each finished frame lands in the project at once (specks removed as the preference says, in the
 * output mode's shape, with the tracker's confidence) and is saved every few frames, so cancelling loses nothing
 * finished; the run is one undoable edit.
 *
 * <p>A run never changes what it starts from or what a person made: the masks on the start frame, a person's
 * masks ({@link ObjectState#isKept}) on any frame, and every frame outside the run's range stay bit for bit.
 */
public final class TrackingController {
    /** Tracked frames between autosaves during a tracking run. */
    private static final int AUTOSAVE_FRAMES = 10;
    private final Tracker tracker;
    private final AnnotationSession session;
    private final Consumer<Runnable> ui;
    /** Objects given a prompt with F on the shown frame since the last run. */
    private final Set<Integer> promptedHere = new HashSet<>();
    private TrackingJob running;
    /** The running run was asked to stop. */
    private boolean stopping;
    /** The running run's frames and what it must leave alone; null between runs. */
    private Run run;
    private MaskEdit edit;
    private int framesSinceSave;

    /** @param ui runs a task on the UI thread later, unless the editor is gone */
    public TrackingController(Tracker tracker, AnnotationSession session, Consumer<Runnable> ui) {
        this.tracker = tracker;
        this.session = session;
        this.ui = ui;
        session.addListener(change -> {
            if (change == SessionChange.FRAME) {
                promptedHere.clear(); // prompts given on the previous frame are already with the tracker
            } else if (change == SessionChange.TRACK_IDS && running == null) {
                tracker.close(); // the tracker's memory no longer matches the ids
            }
        });
    }

    /**
     * Esc or Stop: cancels the running run. Frames it finished stay in the project (and become its undo step); the
     * frames it had not reached are left as they were. Returns false when no run is in flight.
     */
    public boolean cancel() {
        TrackingJob job = running;
        if (job == null || stopping) {
            return false; // Esc reaches both its key binding and the canvas: one stop is enough
        }
        stopping = true;
        job.cancel();
        session.setStatus(Messages.Tracking_stopping);
        return true;
    }

    /**
     * Reset Tracker: the tracker forgets every object's memory; the kept masks stay. Refused (false) while a run is
     * in flight.
     */
    public boolean reset() {
        if (running != null) {
            return false;
        }
        tracker.close();
        promptedHere.clear();
        return true;
    }

    /**
     * The editor closes: runs {@code close} at once, or, while a run is in flight, cancels it and runs {@code close}
     * when it has stopped (the job still reads frames until it sees the cancel).
     */
    public void closeWhenStopped(Runnable close) {
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

    /**
     * A person kept, corrected or drew an object's mask on a frame: the next run goes on from it, not from the
     * tracker's memory of the old one.
     */
    public void kept(int trackId, int frame, Prompt prompt, BinaryMask mask) {
        tracker.keep(trackId, frame, prompt, mask);
        promptedHere.add(trackId);
    }

    /**
     * Tracks every object that has a mask on the shown frame (or that the tracker remembers) from the shown frame to
     * {@code toFrame}, backward when {@code toFrame} is before it.
     */
    public void track(int toFrame, boolean backward) {
        if (running != null) {
            session.setStatus(Messages.Tracking_alreadyRunning);
            return;
        }
        int from = session.frameIndex();
        // objects the tracker has not seen (kept before this session, or read from the file) start from their mask
        Map<Integer, BinaryMask> fromMasks = new LinkedHashMap<>();
        Set<Integer> onStartFrame = new HashSet<>();
        boolean any = false;
        for (TrackedObject o : session.project().objects()) {
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
            session.setStatus(Messages.Tracking_nothing);
            return;
        }
        promptedHere.clear();
        run = new Run(Math.min(from, toFrame), Math.max(from, toFrame), from, Set.copyOf(onStartFrame),
                minSpeckPixels());
        edit = MaskEdit.recording(NLS.bind(backward ? Messages.Tracking_undoBackward : Messages.Tracking_undoForward,
                from + 1), session);
        TrackingJob job = new TrackingJob(tracker, fromMasks, from, toFrame, backward,
                frame -> ui.accept(() -> apply(frame)), text -> ui.accept(() -> session.setStatus(text)),
                progress -> ui.accept(() -> {
                    if (run != null) {
                        session.setTrackingProgress(progress);
                    }
                }));
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                ui.accept(() -> {
                    running = null;
                    run = null;
                    if (!edit.isEmpty()) {
                        UndoHistory.execute(edit);
                    }
                    edit = null;
                    session.saveQuietly();
                    session.setTracking(false);
                });
            }
        });
        running = job;
        stopping = false;
        session.setTracking(true);
        job.schedule();
    }

    private void apply(TrackedFrame frame) {
        int index = frame.frameIndex();
        Run current = run;
        if (current == null || index < current.first() || index > current.last()) {
            return; // not this run's frame: what lies outside the range is left as it is
        }
        for (TrackedFrame.ObjectResult r : frame.objects()) {
            session.project().object(r.objectId()).ifPresent(o -> {
                if (current.leavesAlone(session.project(), o, index)) {
                    return;
                }
                MaskEdit.Content old = MaskEdit.Content.of(o, index);
                BinaryMask now = r.mask().map(m -> session.stored(MaskCleanup.removeSpecks(m, current.minSpeckPixels())))
                        .orElse(null);
                // a frame that conditions the tracking is one the tracker was told, not one it guessed
                o.putTracked(index, now, r.conditioning() ? 1f : r.confidence());
                if (edit != null) {
                    edit.record(o.trackId(), index, old, MaskEdit.Content.of(o, index));
                }
            });
        }
        session.marks().updateUncertain(index);
        session.fire(SessionChange.MARKS);
        if (index == session.frameIndex()) {
            session.fire(SessionChange.PROJECT);
        }
        if (++framesSinceSave >= AUTOSAVE_FRAMES) {
            framesSinceSave = 0;
            session.saveQuietly();
        }
    }

    /** Islands and holes smaller than this many pixels are removed from tracked masks; 0 = none. */
    private static int minSpeckPixels() {
        return Math.max(0, UiPreferences.maskletInt(MaskletPreferences.TRACKING_MIN_SPECK_PIXELS));
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
