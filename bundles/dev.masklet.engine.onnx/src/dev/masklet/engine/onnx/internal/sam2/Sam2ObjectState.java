package dev.masklet.engine.onnx.internal.sam2;

import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything the tracker knows about one object: its prompts per frame and its memory bank, split as in transformers
 * into conditioning outputs (frames the object was prompted on) and non-conditioning outputs (tracked frames).
 * Conditioning outputs are kept for the life of the object; tracked outputs are released by
 * {@link Sam2VideoTracker} once no frame that may still be computed can attend to them, so the bank stays bounded
 * however long the video is. Which frames were tracked is kept for every frame, at one bit each.
 */
final class Sam2ObjectState {
    final int objectId;
    final Map<Integer, Sam2Prompt> prompts = new HashMap<>();
    /**
     * Insertion-ordered because the memory tokens of conditioning frames are concatenated in this order, and the
     * memory attention result depends (slightly) on token order.
     */
    final LinkedHashMap<Integer, Sam2FrameOutput> conditioning = new LinkedHashMap<>();
    final Map<Integer, Sam2FrameOutput> tracked = new HashMap<>();
    /** Frames computed with memory (transformers' {@code frames_tracked_per_obj}). */
    final BitSet framesTracked = new BitSet();
    /** Of those, the ones last computed in reverse. */
    final BitSet trackedInReverse = new BitSet();

    Sam2ObjectState(int objectId) {
        this.objectId = objectId;
    }

    void markTracked(int frame, boolean reverse) {
        framesTracked.set(frame);
        trackedInReverse.set(frame, reverse);
    }
}
