package dev.masklet.engine.onnx.internal.sam2;

/**
 * The video as the tracker sees it: a fixed number of equally sized 8-bit RGB frames. Keeps the host loop
 * independent of how frames are decoded (video file, image folder, test fixture).
 */
public interface Sam2FrameSource {
    int frameCount();

    int width();

    int height();

    /**
     * @return the frame as interleaved RGB bytes, row-major, {@code width() * height() * 3} long; the tracker only
     *         reads it
     */
    byte[] rgb(int index);
}
