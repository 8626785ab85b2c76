package dev.masklet.export.tests;

import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.TrackedObject;

/** Test helper: a copy of a project without one track. */
final class TrackedObjects {
    private TrackedObjects() {
    }

    /** Replaces the object's masks by nothing (AnnotationProject has no removal). */
    static void remove(AnnotationProject project, int trackId) {
        TrackedObject o = project.object(trackId).orElseThrow();
        for (int frame : o.masks().keySet().toArray(new Integer[0])) {
            o.putMask(frame, dev.masklet.core.mask.BinaryMask.empty(project.width(), project.height()));
        }
    }
}
