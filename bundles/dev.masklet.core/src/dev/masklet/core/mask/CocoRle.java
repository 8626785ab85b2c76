package dev.masklet.core.mask;

import java.util.ArrayList;
import java.util.List;

/**
 * COCO run-length encoding: runs counted column-major, starting with a run of zeros, written as the compressed
 * counts string of pycocotools ({@code maskApi.c rleToString}). Written here rather than taken from a library
 * because no maintained Java library implements COCO's string format, and datasets must match pycocotools exactly.
 */
public final class CocoRle {
    private CocoRle() {
    }

    /** Column-major run lengths, first run counts zeros. */
    public static long[] runs(BinaryMask mask) {
        int w = mask.width();
        int h = mask.height();
        byte[] bits = mask.bits();
        List<Long> runs = new ArrayList<>();
        boolean current = false;
        long length = 0;
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                boolean v = bits[y * w + x] != 0;
                if (v != current) {
                    runs.add(length);
                    length = 0;
                    current = v;
                }
                length++;
            }
        }
        runs.add(length);
        return runs.stream().mapToLong(Long::longValue).toArray();
    }

    public static String encode(BinaryMask mask) {
        long[] counts = runs(mask);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < counts.length; i++) {
            long x = counts[i];
            if (i > 2) {
                x -= counts[i - 2]; // pycocotools stores the difference to the run two back
            }
            boolean more = true;
            while (more) {
                long c = x & 0x1f;
                x >>= 5;
                more = (c & 0x10) != 0 ? x != -1 : x != 0;
                if (more) {
                    c |= 0x20;
                }
                s.append((char) (c + 48));
            }
        }
        return s.toString();
    }

    public static BinaryMask decode(String counts, int width, int height) {
        List<Long> runs = new ArrayList<>();
        int p = 0;
        while (p < counts.length()) {
            long x = 0;
            int k = 0;
            boolean more = true;
            while (more) {
                if (p >= counts.length()) {
                    throw new IllegalArgumentException("truncated RLE counts string");
                }
                long c = counts.charAt(p) - 48;
                if (c < 0 || c > 63) {
                    throw new IllegalArgumentException("invalid character in RLE counts: '" + counts.charAt(p) + "'");
                }
                x |= (c & 0x1f) << (5 * k);
                more = (c & 0x20) != 0;
                p++;
                k++;
                if (!more && (c & 0x10) != 0) {
                    x |= -1L << (5 * k);
                }
            }
            if (runs.size() > 2) {
                x += runs.get(runs.size() - 2);
            }
            runs.add(x);
        }
        return fromRuns(runs, width, height);
    }

    private static BinaryMask fromRuns(List<Long> runs, int width, int height) {
        long total = 0;
        for (long r : runs) {
            if (r < 0) {
                throw new IllegalArgumentException("negative run in RLE");
            }
            total += r;
        }
        if (total != (long) width * height) {
            throw new IllegalArgumentException("its run lengths (RLE counts) cover " + total + " pixels, but its size "
                    + height + "×" + width + " has " + (long) width * height);
        }
        byte[] bits = new byte[width * height];
        long pos = 0;
        boolean value = false;
        for (long r : runs) {
            if (value) {
                for (long i = pos; i < pos + r; i++) {
                    int x = (int) (i / height);
                    int y = (int) (i % height);
                    bits[y * width + x] = 1;
                }
            }
            pos += r;
            value = !value;
        }
        return new BinaryMask(width, height, bits);
    }
}
