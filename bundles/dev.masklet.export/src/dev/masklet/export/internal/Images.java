package dev.masklet.export.internal;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferUShort;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import dev.masklet.core.image.RgbImage;
import dev.masklet.export.ImageFormat;

/** Writes frame images and label PNGs with the JDK's ImageIO (no SWT, no display). */
public final class Images {
    private static final float JPEG_QUALITY = 0.95f;

    private Images() {
    }

    public static void writeRgb(RgbImage image, Path file, ImageFormat format) throws IOException {
        int w = image.width();
        int h = image.height();
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                row[x] = image.pixel(x, y);
            }
            img.setRGB(0, y, w, 1, row, 0, w);
        }
        byte[] bytes = format == ImageFormat.PNG ? encode(img, "png", -1) : encode(img, "jpeg", JPEG_QUALITY);
        write(file, bytes);
    }

    /** An 8-bit palette PNG: pixel values are indices into {@link Palette#colors()}. */
    public static void writeIndexed(byte[] indices, int width, int height, Path file) throws IOException {
        byte[][] pal = Palette.colors();
        IndexColorModel model = new IndexColorModel(8, 256, pal[0], pal[1], pal[2]);
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, model);
        byte[] data = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        System.arraycopy(indices, 0, data, 0, indices.length);
        write(file, encode(img, "png", -1));
    }

    /** A 16-bit grayscale PNG, for values above 255. */
    public static void writeGray16(int[] values, int width, int height, Path file) throws IOException {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_USHORT_GRAY);
        short[] data = ((DataBufferUShort) img.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < values.length; i++) {
            data[i] = (short) values[i];
        }
        write(file, encode(img, "png", -1));
    }

    private static byte[] encode(BufferedImage img, String format, float quality) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        if (!writers.hasNext()) {
            throw new IOException("this Java runtime has no " + format + " image writer");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (quality >= 0 && param.canWriteCompressed()) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
            }
            writer.write(null, new IIOImage(img, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(file, bytes);
    }
}
