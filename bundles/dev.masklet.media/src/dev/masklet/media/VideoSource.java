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

    /**
     * Clockwise rotation in degrees that the container asks players to apply (0, 90, 180 or 270). Frames,
     * {@link #width()} and {@link #height()} already have it applied: this is for display and metadata only.
     */
    int rotation();

    /**
     * Presentation time of frame {@code index} in microseconds from the first frame. Videos with a variable frame
     * rate override this with their real timestamps; the default assumes a constant {@link #fps()}.
     */
    default long timestampMicros(int index) {
        return Math.round(index * 1_000_000.0 / fps());
    }

    /** The frame shown at {@code micros} after the first frame: the last one whose timestamp is not after it. */
    default int frameAt(long micros) {
        int i = (int) Math.floor(micros * fps() / 1_000_000.0 + 1e-9);
        return Math.max(0, Math.min(frameCount() - 1, i));
    }

    /** The frame at {@code index} (0-based) as RGB. */
    RgbImage frame(int index) throws MediaException;

    @Override
    void close();
}
