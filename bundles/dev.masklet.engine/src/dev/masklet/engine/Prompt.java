package dev.masklet.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.masklet.core.mask.BinaryMask;

/**
 * What the user said about one object on one image: points (positive or negative), an optional box, and optionally
 * the low-resolution logits of the previous prediction for refinement. Coordinates are image pixels.
 */
public final class Prompt {
    /** One click; {@code positive} false means "not this". */
    public record Point(double x, double y, boolean positive) {
    }

    /** A box from (x0, y0) to (x1, y1). */
    public record Box(double x0, double y0, double x1, double y1) {
    }

    private final List<Point> points;
    private final Box box;
    private final float[] previousLowResLogits;

    private Prompt(List<Point> points, Box box, float[] previousLowResLogits) {
        this.points = Collections.unmodifiableList(new ArrayList<>(points));
        this.box = box;
        this.previousLowResLogits = previousLowResLogits;
    }

    public static Prompt of(List<Point> points, Box box) {
        return new Prompt(points, box, null);
    }

    /**
     * A prompt that gives back {@code mask}: its box and one positive point on the mask pixel nearest to its
     * centroid (the centroid itself can lie outside a concave or split mask).
     *
     * @throws IllegalArgumentException for an empty mask
     */
    public static Prompt fromMask(BinaryMask mask) {
        int[] b = mask.bounds();
        if (b == null) {
            throw new IllegalArgumentException("an empty mask gives no prompt");
        }
        int w = mask.width();
        long sx = 0;
        long sy = 0;
        int n = 0;
        byte[] bits = mask.bits();
        for (int i = 0; i < bits.length; i++) {
            if (bits[i] != 0) {
                sx += i % w;
                sy += i / w;
                n++;
            }
        }
        double cx = (double) sx / n;
        double cy = (double) sy / n;
        double best = Double.MAX_VALUE;
        int px = b[0];
        int py = b[1];
        for (int i = 0; i < bits.length; i++) {
            if (bits[i] != 0) {
                double d = Math.hypot(i % w - cx, i / w - cy);
                if (d < best) {
                    best = d;
                    px = i % w;
                    py = i / w;
                }
            }
        }
        return of(List.of(new Point(px + 0.5, py + 0.5, true)), new Box(b[0], b[1], b[2] + 1, b[3] + 1));
    }

    /** The same prompt, refined with the previous prediction's low-res logits. */
    public Prompt withPrevious(float[] lowResLogits) {
        return new Prompt(points, box, lowResLogits);
    }

    public List<Point> points() {
        return points;
    }

    public Box box() {
        return box;
    }

    public float[] previousLowResLogits() {
        return previousLowResLogits;
    }

    public boolean isEmpty() {
        return points.isEmpty() && box == null;
    }
}
