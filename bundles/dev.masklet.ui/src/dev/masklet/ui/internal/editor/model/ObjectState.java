package dev.masklet.ui.internal.editor.model;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.engine.TrackedFrame;

/**
 * What is true of an object on one frame, as the Objects view shows it: a person kept it there, a tracking run
 * found it (sure or unsure), a tracking run judged it absent, or nothing is known there. Read from the project
 * alone (tracking confidences and frame flags), so it survives saving and reopening.
 */
public enum ObjectState {
    /** A person kept, corrected or drew the mask on a prompted or corrected frame: tracking never changes it. */
    KEPT(Messages.ObjectState_kept),
    /** A tracking run put the mask and was sure of it. */
    TRACKED(Messages.ObjectState_tracked),
    /** A tracking run put the mask, or judged the object absent, and was unsure: a frame to review. */
    UNCERTAIN(Messages.ObjectState_uncertain),
    /** A tracking run judged the object absent and was sure of it. */
    ABSENT(Messages.ObjectState_absent),
    /** A mask with no record of how it was made (imported, or from a file of an older Masklet). */
    MASK(Messages.ObjectState_mask),
    /** No mask and no tracking result on this frame. */
    NONE("");

    private final String text;

    ObjectState(String text) {
        this.text = text;
    }

    /** The word the Objects view shows. */
    public String text() {
        return text;
    }

    public static ObjectState of(AnnotationProject project, TrackedObject object, int frame) {
        BinaryMask mask = object.mask(frame);
        boolean masked = mask != null && mask.area() > 0;
        Float confidence = object.trackingConfidence(frame);
        if (confidence != null) {
            return uncertain(confidence) ? UNCERTAIN : masked ? TRACKED : ABSENT;
        }
        if (!masked) {
            return NONE;
        }
        return personsFrame(project, frame) ? KEPT : MASK;
    }

    /** Whether a tracking result of this confidence is one a person should look at. */
    public static boolean uncertain(float confidence) {
        return confidence < TrackedFrame.ObjectResult.UNCERTAIN_BELOW;
    }

    /**
     * Whether the object's mask on the frame is a person's: tracking must leave it as it is. A mask without a
     * tracking confidence on a frame flagged prompted or corrected.
     */
    public static boolean isKept(AnnotationProject project, TrackedObject object, int frame) {
        return object.mask(frame) != null && object.trackingConfidence(frame) == null && personsFrame(project, frame);
    }

    private static boolean personsFrame(AnnotationProject project, int frame) {
        return project.existingFrame(frame).map(f -> f.flag(FrameMarks.PROMPTED) || f.flag(FrameMarks.CORRECTED))
                .orElse(false);
    }

    /** Whether any object's tracking result on the frame is uncertain. */
    public static boolean anyUncertain(AnnotationProject project, int frame) {
        for (TrackedObject o : project.objects()) {
            Float c = o.trackingConfidence(frame);
            if (c != null && uncertain(c)) {
                return true;
            }
        }
        return false;
    }
}
