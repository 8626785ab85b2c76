package dev.masklet.engine.onnx.internal.sam2;

import java.util.List;
import java.util.Optional;

/**
 * The results of one frame for every object the tracker knows, in the order the objects were first prompted.
 *
 * @param frameIndex the frame
 * @param objects one result per object
 */
public record Sam2FrameResult(int frameIndex, List<Sam2ObjectResult> objects) {
    public Sam2FrameResult {
        objects = List.copyOf(objects);
    }

    public Optional<Sam2ObjectResult> object(int objectId) {
        return objects.stream().filter(o -> o.objectId() == objectId).findFirst();
    }
}
