package dev.masklet.core.model;

import java.util.List;
import java.util.Map;

/**
 * A drawn shape on one frame, as LabelMe and X-AnyLabeling store it: a label, points, an optional group id (the
 * track id of the object it belongs to), the shape type and the per-shape flags, description, difficult mark and
 * attributes. Masks are not shapes: they live losslessly on {@link TrackedObject}.
 *
 * @param type       {@code polygon}, {@code rectangle} (2 corners), {@code rotation} (4 corners of a rotated
 *                   rectangle, {@code direction} its angle in radians), {@code point}; other X-AnyLabeling types
 *                   ({@code circle}, {@code line}, {@code linestrip}, ...) are kept as read
 * @param holes      inner rings of a polygon (Masklet's extension; empty for other tools' files)
 * @param groupId    the track id of the object, or null for a shape of no object
 * @param description null or text
 * @param attributes attribute values as text, in file order
 * @param extras     keys of the shape this version does not know, each with its raw JSON value, written back as read
 */
public record Shape(String label, String type, List<Point> points, List<List<Point>> holes, Integer groupId,
        double direction, Map<String, Boolean> flags, String description, boolean difficult,
        Map<String, String> attributes, Map<String, String> extras) {

    public static final String POLYGON = "polygon";
    public static final String RECTANGLE = "rectangle";
    public static final String ROTATION = "rotation";
    public static final String POINT = "point";

    public Shape {
        label = LabelNames.check(label);
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("a shape needs a shape_type");
        }
        points = List.copyOf(points);
        holes = holes == null ? List.of() : holes.stream().map(List::copyOf).toList();
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a " + type + " shape needs points");
        }
        if (groupId != null && groupId <= 0) {
            throw new IllegalArgumentException("group ids (track ids) start at 1, got " + groupId);
        }
        flags = flags == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(flags));
        attributes = attributes == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
        extras = extras == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extras));
    }

    public static Shape polygon(String label, Integer groupId, List<Point> outer, List<List<Point>> holes) {
        return new Shape(label, POLYGON, outer, holes, groupId, 0, null, null, false, null, null);
    }

    /** An axis-aligned rectangle by two opposite corners. */
    public static Shape rectangle(String label, Integer groupId, double x0, double y0, double x1, double y1) {
        return new Shape(label, RECTANGLE, List.of(new Point(x0, y0), new Point(x1, y1)), null, groupId, 0, null,
                null, false, null, null);
    }

    /**
     * A rectangle of size w × h centred on (cx, cy), turned by {@code angle} radians (clockwise on screen, y down),
     * stored as X-AnyLabeling does: its four corners and the angle as {@code direction}.
     */
    public static Shape rotatedRectangle(String label, Integer groupId, double cx, double cy, double w, double h,
            double angle) {
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        double[][] corners = {{-w / 2, -h / 2}, {w / 2, -h / 2}, {w / 2, h / 2}, {-w / 2, h / 2}};
        List<Point> points = new java.util.ArrayList<>();
        for (double[] k : corners) {
            points.add(new Point(cx + k[0] * c - k[1] * s, cy + k[0] * s + k[1] * c));
        }
        return new Shape(label, ROTATION, points, null, groupId, angle, null, null, false, null, null);
    }

    public static Shape point(String label, Integer groupId, double x, double y) {
        return new Shape(label, POINT, List.of(new Point(x, y)), null, groupId, 0, null, null, false, null, null);
    }

    public Shape withDifficult(boolean value) {
        return new Shape(label, type, points, holes, groupId, direction, flags, description, value, attributes,
                extras);
    }

    public Shape withDescription(String text) {
        return new Shape(label, type, points, holes, groupId, direction, flags, text, difficult, attributes, extras);
    }

    public Shape withAttributes(Map<String, String> values) {
        return new Shape(label, type, points, holes, groupId, direction, flags, description, difficult, values,
                extras);
    }
}
