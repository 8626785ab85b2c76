package dev.masklet.geometry;

import java.util.List;

/**
 * The polygons of one object mask: one {@link PolygonPart} per connected part, largest first. An object that is
 * split into several visible parts (an occluder in front of it) stays one object with several parts.
 *
 * @param parts the parts that are proper polygons (at least 3 vertices, non-zero area)
 * @param degenerateParts how many connected parts (or holes) were left out because they were too thin to be a
 *        polygon (one pixel wide, or a single pixel); a caller that writes a polygon format should warn about them
 */
public record Polygons(List<PolygonPart> parts, int degenerateParts) {
    public Polygons {
        parts = List.copyOf(parts);
        if (degenerateParts < 0) {
            throw new IllegalArgumentException("degenerateParts must be >= 0");
        }
    }

    public static Polygons of(PolygonPart... parts) {
        return new Polygons(List.of(parts), 0);
    }

    /** No part at all: an empty mask, or one whose every part was degenerate. */
    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** Number of holes over all parts. */
    public int holeCount() {
        return parts.stream().mapToInt(p -> p.holes().size()).sum();
    }

    /** All rings: each part's outer ring followed by its holes. */
    public List<Ring> rings() {
        return parts.stream().flatMap(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p.outer()),
                p.holes().stream())).toList();
    }
}
