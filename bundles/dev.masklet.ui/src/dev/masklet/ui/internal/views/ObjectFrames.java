package dev.masklet.ui.internal.views;

import java.util.SortedMap;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.TrackedObject;

/** Where an object has masks: what the Objects view jumps to and counts before it deletes. */
public final class ObjectFrames {
    private ObjectFrames() {
    }

    /**
     * The frame with a mask of the object nearest to {@code frame} (0-based; the earlier of two at the same
     * distance), or -1 when the object has no mask at all.
     */
    public static int nearestMask(TrackedObject object, int frame) {
        SortedMap<Integer, BinaryMask> masks = object.masks();
        SortedMap<Integer, BinaryMask> before = masks.headMap(frame + 1);
        SortedMap<Integer, BinaryMask> after = masks.tailMap(frame);
        int below = before.isEmpty() ? -1 : before.lastKey();
        int above = after.isEmpty() ? -1 : after.firstKey();
        if (below < 0) {
            return above;
        }
        return above < 0 || frame - below <= above - frame ? below : above;
    }

    /** How many masks the object has on frames {@code first..last} (0-based, both included, in either order). */
    public static int masksIn(TrackedObject object, int first, int last) {
        return object.masks().subMap(Math.min(first, last), Math.max(first, last) + 1).size();
    }
}
