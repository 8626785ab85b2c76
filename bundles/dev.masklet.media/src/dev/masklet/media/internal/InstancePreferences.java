package dev.masklet.media.internal;

import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * Reads Eclipse instance-scope preferences when the Eclipse preference service is there (the workbench, the CLI
 * inside OSGi) and answers "not set" when it is not (benchmarks and tools on a plain class path), so media code
 * runs in both.
 */
public final class InstancePreferences {
    private InstancePreferences() {
    }

    /** The int stored under {@code key} in instance-scope node {@code node}; null when absent or unreadable. */
    public static Integer getInt(String node, String key) {
        try {
            String value = InstanceScope.INSTANCE.getNode(node).get(key, null);
            return value == null ? null : Integer.valueOf(value.trim());
        } catch (LinkageError | RuntimeException e) {
            // no preference service (plain class path), no instance location, or not a number: the default applies
            return null;
        }
    }
}
