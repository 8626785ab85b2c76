package dev.masklet.app.internal.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import dev.masklet.core.image.RgbImage;
import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.store.AtomicFiles;

/** Image input and mask output for the command line (javax.imageio: the CLI has no display). */
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

    /** Writes an 8-bit grey PNG, 255 where the mask is set, atomically. */
    static void writeMask(BinaryMask mask, Path file) throws CliException {
        BufferedImage out = new BufferedImage(mask.width(), mask.height(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] pixels = ((java.awt.image.DataBufferByte) out.getRaster().getDataBuffer()).getData();
        byte[] bits = mask.bits();
        for (int i = 0; i < bits.length; i++) {
            pixels[i] = (byte) (bits[i] != 0 ? 255 : 0);
        }
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            ImageIO.write(out, "png", bytes);
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            AtomicFiles.write(file, bytes.toByteArray());
        } catch (IOException e) {
            throw new CliException(file + ": cannot be written (" + e.getMessage() + ")");
        }
    }
}
