package dev.masklet.ui.internal.editor.model;

/**
 * How kept objects are stored and shown: as the model's mask, or as the polygon, axis-aligned box or rotated box of
 * that mask (stored as the filled shape, so what is exported is what the annotator saw).
 */
public enum OutputMode {
    MASK("Mask"), POLYGON("Polygon"), BOX("Box"), ROTATED_BOX("Rotated box");

    private final String label;

    OutputMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
