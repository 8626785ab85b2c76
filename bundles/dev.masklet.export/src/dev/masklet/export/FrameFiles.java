package dev.masklet.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import dev.masklet.core.image.RgbImage;
import dev.masklet.export.internal.Images;

/** Names and writes frame images the way every Masklet exporter does; for third-party exporters too. */
public final class FrameFiles {
    private FrameFiles() {
    }

    /** {@code frame_000123} for frame 123 (0-based, at least six digits). */
    public static String baseName(int frame) {
        return String.format(Locale.ROOT, "frame_%06d", frame);
    }

    /** {@code frame_000123.jpg} or {@code .png}. */
    public static String imageName(int frame, ImageFormat format) {
        return baseName(frame) + "." + format.extension();
    }

    /**
     * Writes an image as JPEG (quality 95) or PNG with the JDK's image writers (no display needed), creating the
     * parent folders.
     */
    public static void writeImage(RgbImage image, Path file, ImageFormat format) throws IOException {
        Images.writeRgb(image, file, format);
    }
}
