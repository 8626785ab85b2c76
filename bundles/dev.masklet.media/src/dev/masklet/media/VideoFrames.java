package dev.masklet.media;

import java.io.IOException;

import dev.masklet.core.image.FrameProvider;
import dev.masklet.core.image.RgbImage;

/** The one adapter from an opened video or frame folder to {@link FrameProvider}; read errors become IOExceptions with the media message. */
public final class VideoFrames {
    private VideoFrames() {
    }

    public static FrameProvider of(VideoSource source) {
        return new FrameProvider() {
            @Override
            public int width() {
                return source.width();
            }

            @Override
            public int height() {
                return source.height();
            }

            @Override
            public int frameCount() {
                return source.frameCount();
            }

            @Override
            public RgbImage frame(int index) throws IOException {
                try {
                    return source.frame(index);
                } catch (MediaException e) {
                    throw new IOException(e.getMessage(), e);
                }
            }

            @Override
            public double fps() {
                return source.fps();
            }
        };
    }
}
