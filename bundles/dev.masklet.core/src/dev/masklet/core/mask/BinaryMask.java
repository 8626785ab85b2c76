package dev.masklet.core.mask;

import java.util.Arrays;
import java.util.Objects;

/** A binary object mask at image resolution, row-major, one byte per pixel (0 or 1). */
public final class BinaryMask {
    private final int width;
    private final int height;
    private final byte[] bits;

    public BinaryMask(int width, int height, byte[] bits) {
        Objects.requireNonNull(bits, "bits");
        if (width <= 0 || height <= 0 || bits.length != width * height) {
            throw new IllegalArgumentException("mask " + width + "x" + height + " needs " + (long) width * height
                    + " values, got " + bits.length);
        }
        this.width = width;
        this.height = height;
        this.bits = bits;
    }

    public static BinaryMask empty(int width, int height) {
        return new BinaryMask(width, height, new byte[width * height]);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public boolean get(int x, int y) {
        return x >= 0 && y >= 0 && x < width && y < height && bits[y * width + x] != 0;
    }

    /** Row-major 0/1 values; the array is shared, not copied. */
    public byte[] bits() {
        return bits;
    }

    public int area() {
        int n = 0;
        for (byte b : bits) {
            n += b != 0 ? 1 : 0;
        }
        return n;
    }

    /** Intersection over union with another mask of the same size; two empty masks give 1. */
    public double iou(BinaryMask other) {
        if (other.width != width || other.height != height) {
            throw new IllegalArgumentException("mask sizes differ: " + width + "x" + height + " vs "
                    + other.width + "x" + other.height);
        }
        long inter = 0;
        long union = 0;
        for (int i = 0; i < bits.length; i++) {
            boolean a = bits[i] != 0;
            boolean b = other.bits[i] != 0;
            inter += a && b ? 1 : 0;
            union += a || b ? 1 : 0;
        }
        return union == 0 ? 1.0 : (double) inter / union;
    }

    /** Tight bounding box {x0, y0, x1, y1} (inclusive), or null for an empty mask. */
    public int[] bounds() {
        int x0 = width, y0 = height, x1 = -1, y1 = -1;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                if (bits[row + x] != 0) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        return x1 < 0 ? null : new int[] {x0, y0, x1, y1};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BinaryMask m && m.width == width && m.height == height && Arrays.equals(m.bits, bits);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(bits);
    }
}
