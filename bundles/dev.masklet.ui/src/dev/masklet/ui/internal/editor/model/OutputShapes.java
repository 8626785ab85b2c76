package dev.masklet.ui.internal.editor.model;

import java.util.Optional;


import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.settings.MaskletPreferences;
import dev.masklet.geometry.Box;
import dev.masklet.geometry.MaskGeometry;
import dev.masklet.geometry.PolygonPart;
import dev.masklet.geometry.Polygons;
import dev.masklet.geometry.RotatedBox;
import dev.masklet.geometry.Ring;
import dev.masklet.ui.internal.preferences.UiPreferences;

/** The shape of a mask in an {@link OutputMode}, as polygons (boxes are 4-vertex rings), and that shape filled. */
public final class OutputShapes {
    private OutputShapes() {
    }

    /** How far polygons may stray from the mask's pixel boundary: the polygon fineness preference. */
    public static double polygonEpsilon() {
        return UiPreferences.maskletDouble(MaskletPreferences.GEOMETRY_POLYGON_EPSILON);
    }

    /** The mask's shape in a mode; for {@link OutputMode#MASK} its traced outline (fineness 0). */
    public static Polygons shape(BinaryMask mask, OutputMode mode, double epsilon) {
        return switch (mode) {
            case MASK -> MaskGeometry.polygons(mask, 0);
            case POLYGON -> MaskGeometry.polygons(mask, epsilon);
            case BOX -> boxRing(MaskGeometry.box(mask));
            case ROTATED_BOX -> MaskGeometry.rotatedBox(mask).map(OutputShapes::rotatedRing)
                    .orElse(new Polygons(java.util.List.of(), 0));
        };
    }

    /** The mask as it is stored in a mode: unchanged for masks, else its shape filled. */
    public static BinaryMask stored(BinaryMask mask, OutputMode mode, double epsilon) {
        if (mode == OutputMode.MASK || mask.area() == 0) {
            return mask;
        }
        Polygons shape = shape(mask, mode, epsilon);
        return shape.isEmpty() ? mask : MaskGeometry.rasterize(shape, mask.width(), mask.height());
    }

    private static Polygons boxRing(Optional<Box> box) {
        if (box.isEmpty()) {
            return new Polygons(java.util.List.of(), 0);
        }
        Box b = box.get();
        return Polygons.of(new PolygonPart(Ring.of(b.x(), b.y(), b.maxX(), b.y(), b.maxX(), b.maxY(), b.x(),
                b.maxY())));
    }

    private static Polygons rotatedRing(RotatedBox box) {
        return Polygons.of(new PolygonPart(Ring.of(box.corners())));
    }
}
