package dev.masklet.export.internal;

import java.util.List;

import com.google.gson.JsonObject;

import dev.masklet.core.store.ShapeFingerprint;

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
        return ShapeFingerprint.of(shapes);
    }
}
