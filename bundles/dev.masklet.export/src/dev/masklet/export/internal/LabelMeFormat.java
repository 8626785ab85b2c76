package dev.masklet.export.internal;

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
 * Shared by the LabelMe/X-AnyLabeling exporter and importer: the names of Masklet's extension field and the
 * fingerprint that tells whether a file's shapes were edited after the export.
 */
public final class LabelMeFormat {
    /** Top-level field holding the lossless masks. */
    public static final String FIELD = "masklet";
    public static final String FORMAT = "masklet-labelme-masks";
    public static final int VERSION = 1;
    /** The {@code version} written at the top of each file (the X-AnyLabeling file format it follows). */
    public static final String FILE_VERSION = "3.0.0";

    private LabelMeFormat() {
    }

    /**
     * SHA-256 over the label, shape type and points (2 decimals) of the shapes of one group, in file order. Tools
     * that re-save a file keep it as long as nobody edits those shapes.
     */
    public static String fingerprint(List<JsonObject> shapes) {
        StringBuilder s = new StringBuilder();
        for (JsonObject shape : shapes) {
            s.append(Json.text(shape, "label")).append('|').append(Json.text(shape, "shape_type")).append('|');
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
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
