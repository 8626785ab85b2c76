package dev.masklet.media;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.masklet.media.internal.FfmpegVideoSource;

/** Opens media files. */
public final class VideoSources {
    private VideoSources() {
    }

    public static VideoSource open(Path file) throws MediaException {
        if (!Files.isRegularFile(file)) {
            throw new MediaException(MediaException.Kind.NOT_FOUND, file, "no such video file", null);
        }
        return FfmpegVideoSource.open(file);
    }

    /**
     * Whether the frames are not evenly spaced: some interval differs from the mean ({@code 1 / fps}) by more
     * than a millisecond (more than timestamp rounding in any container).
     */
    public static boolean hasVariableFrameRate(VideoSource source) {
        int n = source.frameCount();
        if (n < 3 || source.fps() <= 0) {
            return false;
        }
        double mean = 1_000_000.0 / source.fps();
        long previous = source.timestampMicros(0);
        for (int i = 1; i < n; i++) {
            long t = source.timestampMicros(i);
            if (Math.abs(t - previous - mean) > 1000) {
                return true;
            }
            previous = t;
        }
        return false;
    }

    /** From the start of the first frame to the end of the last (its time plus one mean frame interval). */
    public static long durationMicros(VideoSource source) {
        double interval = source.fps() > 0 ? 1_000_000.0 / source.fps() : 0;
        return source.timestampMicros(source.frameCount() - 1) + Math.round(interval);
    }
}
