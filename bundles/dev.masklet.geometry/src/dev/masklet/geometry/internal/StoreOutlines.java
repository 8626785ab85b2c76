package dev.masklet.geometry.internal;

import java.util.ArrayList;
import java.util.List;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.Point;
import dev.masklet.core.model.Shape;
import dev.masklet.core.settings.MaskletPreferences;
import dev.masklet.core.store.ProjectStore;
import dev.masklet.geometry.MaskGeometry;
import dev.masklet.geometry.PolygonPart;
import dev.masklet.geometry.Ring;

/**
 * Gives the annotation store OpenCV's polygons of masks (one polygon shape per part, holes included), so the frame
 * files show masked objects to LabelMe and X-AnyLabeling. A Declarative Services component
 * ({@code OSGI-INF/store-outlines.xml}): registered while this bundle runs.
 */
public final class StoreOutlines {
    public void activate() {
        ProjectStore.useMaskOutlines(StoreOutlines::outline);
    }

    public void deactivate() {
        ProjectStore.useMaskOutlines(null);
    }

    public static List<Shape> outline(BinaryMask mask, String label, int trackId) {
        List<Shape> shapes = new ArrayList<>();
        for (PolygonPart part : MaskGeometry.polygons(mask, MaskletPreferences.GEOMETRY_POLYGON_EPSILON_DEFAULT)
                .parts()) {
            List<List<Point>> holes = part.holes().stream().map(StoreOutlines::points).toList();
            shapes.add(Shape.polygon(label, trackId, points(part.outer()), holes));
        }
        return shapes;
    }

    private static List<Point> points(Ring ring) {
        List<Point> points = new ArrayList<>(ring.size());
        for (int i = 0; i < ring.size(); i++) {
            points.add(new Point(ring.x(i), ring.y(i)));
        }
        return points;
    }
}
