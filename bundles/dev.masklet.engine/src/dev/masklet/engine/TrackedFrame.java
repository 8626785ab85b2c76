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
     */
    public record ObjectResult(int objectId, float score, Optional<BinaryMask> mask,
            boolean conditioning) {
        public boolean present() {
            return mask.isPresent();
        }
    }
}
