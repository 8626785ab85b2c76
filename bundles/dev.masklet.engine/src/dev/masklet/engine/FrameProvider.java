package dev.masklet.engine;

import java.io.IOException;

import dev.masklet.core.image.RgbImage;

/** The frames of a video as a tracking session reads them: random access by index, all the same size. */
public interface FrameProvider {
    int frameCount();

    int width();

    int height();

    /**
     * @param index 0 .. frameCount() - 1
     * @return the frame, {@link #width()} x {@link #height()}
     * @throws IOException when the frame cannot be read or decoded; the session reports it with the frame index
     */
    RgbImage frame(int index) throws IOException;
}
