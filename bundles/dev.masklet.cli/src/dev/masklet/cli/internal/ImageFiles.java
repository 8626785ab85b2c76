package dev.masklet.cli.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import dev.masklet.cli.CliException;
import dev.masklet.core.image.RgbImage;

/** Image input for the command line (javax.imageio: the CLI has no display); masks go out through {@link MaskPng}. */
final class ImageFiles {
    private ImageFiles() {
    }

    static RgbImage read(Path file) throws CliException {
        if (!Files.isRegularFile(file)) {
            throw new CliException(file + ": no such image file");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new CliException(file + ": cannot be read as an image (" + e.getMessage() + ")");
        }
        if (image == null) {
            throw new CliException(file + ": not an image format Masklet reads (PNG, JPEG, BMP, GIF)");
        }
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] rgb = new byte[w * h * 3];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int i = (y * w + x) * 3;
                rgb[i] = (byte) (row[x] >> 16);
                rgb[i + 1] = (byte) (row[x] >> 8);
                rgb[i + 2] = (byte) row[x];
            }
        }
        return new RgbImage(w, h, rgb);
    }
}
