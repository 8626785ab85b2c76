package dev.masklet.engine;

import java.util.List;
import java.util.Optional;

import dev.masklet.core.mask.BinaryMask;

/**
 * The results of one frame for every object of a session, in the order the objects were first prompted.
 *
 * @param frameIndex the frame
 * @param objects one result per object
 */
public record TrackedFrame(int frameIndex, List<ObjectResult> objects) {
    public TrackedFrame {
        objects = List.copyOf(objects);
    }

    public Optional<ObjectResult> object(int objectId) {
        return objects.stream().filter(o -> o.objectId() == objectId).findFirst();
    }

    /**
     * One object's result on one frame.
     *
     * @param objectId the caller's id
     * @param score object presence logit: the object is present exactly when it is > 0
     * @param mask the mask at video resolution (1 = object); empty when the object is absent (score <= 0)
     * @param conditioning whether this frame conditions the object's tracking (prompted or a lasting correction)
     * @param confidence how sure the tracker is of this result, 0..1: of the mask when the object is present, of
     *            its absence when not. Made from the model's own scores and the tracker's cues (predicted IoU, mask
     *            stability, similarity to the object's memory, jumps in area or position); below
     *            {@link #UNCERTAIN_BELOW} the result is {@link #uncertain()}, a frame worth a person's review
     */
    public record ObjectResult(int objectId, float score, Optional<BinaryMask> mask,
            boolean conditioning, float confidence) {
        /** Results less confident than this are {@link #uncertain()}. */
        public static final float UNCERTAIN_BELOW = 0.5f;

        public ObjectResult {
            if (!(confidence >= 0f && confidence <= 1f)) {
                throw new IllegalArgumentException("confidence must be in 0..1, got " + confidence);
            }
        }

        public boolean present() {
            return mask.isPresent();
        }

        /** Whether a person should look at this result: the tracker is not sure of the mask or of the absence. */
        public boolean uncertain() {
            return !conditioning && confidence < UNCERTAIN_BELOW;
        }
    }
}
