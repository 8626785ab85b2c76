package dev.masklet.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
