package dev.masklet.core.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.mask.CocoRle;
import dev.masklet.core.model.Point;

/** Small helpers shared by the project and frame file formats. */
final class Json {
    static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

    private Json() {
    }

    static String text(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonPrimitive()) {
            throw new IllegalArgumentException("missing text field \"" + key + "\"");
        }
        return e.getAsString();
    }

    static String optionalText(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : e.isJsonPrimitive() ? e.getAsString() : e.toString();
    }

    static int integer(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw new IllegalArgumentException("missing number field \"" + key + "\"");
        }
        return e.getAsInt();
    }

    static JsonObject object(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonObject()) {
            throw new IllegalArgumentException("missing object field \"" + key + "\"");
        }
        return e.getAsJsonObject();
    }

    static JsonArray array(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonArray()) {
            throw new IllegalArgumentException("missing list field \"" + key + "\"");
        }
        return e.getAsJsonArray();
    }

    static JsonArray points(List<Point> points) {
        JsonArray a = new JsonArray();
        for (Point p : points) {
            JsonArray xy = new JsonArray();
            xy.add(p.x());
            xy.add(p.y());
            a.add(xy);
        }
        return a;
    }

    static List<Point> points(JsonArray a) {
        return a.asList().stream().map(e -> {
            if (!e.isJsonArray() || e.getAsJsonArray().size() < 2) {
                throw new IllegalArgumentException("a point must be [x, y], got " + e);
            }
            JsonArray xy = e.getAsJsonArray();
            if (!isNumber(xy.get(0)) || !isNumber(xy.get(1))) {
                throw new IllegalArgumentException("a point's x and y must be numbers, got " + xy);
            }
            return new Point(xy.get(0).getAsDouble(), xy.get(1).getAsDouble());
        }).toList();
    }

    private static boolean isNumber(JsonElement e) {
        return e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber() && Double.isFinite(e.getAsDouble());
    }

    static JsonObject rle(BinaryMask mask) {
        JsonObject rle = new JsonObject();
        JsonArray size = new JsonArray();
        size.add(mask.height());
        size.add(mask.width());
        rle.add("size", size);
        rle.addProperty("counts", CocoRle.encode(mask));
        return rle;
    }

    static BinaryMask mask(JsonObject rle) {
        JsonArray size = array(rle, "size");
        if (size.size() != 2 || !isNumber(size.get(0)) || !isNumber(size.get(1)) || size.get(0).getAsInt() <= 0
                || size.get(1).getAsInt() <= 0) {
            throw new IllegalArgumentException("a mask's \"size\" must be [height, width], got " + size);
        }
        return CocoRle.decode(text(rle, "counts"), size.get(1).getAsInt(), size.get(0).getAsInt());
    }

    static Map<String, Boolean> flags(JsonElement e) {
        Map<String, Boolean> flags = new LinkedHashMap<>();
        if (e != null && e.isJsonObject()) {
            for (Map.Entry<String, JsonElement> f : e.getAsJsonObject().entrySet()) {
                if (f.getValue().isJsonPrimitive() && f.getValue().getAsJsonPrimitive().isBoolean()) {
                    flags.put(f.getKey(), f.getValue().getAsBoolean());
                }
            }
        }
        return flags;
    }

    static JsonObject flags(Map<String, Boolean> flags) {
        JsonObject o = new JsonObject();
        flags.forEach(o::addProperty);
        return o;
    }

    static JsonElement raw(String json) {
        return JsonParser.parseString(json);
    }
}
