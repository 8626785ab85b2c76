package dev.masklet.geometry;

import java.util.Arrays;

/**
 * A closed polygon ring: vertices {@code x0, y0, x1, y1, ...} in pixel coordinates (see the package comment). The
 * last vertex connects back to the first; the first vertex is not repeated. Immutable.
 */
public final class Ring {
    private final double[] xy;

    private Ring(double[] xy) {
        this.xy = xy;
    }

    /** A ring from interleaved coordinates; the array is copied. */
    public static Ring of(double... xy) {
        if (xy.length % 2 != 0) {
            throw new IllegalArgumentException("a ring needs x,y pairs, got " + xy.length + " numbers");
        }
        for (double v : xy) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("ring coordinates must be finite numbers, got " + v);
            }
        }
        return new Ring(xy.clone());
    }

    static Ring ofInts(int[] xy, int n) {
        double[] d = new double[n * 2];
        for (int i = 0; i < d.length; i++) {
            d[i] = xy[i];
        }
        return new Ring(d);
    }

    public int size() {
        return xy.length / 2;
    }

    public double x(int i) {
        return xy[2 * i];
    }

    public double y(int i) {
        return xy[2 * i + 1];
    }

    /** Interleaved {@code x0, y0, x1, y1, ...}, a copy. */
    public double[] coordinates() {
        return xy.clone();
    }

    /** Signed area by the shoelace formula: positive when the ring runs clockwise on screen (y down). */
    public double signedArea() {
        int n = size();
        double a = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            a += x(i) * y(j) - x(j) * y(i);
        }
        return a / 2;
    }

    /** Absolute area of the ring's polygon in square pixels (0 for fewer than 3 vertices or collinear ones). */
    public double area() {
        return Math.abs(signedArea());
    }

    /**
     * A ring that cannot be a polygon in any dataset format: fewer than 3 vertices, or all on one line. Such rings
     * come from objects that are one pixel thin somewhere, or from damaged files.
     */
    public boolean isDegenerate() {
        return size() < 3 || area() == 0;
    }

    /** The same ring traversed the other way round. */
    public Ring reversed() {
        int n = size();
        double[] r = new double[xy.length];
        for (int i = 0; i < n; i++) {
            r[2 * i] = xy[2 * (n - 1 - i)];
            r[2 * i + 1] = xy[2 * (n - 1 - i) + 1];
        }
        return new Ring(r);
    }

    /** Axis-aligned bounds {@code {minX, minY, maxX, maxY}} of the vertices; all 0 for an empty ring. */
    public double[] bounds() {
        if (xy.length == 0) {
            return new double[4];
        }
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < size(); i++) {
            b[0] = Math.min(b[0], x(i));
            b[1] = Math.min(b[1], y(i));
            b[2] = Math.max(b[2], x(i));
            b[3] = Math.max(b[3], y(i));
        }
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ring r && Arrays.equals(r.xy, xy);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(xy);
    }

    @Override
    public String toString() {
        return "Ring" + Arrays.toString(xy);
    }
}
