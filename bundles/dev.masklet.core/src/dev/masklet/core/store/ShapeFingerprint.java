package dev.masklet.core.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The fingerprint of a group of LabelMe shapes: SHA-256 over label, shape type and points (2 decimals) in file
 * order. Written beside masks (the store's frame files, the LabelMe exporter's {@code shapes_sha256}) so that a
 * reader can tell whether another tool edited the outlines since; one rule for both, documented in the README.
 */
public final class ShapeFingerprint {
    private ShapeFingerprint() {
    }

    public static String of(List<JsonObject> shapes) {
        StringBuilder s = new StringBuilder();
        for (JsonObject shape : shapes) {
            s.append(Json.optionalText(shape, "label")).append('|').append(Json.optionalText(shape, "shape_type"))
                    .append('|');
            JsonElement points = shape.get("points");
            if (points != null && points.isJsonArray()) {
                for (JsonElement p : points.getAsJsonArray()) {
                    JsonArray xy = p.getAsJsonArray();
                    s.append(String.format(Locale.ROOT, "%.2f,%.2f;", xy.get(0).getAsDouble(),
                            xy.get(1).getAsDouble()));
                }
            }
            s.append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
