package dev.masklet.media;

import dev.masklet.core.image.RgbImage;

/** A sequence of frames with random access by index. Implementations are safe to call from several threads. */
public interface VideoSource extends AutoCloseable {
    int frameCount();

    double fps();

    int width();

    int height();

    /** Codec name as FFmpeg reports it, e.g. {@code h264}. */
    String codec();

    /** Clockwise rotation in degrees that the container asks players to apply (0, 90, 180 or 270). */
    int rotation();

    /** The frame at {@code index} (0-based) as RGB. */
    RgbImage frame(int index) throws MediaException;

    @Override
    void close();
}
