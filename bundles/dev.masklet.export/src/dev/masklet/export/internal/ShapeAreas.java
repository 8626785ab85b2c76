package dev.masklet.export.internal;

import java.util.Locale;

import dev.masklet.geometry.Ring;

/**
 * The area a LabelMe / X-AnyLabeling shape covers, as one ring: polygon and rotation (their corners), rectangle
 * (the bounds of its 2 or 4 corners) and circle (centre and a point on it). Points, lines and line strips are not
 * areas. One rule for every reader of such shapes (the importer, shapes of a project at export).
 */
public final class ShapeAreas {
    private static final int CIRCLE_VERTICES = 64;

    private ShapeAreas() {
    }

    /** The ring of a shape of this type with these coordinates ({@code x0, y0, x1, y1, …}), or null: not an area. */
    public static Ring ring(String shapeType, double[] xy) {
        String type = shapeType == null ? "polygon" : shapeType.toLowerCase(Locale.ROOT);
        return switch (type) {
            case "polygon", "rotation" -> Ring.of(xy);
            case "rectangle" -> rectangle(xy);
            case "circle" -> circle(xy);
            default -> null;
        };
    }

    /** LabelMe writes 2 corners, X-AnyLabeling 4; either way the box is their bounds. */
    private static Ring rectangle(double[] xy) {
        if (xy.length < 4) {
            return Ring.of(xy);
        }
        double x0 = Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        for (int i = 0; i < xy.length; i += 2) {
            x0 = Math.min(x0, xy[i]);
            x1 = Math.max(x1, xy[i]);
            y0 = Math.min(y0, xy[i + 1]);
            y1 = Math.max(y1, xy[i + 1]);
        }
        return Ring.of(x0, y0, x1, y0, x1, y1, x0, y1);
    }

    /** Centre and a point on the circle. */
    private static Ring circle(double[] xy) {
        if (xy.length < 4) {
            return Ring.of(xy);
        }
        double r = Math.hypot(xy[2] - xy[0], xy[3] - xy[1]);
        double[] ring = new double[CIRCLE_VERTICES * 2];
        for (int i = 0; i < CIRCLE_VERTICES; i++) {
            double a = 2 * Math.PI * i / CIRCLE_VERTICES;
            ring[2 * i] = xy[0] + r * Math.cos(a);
            ring[2 * i + 1] = xy[1] + r * Math.sin(a);
        }
        return Ring.of(ring);
    }
}
