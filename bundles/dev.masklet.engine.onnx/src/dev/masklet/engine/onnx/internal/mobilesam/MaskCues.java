package dev.masklet.engine.onnx.internal.mobilesam;

import dev.masklet.core.mask.BinaryMask;

/**
 * What a mask on one frame tells about where to prompt on the next: its box, its centroid and its deepest
 * interior point (the pixel farthest from the boundary, the frame's edge counting as outside, which stays inside thin
 * or concave shapes where the centroid may not). The distance transform is a 3-4 chamfer in two passes rather than
 * OpenCV's {@code distanceTransform}, whose weights differ: the tracker's prompts, and the benchmark's, are tuned on
 * these exact points. Public for the benchmark's careful user, who clicks in the middle of an error the same way.
 */
public record MaskCues(int area, double cx, double cy, double[] box, double ix, double iy) {

    /** The cues of {@code mask}; null for an empty mask. */
    public static MaskCues of(BinaryMask mask) {
        int w = mask.width();
        int h = mask.height();
        byte[] bits = mask.bits();
        long sx = 0;
        long sy = 0;
        int area = 0;
        int x0 = w, y0 = h, x1 = -1, y1 = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (bits[y * w + x] != 0) {
                    area++;
                    sx += x;
                    sy += y;
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        if (area == 0) {
            return null;
        }
        int[] deepest = deepestPoint(bits, w, h);
        return new MaskCues(area, (double) sx / area, (double) sy / area, new double[] {x0, y0, x1 + 1, y1 + 1},
                deepest[0] + 0.5, deepest[1] + 0.5);
    }

    private static int[] deepestPoint(byte[] bits, int w, int h) {
        int inf = Integer.MAX_VALUE / 4;
        int[] d = new int[w * h];
        for (int i = 0; i < d.length; i++) {
            d[i] = bits[i] != 0 ? inf : 0;
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (d[i] == 0) {
                    continue;
                }
                int v = d[i];
                v = Math.min(v, x > 0 ? d[i - 1] + 3 : 3);
                v = Math.min(v, y > 0 ? d[i - w] + 3 : 3);
                v = Math.min(v, x > 0 && y > 0 ? d[i - w - 1] + 4 : 4);
                v = Math.min(v, x < w - 1 && y > 0 ? d[i - w + 1] + 4 : 4);
                d[i] = v;
            }
        }
        int best = -1;
        int bx = 0;
        int by = 0;
        for (int y = h - 1; y >= 0; y--) {
            for (int x = w - 1; x >= 0; x--) {
                int i = y * w + x;
                if (d[i] == 0) {
                    continue;
                }
                int v = d[i];
                v = Math.min(v, x < w - 1 ? d[i + 1] + 3 : 3);
                v = Math.min(v, y < h - 1 ? d[i + w] + 3 : 3);
                v = Math.min(v, x < w - 1 && y < h - 1 ? d[i + w + 1] + 4 : 4);
                v = Math.min(v, x > 0 && y < h - 1 ? d[i + w - 1] + 4 : 4);
                d[i] = v;
                if (v > best) {
                    best = v;
                    bx = x;
                    by = y;
                }
            }
        }
        return new int[] {bx, by};
    }
}
