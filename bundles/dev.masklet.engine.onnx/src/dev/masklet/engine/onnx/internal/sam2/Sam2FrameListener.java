package dev.masklet.engine.onnx.internal.sam2;

/** Receives each frame's results during propagation, on the tracking thread, as soon as the frame is done. */
@FunctionalInterface
public interface Sam2FrameListener {
    void onFrame(Sam2FrameResult result);
}
