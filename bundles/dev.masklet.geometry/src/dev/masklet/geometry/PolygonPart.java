package dev.masklet.geometry;

import java.util.List;
import java.util.Objects;

/**
 * One connected part of an object: its outer ring and the rings of its holes (pixels inside the outer ring that
 * do not belong to the object).
 */
public record PolygonPart(Ring outer, List<Ring> holes) {
    public PolygonPart {
        Objects.requireNonNull(outer, "outer");
        holes = List.copyOf(holes);
    }

    public PolygonPart(Ring outer) {
        this(outer, List.of());
    }

    /** Area of the outer ring less the areas of the holes, in square pixels (vertex polygon, not pixel count). */
    public double area() {
        double a = outer.area();
        for (Ring h : holes) {
            a -= h.area();
        }
        return Math.max(0, a);
    }
}
