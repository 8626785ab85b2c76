package dev.masklet.export.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.masklet.geometry.Box;
import dev.masklet.geometry.Ring;

/** JSON helpers shared by the JSON formats: UTF-8 text as is (no \\u escapes for non-ASCII or HTML characters). */
public final class DatasetJson {
    public static final Gson COMPACT = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();
    public static final Gson PRETTY = new GsonBuilder().disableHtmlEscaping().serializeNulls().setPrettyPrinting()
            .create();

    private DatasetJson() {
    }

    /** A coordinate as JSON number: integers without a fraction, others rounded to 3 decimals. */
    public static Number number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return (long) v;
        }
        return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** {@code [x0, y0, x1, y1, ...]}. */
    public static JsonArray flat(Ring ring) {
        JsonArray a = new JsonArray();
        for (int i = 0; i < ring.size(); i++) {
            a.add(number(ring.x(i)));
            a.add(number(ring.y(i)));
        }
        return a;
    }

    /** {@code [[x0, y0], [x1, y1], ...]}. */
    public static JsonArray pairs(Ring ring) {
        JsonArray a = new JsonArray();
        for (int i = 0; i < ring.size(); i++) {
            JsonArray p = new JsonArray();
            p.add(number(ring.x(i)));
            p.add(number(ring.y(i)));
            a.add(p);
        }
        return a;
    }

    /** COCO box {@code [x, y, width, height]}. */
    public static JsonArray xywh(Box b) {
        JsonArray a = new JsonArray();
        a.add(b.x());
        a.add(b.y());
        a.add(b.width());
        a.add(b.height());
        return a;
    }

    public static JsonArray ints(int... values) {
        JsonArray a = new JsonArray();
        for (int v : values) {
            a.add(v);
        }
        return a;
    }

    /** The member as text, or null when missing or JSON null. */
    public static String text(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    /** The member as integer, or null when missing, JSON null or not a number. */
    public static Integer integer(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull() || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            return null;
        }
        return e.getAsInt();
    }
}
