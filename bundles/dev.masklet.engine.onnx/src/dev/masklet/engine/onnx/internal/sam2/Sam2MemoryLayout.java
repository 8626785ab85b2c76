package dev.masklet.engine.onnx.internal.sam2;

import java.util.List;

/**
 * Which outputs of an object a frame would attend to (see {@link Sam2VideoTracker#memoryLayout}).
 *
 * @param spatialFrames frames whose spatial memory is used, in token order: conditioning frames first, then the
 *            recent tracked frames oldest first
 * @param pointerFrames frames whose object pointer is used, in token order
 */
public record Sam2MemoryLayout(List<Integer> spatialFrames, List<Integer> pointerFrames) {
    public Sam2MemoryLayout {
        spatialFrames = List.copyOf(spatialFrames);
        pointerFrames = List.copyOf(pointerFrames);
    }
}
