package dev.masklet.core.image;

import java.util.Objects;

/**
 * An 8-bit RGB raster, interleaved R,G,B per pixel, rows top to bottom. It is the one image type shared by the
 * media, engine and UI bundles, so none of them needs another's image classes (AWT, SWT, JavaCV frames).
 */
public final class RgbImage {
    private final int width;
    private final int height;
    private final byte[] rgb;

    public RgbImage(int width, int height, byte[] rgb) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive: " + width + "x" + height);
        }
        Objects.requireNonNull(rgb, "rgb");
        if (rgb.length != width * height * 3) {
            throw new IllegalArgumentException("expected " + (width * height * 3) + " bytes, got " + rgb.length);
        }
        this.width = width;
        this.height = height;
        this.rgb = rgb;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The backing array (not copied: images are large and treated as immutable by convention). */
    public byte[] rgb() {
        return rgb;
    }

    /** Packed 0xRRGGBB of one pixel. */
    public int pixel(int x, int y) {
        int i = (y * width + x) * 3;
        return (rgb[i] & 0xff) << 16 | (rgb[i + 1] & 0xff) << 8 | (rgb[i + 2] & 0xff);
    }
}
