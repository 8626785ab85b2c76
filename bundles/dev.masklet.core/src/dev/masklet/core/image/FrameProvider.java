package dev.masklet.core.image;

import java.io.IOException;

/**
 * The frames of a video or frame folder by index, all the same size: what a tracking session reads and what an
 * exporter ships as images. {@code dev.masklet.media.VideoFrames#of} adapts an opened video to it; tests back it with
 * generated images.
 */
public interface FrameProvider {
    int frameCount();

    int width();

    int height();

    /**
     * @param index 0 .. frameCount() - 1
     * @return the frame, {@link #width()} x {@link #height()}
     * @throws IOException when the frame cannot be read or decoded; callers report it with the frame index
     */
    RgbImage frame(int index) throws IOException;

    /** Frames per second, or 0 when unknown (exporters that need it then assume 25 and warn). */
    default double fps() {
        return 0;
    }
}
