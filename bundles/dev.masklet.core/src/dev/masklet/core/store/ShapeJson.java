package dev.masklet.core.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import dev.masklet.core.model.Point;
import dev.masklet.core.model.Shape;

/** A {@link Shape} as a LabelMe / X-AnyLabeling shape object, and back; keys it does not know are kept as read. */
final class ShapeJson {
    /** Masklet's extension key on polygon shapes: the inner rings (holes). */
    static final String HOLES = "masklet_holes";
    private static final Set<String> SHAPE_KEYS = Set.of("label", "points", "group_id", "shape_type", "flags",
            "description", "difficult", "attributes", "direction", HOLES);

    private ShapeJson() {
    }

    static JsonObject write(Shape s) {
        JsonObject o = new JsonObject();
        o.addProperty("label", s.label());
        o.add("points", Json.points(s.points()));
        if (s.groupId() == null) {
            o.add("group_id", JsonNull.INSTANCE);
        } else {
            o.addProperty("group_id", s.groupId());
        }
        o.addProperty("description", s.description());
        o.addProperty("difficult", s.difficult());
        o.addProperty("shape_type", s.type());
        o.add("flags", Json.flags(s.flags()));
        JsonObject attributes = new JsonObject();
        s.attributes().forEach(attributes::addProperty);
        o.add("attributes", attributes);
        if (Shape.ROTATION.equals(s.type())) {
            o.addProperty("direction", s.direction());
        }
        if (!s.holes().isEmpty()) {
            JsonArray holes = new JsonArray();
            s.holes().forEach(h -> holes.add(Json.points(h)));
            o.add(HOLES, holes);
        }
        s.extras().forEach((k, v) -> o.add(k, Json.raw(v)));
        return o;
    }

    static Shape read(JsonObject o) {
        String type = Json.text(o, "shape_type");
        List<Point> points = Json.points(Json.array(o, "points"));
        JsonElement group = o.get("group_id");
        if (group != null && !group.isJsonNull()
                && !(group.isJsonPrimitive() && group.getAsJsonPrimitive().isNumber())) {
            throw new IllegalArgumentException("\"group_id\" must be a whole number or null, got " + group);
        }
        Integer groupId = group == null || group.isJsonNull() ? null : group.getAsInt();
        JsonElement difficult = o.get("difficult");
        JsonElement direction = o.get("direction");
        Map<String, String> attributes = new LinkedHashMap<>();
        JsonElement attrs = o.get("attributes");
        if (attrs != null && attrs.isJsonObject()) {
            for (Map.Entry<String, JsonElement> a : attrs.getAsJsonObject().entrySet()) {
                JsonElement v = a.getValue();
                attributes.put(a.getKey(), v.isJsonNull() ? "" : v.isJsonPrimitive() ? v.getAsString() : v.toString());
            }
        }
        List<List<Point>> holes = List.of();
        if (o.has(HOLES) && o.get(HOLES).isJsonArray()) {
            holes = o.getAsJsonArray(HOLES).asList().stream().map(h -> Json.points(h.getAsJsonArray())).toList();
        }
        Map<String, String> extras = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : o.entrySet()) {
            if (!SHAPE_KEYS.contains(e.getKey())) {
                extras.put(e.getKey(), e.getValue().toString());
            }
        }
        return new Shape(Json.text(o, "label"), type, points, holes, groupId,
                direction != null && direction.isJsonPrimitive() ? direction.getAsDouble() : 0,
                Json.flags(o.get("flags")), Json.optionalText(o, "description"),
                difficult != null && difficult.isJsonPrimitive() && difficult.getAsBoolean(), attributes, extras);
    }
}
