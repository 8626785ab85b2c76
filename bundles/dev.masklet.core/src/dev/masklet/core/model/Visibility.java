package dev.masklet.core.model;

import java.util.Locale;

/**
 * How much of an object is seen on a frame where it is annotated (MOT's visibility, CVAT's "occluded"). A frame
 * where the object is not annotated at all says nothing; one where it has left the scene simply has no annotation.
 */
public enum Visibility {
    VISIBLE, PARTLY_OCCLUDED, FULLY_OCCLUDED;

    /** The name in files: {@code visible}, {@code partly_occluded}, {@code fully_occluded}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Visibility of(String id) {
        for (Visibility v : values()) {
            if (v.id().equals(id)) {
                return v;
            }
        }
        throw new IllegalArgumentException("visibility must be visible, partly_occluded or fully_occluded, got "
                + id);
    }
}
