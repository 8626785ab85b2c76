package dev.masklet.engine.onnx.internal.tracking;

import java.io.IOException;

import dev.masklet.core.image.FrameProvider;
import dev.masklet.core.image.RgbImage;
import dev.masklet.engine.onnx.internal.sam2.Sam2FrameSource;

/** The caller's frames as the host loop reads them: each frame is fetched when the loop needs it, never kept. */
final class FrameProviderSource implements Sam2FrameSource {
    /** A frame could not be read; carries the index and the provider's message out of the host loop. */
    static final class FrameReadException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FrameReadException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final FrameProvider frames;
    private final int frameCount;
    private final int width;
    private final int height;

    FrameProviderSource(FrameProvider frames) {
        this.frames = frames;
        this.frameCount = frames.frameCount();
        this.width = frames.width();
        this.height = frames.height();
        if (frameCount < 1 || width < 1 || height < 1) {
            throw new IllegalArgumentException("the video has no frames or no size: " + frameCount + " frames of "
                    + width + "x" + height);
        }
    }

    @Override
    public int frameCount() {
        return frameCount;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public byte[] rgb(int index) {
        RgbImage image;
        try {
            image = frames.frame(index);
        } catch (IOException | RuntimeException e) {
            throw new FrameReadException("cannot read frame " + index + ": " + e.getMessage(), e);
        }
        if (image == null || image.width() != width || image.height() != height) {
            throw new FrameReadException("frame " + index + " is " + (image == null ? "missing"
                    : image.width() + "x" + image.height()) + ", the video is " + width + "x" + height, null);
        }
        return image.rgb();
    }
}
