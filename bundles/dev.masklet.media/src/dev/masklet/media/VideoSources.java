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
}
