package dev.masklet.geometry.tests;

import java.util.Random;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.geometry.Ring;

/** Seeded random shapes and mask comparisons for the property tests. */
final class Shapes {
    private Shapes() {
    }

    /** A random star-shaped ring around (cx, cy): radii between rMin and rMax, 5 to 24 vertices. */
    static Ring star(Random rnd, double cx, double cy, double rMin, double rMax) {
        int n = 5 + rnd.nextInt(20);
        double[] xy = new double[n * 2];
        double phase = rnd.nextDouble() * Math.PI * 2;
        for (int i = 0; i < n; i++) {
            double a = phase + i * 2 * Math.PI / n;
            double r = rMin + rnd.nextDouble() * (rMax - rMin);
            xy[2 * i] = cx + r * Math.cos(a);
            xy[2 * i + 1] = cy + r * Math.sin(a);
        }
        return Ring.of(xy);
    }

    /**
     * True when every pixel on which the masks differ lies within one pixel (8-neighbourhood) of the boundary of
     * {@code a}, i.e. has both an object and a background pixel of {@code a} in its 3x3 neighbourhood.
     */
    static boolean differOnlyAtBoundary(BinaryMask a, BinaryMask b) {
        return firstFarDifference(a, b) == null;
    }

    /** The first pixel {x, y} where the masks differ more than one pixel away from a's boundary, or null. */
    static int[] firstFarDifference(BinaryMask a, BinaryMask b) {
        for (int y = 0; y < a.height(); y++) {
            for (int x = 0; x < a.width(); x++) {
                if (a.get(x, y) == b.get(x, y)) {
                    continue;
                }
                boolean in = false;
                boolean out = false;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        int ny = y + dy;
                        if (nx < 0 || ny < 0 || nx >= a.width() || ny >= a.height() || !a.get(nx, ny)) {
                            out = true;
                        } else {
                            in = true;
                        }
                    }
                }
                if (!(in && out)) {
                    return new int[] {x, y};
                }
            }
        }
        return null;
    }

    static BinaryMask rect(int w, int h, int x0, int y0, int x1, int y1) {
        byte[] bits = new byte[w * h];
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                bits[y * w + x] = 1;
            }
        }
        return new BinaryMask(w, h, bits);
    }

    static BinaryMask or(BinaryMask a, BinaryMask b) {
        byte[] bits = new byte[a.width() * a.height()];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = (byte) (a.bits()[i] | b.bits()[i]);
        }
        return new BinaryMask(a.width(), a.height(), bits);
    }

    static BinaryMask andNot(BinaryMask a, BinaryMask b) {
        byte[] bits = new byte[a.width() * a.height()];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = (byte) (a.bits()[i] != 0 && b.bits()[i] == 0 ? 1 : 0);
        }
        return new BinaryMask(a.width(), a.height(), bits);
    }
}
