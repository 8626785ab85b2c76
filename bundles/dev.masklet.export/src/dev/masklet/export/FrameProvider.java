package dev.masklet.export;

import java.io.IOException;

import dev.masklet.core.image.RgbImage;

/**
 * The frames of the annotated media, for formats that ship images or need the frame rate. The command line backs it
 * with the project's video ({@code dev.masklet.media.VideoSources}); tests back it with generated images.
 */
public interface FrameProvider {
    int width();

    int height();

    int frameCount();

    /** The frame at {@code index} (0-based). */
    RgbImage frame(int index) throws IOException;

    /** Frames per second, or 0 when unknown (exporters that need it then assume 25 and warn). */
    default double fps() {
        return 0;
    }
}
