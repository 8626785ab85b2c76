package dev.masklet.media;

import dev.masklet.core.settings.MaskletPreferences;
import dev.masklet.media.internal.InstancePreferences;

/**
 * The media preferences as the decoding side reads them: the system property {@code masklet.media.frameCacheMb}
 * (for the headless CLI and benchmarks), else the workbench preference {@link MaskletPreferences#MEDIA_FRAME_CACHE_MB}
 * (instance scope, node {@link MaskletPreferences#NODE}), else its default.
 */
public final class MediaSettings {
    /** System property overriding the frame cache size in MB. */
    public static final String FRAME_CACHE_PROPERTY = "masklet." + MaskletPreferences.MEDIA_FRAME_CACHE_MB;

    private MediaSettings() {
    }

    /** Decoded-frame cache size in MB (at least 1). */
    public static int frameCacheMb() {
        Integer fromProperty = positive(System.getProperty(FRAME_CACHE_PROPERTY));
        if (fromProperty != null) {
            return fromProperty;
        }
        Integer fromPreferences = InstancePreferences.getInt(MaskletPreferences.NODE,
                MaskletPreferences.MEDIA_FRAME_CACHE_MB);
        return fromPreferences != null && fromPreferences > 0 ? fromPreferences
                : MaskletPreferences.MEDIA_FRAME_CACHE_MB_DEFAULT;
    }

    /** {@link #frameCacheMb()} in bytes. */
    public static long frameCacheBytes() {
        return (long) frameCacheMb() << 20;
    }

    private static Integer positive(String text) {
        if (text == null) {
            return null;
        }
        try {
            int v = Integer.parseInt(text.trim());
            return v > 0 ? v : null;
        } catch (NumberFormatException e) {
            return null; // a mistyped property falls back to the preference, as an absent one does
        }
    }
}
