package dev.masklet.ui.internal.editor;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.FrameAnnotations;
import dev.masklet.core.model.TrackedObject;

/**
 * The frames the timeline marks: prompted (an object was kept there with F), corrected (an object was corrected
 * there with F or in edit mode) and reviewed (the annotator said so with R). They are flags of the frames in the
 * project ({@value #PROMPTED}, {@value #CORRECTED}, {@link FrameAnnotations#REVIEWED}), so they are saved in the
 * frame files and come back when the video is opened again; this class keeps them sorted for drawing.
 */
public final class FrameMarks {
    /** Frame flag: an object was prompted and kept on this frame. */
    public static final String PROMPTED = "prompted";
    /** Frame flag: an object was corrected on this frame. */
    public static final String CORRECTED = "corrected";

    private final SortedSet<Integer> prompted = new TreeSet<>();
    private final SortedSet<Integer> corrected = new TreeSet<>();
    private final SortedSet<Integer> reviewed = new TreeSet<>();
    private AnnotationProject project;

    /**
     * Reads the marks of a project; in a file written before marks were saved, each object's first frame counts as
     * prompted.
     */
    void startFrom(AnnotationProject annotations) {
        this.project = annotations;
        reload();
    }

    /** Reads the flags again (after undo, redo or a manager's edit). */
    void reload() {
        if (project == null) {
            return;
        }
        prompted.clear();
        corrected.clear();
        reviewed.clear();
        for (int frame : project.annotatedFrames()) {
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

    void prompted(int frame) {
        prompted.add(frame);
        flag(frame, PROMPTED);
    }

    void corrected(int frame) {
        corrected.add(frame);
        flag(frame, CORRECTED);
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

    /** The nearest prompted or corrected frame after (step 1) or before (step -1) a frame, or -1. */
    int nextPrompted(int frame, int step) {
        SortedSet<Integer> all = new TreeSet<>(prompted);
        all.addAll(corrected);
        if (step > 0) {
            SortedSet<Integer> after = all.tailSet(frame + 1);
            return after.isEmpty() ? -1 : after.first();
        }
        SortedSet<Integer> before = all.headSet(frame);
        return before.isEmpty() ? -1 : before.last();
    }
}
