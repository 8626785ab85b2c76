package dev.masklet.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.FrameAnnotations;
import dev.masklet.core.model.Point;
import dev.masklet.core.model.Shape;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.export.internal.ShapeAreas;
import dev.masklet.geometry.MaskGeometry;
import dev.masklet.geometry.PolygonPart;
import dev.masklet.geometry.Polygons;
import dev.masklet.geometry.Ring;

/**
 * Makes the drawn shapes of a project (files from X-AnyLabeling or LabelMe, shapes drawn in Masklet) part of what
 * every format exports, which is masks: the area shapes of a group id (polygon, rectangle, rotation, circle) become
 * the mask of that object on their frame where it has none (a tracked box stays a box), and every area shape
 * without a group id becomes an object of its own. Points, lines and line strips are not areas: they are left out,
 * with a warning each, never silently. Done on the project about to be exported (a copy in the workbench), not on
 * the saved files.
 */
public final class ShapeMasks {
    private ShapeMasks() {
    }

    /** Adds the masks; returns one warning per frame with shapes that could not be made masks. */
    public static List<String> add(AnnotationProject project) {
        List<String> warnings = new ArrayList<>();
        for (int frame : project.annotatedFrames()) {
            FrameAnnotations annotations = project.existingFrame(frame).orElse(null);
            if (annotations == null || annotations.shapes().isEmpty()) {
                continue;
            }
            Map<Integer, List<Ring>> groups = new LinkedHashMap<>();
            Map<Integer, String> groupLabels = new LinkedHashMap<>();
            Map<String, Integer> notAreas = new TreeMap<>();
            for (Shape shape : annotations.shapes()) {
                Ring ring = ShapeAreas.ring(shape.type(), coordinates(shape.points()));
                if (ring == null || ring.isDegenerate()) {
                    notAreas.merge(ring == null ? shape.type() : shape.type() + " without area", 1, Integer::sum);
                    continue;
                }
                if (shape.groupId() == null) {
                    BinaryMask mask = rasterize(List.of(ring), project);
                    if (mask.area() > 0) {
                        project.addObject(shape.label()).putMask(frame, mask);
                    }
                    continue;
                }
                groups.computeIfAbsent(shape.groupId(), g -> new ArrayList<>()).add(ring);
                groupLabels.putIfAbsent(shape.groupId(), shape.label());
            }
            for (Map.Entry<Integer, List<Ring>> g : groups.entrySet()) {
                TrackedObject object = project.object(g.getKey()).orElseGet(() -> {
                    TrackedObject created = new TrackedObject(g.getKey(), groupLabels.get(g.getKey()));
                    project.addObject(created);
                    return created;
                });
                if (object.mask(frame) == null) { // a mask is what counts; its shapes only show it
                    BinaryMask mask = rasterize(g.getValue(), project);
                    if (mask.area() > 0) {
                        object.putMask(frame, mask);
                    }
                }
            }
            if (!notAreas.isEmpty()) {
                List<String> parts = new ArrayList<>();
                notAreas.forEach((type, n) -> parts.add(n + " " + type + (n == 1 ? "" : "s")));
                warnings.add("frame " + frame + ": " + String.join(", ", parts)
                        + " cover no area, so no mask; left out of the export");
            }
        }
        return warnings;
    }

    private static BinaryMask rasterize(List<Ring> rings, AnnotationProject project) {
        return MaskGeometry.rasterize(new Polygons(rings.stream().map(PolygonPart::new).toList(), 0),
                project.width(), project.height());
    }

    private static double[] coordinates(List<Point> points) {
        double[] xy = new double[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            xy[2 * i] = points.get(i).x();
            xy[2 * i + 1] = points.get(i).y();
        }
        return xy;
    }
}
