package dev.masklet.core.store;

import java.util.List;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.masklet.core.model.Shape;

/**
 * The polygon shapes drawn from masks in frame files: which they are when a file is read back, and their
 * fingerprint, SHA-256 over label, shape type and points (2 decimals) in order, the same rule as the LabelMe
 * exporter's {@code shapes_sha256} (README), so a file re-saved by another tool keeps it unless someone edits them.
 */
final class OutlineShapes {
    private OutlineShapes() {
    }

    static String fingerprint(List<JsonObject> shapes) {
        return ShapeFingerprint.of(shapes);
    }

    /**
     * The indices of the shapes that are outlines of masks, as written: per object, the last {@code outline_shapes}
     * of its polygons, provided its polygons still have the fingerprint written with them. Outlines edited in
     * another tool are kept as shapes (with a warning); the mask stays as it was.
     */
    static Set<Integer> indices(String fileName, JsonObject ext, JsonArray shapes, List<String> warnings) {
        Set<Integer> outline = new java.util.HashSet<>();
        for (JsonElement e : Json.array(ext, "objects")) {
            JsonObject entry = e.getAsJsonObject();
            if (!entry.has("outline_shapes") || !entry.has("shapes_sha256")) {
                continue;
            }
            int id = Json.integer(entry, "group_id");
            List<Integer> polygons = new java.util.ArrayList<>();
            for (int i = 0; i < shapes.size(); i++) {
                JsonObject s = shapes.get(i).getAsJsonObject();
                JsonElement group = s.get("group_id");
                if (group != null && !group.isJsonNull() && group.getAsInt() == id
                        && Shape.POLYGON.equals(Json.optionalText(s, "shape_type"))) {
                    polygons.add(i);
                }
            }
            int n = Json.integer(entry, "outline_shapes");
            String sha = fingerprint(polygons.stream().map(i -> shapes.get(i).getAsJsonObject()).toList());
            if (sha.equals(Json.text(entry, "shapes_sha256")) && n <= polygons.size()) {
                outline.addAll(polygons.subList(polygons.size() - n, polygons.size()));
            } else {
                warnings.add(fileName + ": the polygons of object " + id + " were edited in another tool; they are"
                        + " kept as shapes, the object's mask is unchanged");
            }
        }
        return outline;
    }

    static List<JsonObject> polygonsOf(JsonArray shapes, int trackId) {
        List<JsonObject> polygons = new java.util.ArrayList<>();
        for (JsonElement e : shapes) {
            JsonObject s = e.getAsJsonObject();
            JsonElement group = s.get("group_id");
            if (group != null && !group.isJsonNull() && group.getAsInt() == trackId
                    && Shape.POLYGON.equals(Json.optionalText(s, "shape_type"))) {
                polygons.add(s);
            }
        }
        return polygons;
    }
}
