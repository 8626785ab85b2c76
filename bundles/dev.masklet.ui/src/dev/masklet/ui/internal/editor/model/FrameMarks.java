package dev.masklet.ui.internal.editor.model;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.FrameAnnotations;
import dev.masklet.core.model.TrackedObject;

/**
 * The frames the timeline marks: prompted (an object was kept there with F), corrected (an object was corrected
 * there with F or in edit mode), uncertain (a tracking result there is one the tracker is unsure of) and reviewed
 * (the annotator said so with R). They are flags of the frames in the project ({@value #PROMPTED},
 * {@value #CORRECTED}, {@value #UNCERTAIN}, {@link FrameAnnotations#REVIEWED}), so they are saved in the frame files
 * and come back when the video is opened again; this class keeps them sorted for drawing. The uncertain flag
 * follows the objects' tracking confidences on the frame: set while any is below the threshold, cleared when a run
 * or a correction leaves none there.
 */
public final class FrameMarks {
    /** Frame flag: an object was prompted and kept on this frame. */
    public static final String PROMPTED = FrameAnnotations.PROMPTED;
    /** Frame flag: an object was corrected on this frame. */
    public static final String CORRECTED = "corrected";
    /** Frame flag: a tracking result on this frame is uncertain (see {@link ObjectState#UNCERTAIN}). */
    public static final String UNCERTAIN = FrameAnnotations.UNCERTAIN;

    private final SortedSet<Integer> prompted = new TreeSet<>();
    private final SortedSet<Integer> corrected = new TreeSet<>();
    private final SortedSet<Integer> reviewed = new TreeSet<>();
    private final SortedSet<Integer> uncertain = new TreeSet<>();
    private AnnotationProject project;

    /**
     * Reads the marks of a project; in a file written before marks were saved, each object's first frame counts as
     * prompted.
     */
    public void startFrom(AnnotationProject annotations) {
        this.project = annotations;
        reload();
    }

    /**
     * Reads the flags again (after undo, redo or a manager's edit); the uncertain flags are brought in line with the
     * tracking confidences first, as an undo may have restored or removed tracking results.
     */
    public void reload() {
        if (project == null) {
            return;
        }
        prompted.clear();
        corrected.clear();
        reviewed.clear();
        uncertain.clear();
        for (int frame : project.annotatedFrames()) {
            updateUncertain(frame);
            project.existingFrame(frame).ifPresent(f -> {
                if (f.flag(PROMPTED)) {
                    prompted.add(frame);
                }
                if (f.flag(CORRECTED)) {
                    corrected.add(frame);
                }
                if (f.flag(FrameAnnotations.REVIEWED)) {
                    reviewed.add(frame);
                }
                if (f.flag(UNCERTAIN)) {
                    uncertain.add(frame);
                }
            });
        }
        if (prompted.isEmpty()) { // a file from before marks were saved
            for (TrackedObject o : project.objects()) {
                if (!o.masks().isEmpty()) {
                    prompted.add(o.masks().firstKey());
                }
            }
        }
    }

    public void prompted(int frame) {
        prompted.add(frame);
        flag(frame, PROMPTED);
    }

    public void corrected(int frame) {
        corrected.add(frame);
        flag(frame, CORRECTED);
    }

    /** Sets or clears the frame's uncertain flag from the objects' tracking results on it. */
    public void updateUncertain(int frame) {
        if (project == null) {
            return;
        }
        boolean now = ObjectState.anyUncertain(project, frame);
        boolean was = project.existingFrame(frame).map(f -> f.flag(UNCERTAIN)).orElse(false);
        if (now) {
            uncertain.add(frame);
        } else {
            uncertain.remove(frame);
        }
        if (now != was) {
            project.frame(frame).setFlag(UNCERTAIN, now ? Boolean.TRUE : null);
        }
    }

    private void flag(int frame, String name) {
        if (project != null && !project.frame(frame).flag(name)) {
            project.frame(frame).setFlag(name, Boolean.TRUE);
        }
    }

    public SortedSet<Integer> prompted() {
        return Collections.unmodifiableSortedSet(prompted);
    }

    public SortedSet<Integer> corrected() {
        return Collections.unmodifiableSortedSet(corrected);
    }

    public SortedSet<Integer> reviewed() {
        return Collections.unmodifiableSortedSet(reviewed);
    }

    public SortedSet<Integer> uncertain() {
        return Collections.unmodifiableSortedSet(uncertain);
    }

    /** Frames left to review: uncertain and not marked reviewed. */
    public SortedSet<Integer> toReview() {
        SortedSet<Integer> open = new TreeSet<>(uncertain);
        open.removeAll(reviewed);
        return open;
    }

    public boolean toReview(int frame) {
        return uncertain.contains(frame) && !reviewed.contains(frame);
    }

    /**
     * The nearest uncertain frame not marked reviewed after (step 1) or before (step -1) a frame, or -1: a frame a
     * person has reviewed keeps its flag (the tracker's judgement stays on record) but needs no second look.
     */
    public int nextUncertain(int frame, int step) {
        return nearest(toReview(), frame, step);
    }

    /** The nearest prompted or corrected frame after (step 1) or before (step -1) a frame, or -1. */
    public int nextPrompted(int frame, int step) {
        SortedSet<Integer> all = new TreeSet<>(prompted);
        all.addAll(corrected);
        return nearest(all, frame, step);
    }

    private static int nearest(SortedSet<Integer> all, int frame, int step) {
        if (step > 0) {
            SortedSet<Integer> after = all.tailSet(frame + 1);
            return after.isEmpty() ? -1 : after.first();
        }
        SortedSet<Integer> before = all.headSet(frame);
        return before.isEmpty() ? -1 : before.last();
    }
}
