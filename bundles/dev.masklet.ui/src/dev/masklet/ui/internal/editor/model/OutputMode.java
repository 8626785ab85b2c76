package dev.masklet.ui.internal.editor.model;

/**
 * How kept objects are stored and shown: as the model's mask, or as the polygon, axis-aligned box or rotated box of
 * that mask (stored as the filled shape, so what is exported is what the annotator saw).
 */
public enum OutputMode {
    MASK(Messages.OutputMode_mask), POLYGON(Messages.OutputMode_polygon), BOX(Messages.OutputMode_box),
    ROTATED_BOX(Messages.OutputMode_rotatedBox);

    private final String label;

    OutputMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The name saved in the project file ({@code output_mode}): {@code mask}, {@code polygon}, {@code box}, ... */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The mode saved under {@code id}; masks for "" (never chosen) and for a name this Masklet does not know. */
    public static OutputMode fromId(String id) {
        for (OutputMode m : values()) {
            if (m.id().equals(id)) {
                return m;
            }
        }
        return MASK;
    }
}
