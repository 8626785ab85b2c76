package dev.masklet.ui.internal.preferences;

import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IPreferencesService;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import dev.masklet.core.settings.MaskletPreferences;

/**
 * Preferences as the UI reads and writes them: its own instance node {@code dev.masklet.ui} (the models chosen in
 * the Model view and the label colours; each change is written at once), and Masklet's shared node
 * {@value MaskletPreferences#NODE}, read through the preferences service so that an unset key gets the default
 * {@link MaskletPreferenceInitializer} put into the default scope.
 */
public final class UiPreferences {
    public static final String NODE = "dev.masklet.ui";
    /** UI preference: the segmentation model chosen in the Model view; empty = the default. */
    public static final String SEGMENTATION_MODEL = "segmentation.model";
    /** UI preference: the tracking model chosen in the Model view; empty = the best installed. */
    public static final String TRACKING_MODEL = "tracking.model";
    /** UI preference: colours of label classes, {@code name=#rrggbb} lines; empty = palette colours. */
    public static final String LABEL_COLORS = "label.colors";
    static final List<String> KEYS = List.of(SEGMENTATION_MODEL, TRACKING_MODEL, LABEL_COLORS);
    /** UI preference: whether the canvas draws each object's track id and label beside its mask; default true. */
    public static final String VIEW_SHOW_TAGS = "view.showTags";
    /** UI preference: {@code label} (objects of one label share its colour, the default) or {@code object}. */
    public static final String VIEW_COLOUR_BY = "view.colourBy";

    private UiPreferences() {
    }

    /** Reading this bundle's default node runs {@link MaskletPreferenceInitializer} the first time. */
    static void ensureDefaults() {
        DefaultScope.INSTANCE.getNode(NODE);
    }

    public static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }

    /** The value, or "" when none was set. */
    public static String get(String key) {
        ensureDefaults();
        return Platform.getPreferencesService().getString(NODE, key, "", null);
    }

    public static void put(String key, String value) {
        store(node(), key, value);
    }

    /** Sets a preference of node {@value MaskletPreferences#NODE} (the engine reads it) and writes it at once. */
    public static void putMasklet(String key, String value) {
        store(InstanceScope.INSTANCE.getNode(MaskletPreferences.NODE), key, value);
    }

    private static void store(IEclipsePreferences node, String key, String value) {
        node.put(key, value);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // applies for this session anyway; it is only not remembered
        }
    }

    /** A preference of node {@value MaskletPreferences#NODE}: the user's value, else the default. */
    public static int maskletInt(String key) {
        ensureDefaults();
        return service().getInt(MaskletPreferences.NODE, key, 0, null);
    }

    public static double maskletDouble(String key) {
        ensureDefaults();
        return service().getDouble(MaskletPreferences.NODE, key, 0, null);
    }

    public static String maskletString(String key) {
        ensureDefaults();
        return service().getString(MaskletPreferences.NODE, key, "", null);
    }

    private static IPreferencesService service() {
        return Platform.getPreferencesService();
    }
}
