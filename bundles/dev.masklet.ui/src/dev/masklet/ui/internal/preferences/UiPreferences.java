package dev.masklet.ui.internal.editor;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The UI bundle's own instance preferences (node {@code dev.masklet.ui}): the models chosen in the Model view and
 * the label colours. Each change is written at once.
 */
final class UiPreferences {
    static final String NODE = "dev.masklet.ui";

    private UiPreferences() {
    }

    static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }

    /** The value, or "" when none was set. */
    static String get(String key) {
        return node().get(key, "");
    }

    static void put(String key, String value) {
        IEclipsePreferences node = node();
        node.put(key, value);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // applies for this session anyway; it is only not remembered
        }
    }
}
