package dev.masklet.ui.internal.editor;

import java.util.SortedSet;
import java.util.TreeSet;

import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.TrackedObject;

/**
 * The frames the timeline marks: prompted (an object was kept there with F, or starts there in a project read from
 * a file), corrected (an object was corrected there with F or in edit mode) and reviewed (shown to the annotator
 * after it held tracked masks). Kept for the editing session; the project file holds only the masks.
 */
public final class FrameMarks {
    private final SortedSet<Integer> prompted = new TreeSet<>();
    private final SortedSet<Integer> corrected = new TreeSet<>();
    private final SortedSet<Integer> reviewed = new TreeSet<>();

    /** Marks the first frame of each object of a project read from a file as prompted. */
    void startFrom(AnnotationProject project) {
        for (TrackedObject o : project.objects()) {
            if (!o.masks().isEmpty()) {
                prompted.add(o.masks().firstKey());
            }
        }
    }

    void prompted(int frame) {
        prompted.add(frame);
    }

    void corrected(int frame) {
        corrected.add(frame);
    }

    void reviewed(int frame) {
        reviewed.add(frame);
    }

    public SortedSet<Integer> prompted() {
        return java.util.Collections.unmodifiableSortedSet(prompted);
    }

    public SortedSet<Integer> corrected() {
        return java.util.Collections.unmodifiableSortedSet(corrected);
    }

    public SortedSet<Integer> reviewed() {
        return java.util.Collections.unmodifiableSortedSet(reviewed);
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
