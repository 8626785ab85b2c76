package dev.masklet.engine.onnx.internal.sam2;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything the tracker knows about one object: its prompts per frame and its memory bank, split as in transformers
 * into conditioning outputs (frames the object was prompted on) and non-conditioning outputs (tracked frames).
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
    /** Frames computed with memory, and whether that was in reverse. */
    final Map<Integer, Boolean> framesTracked = new HashMap<>();

    Sam2ObjectState(int objectId) {
        this.objectId = objectId;
    }
}
