package dev.masklet.cli.internal;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import dev.masklet.cli.CliException;
import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.store.AtomicFiles;

/**
 * The mask images the command line writes ({@code segment --out}, {@code track --export masks}): 8-bit grey PNG at
 * the mask's size, 255 where the mask is set, 0 elsewhere (javax.imageio: the CLI has no display).
 */
final class MaskPng {
    private MaskPng() {
    }

    /** The PNG file's bytes. */
    static byte[] encode(BinaryMask mask) throws IOException {
        BufferedImage image = new BufferedImage(mask.width(), mask.height(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        byte[] bits = mask.bits();
        for (int i = 0; i < bits.length; i++) {
            pixels[i] = bits[i] != 0 ? (byte) 255 : 0;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", bytes)) {
            throw new IOException("no PNG writer available");
        }
        return bytes.toByteArray();
    }

    /** Writes the mask to {@code file} atomically, creating its folder. */
    static void write(BinaryMask mask, Path file) throws CliException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFiles.write(file, encode(mask));
        } catch (IOException e) {
            throw new CliException(file + ": cannot be written (" + e.getMessage() + ")");
        }
    }
}
