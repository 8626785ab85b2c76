package dev.masklet.app.internal;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;

import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;

/**
 * Eclipse's workspace lock for Masklet's workspace (window layout, preferences, recent files; annotations live
 * beside the videos): two Masklets never share one silently. The first takes {@code ~/.masklet/workspace}; another
 * started while it runs takes the first free {@code ~/.masklet/workspace-N} and says so. A workspace given with
 * {@code -data} is used only when it is free.
 */
public final class WorkspaceLock {
    /** How far {@code workspace-N} goes before giving up (more Masklets at once than anyone runs). */
    static final int MAX_WORKSPACES = 20;

    /**
     * What was decided.
     *
     * @param workspace the folder in use, or null when none could be locked
     * @param message   what to tell the user, or null when the usual workspace was free
     */
    public record Outcome(Path workspace, String message) {
    }

    private WorkspaceLock() {
    }

    /**
     * Locks the instance location: the one already set ({@code -data FOLDER}), else the first free one of
     * {@code defaultWorkspace}, {@code defaultWorkspace-2}, … .
     */
    public static Outcome lock(Location instance, Path defaultWorkspace) throws IOException {
        if (instance.isSet()) {
            Path given = Path.of(instance.getURL().getPath());
            if (instance.lock()) {
                return new Outcome(given, null);
            }
            return new Outcome(null, NLS.bind(Messages.Lock_givenInUse, given));
        }
        for (int n = 1; n <= MAX_WORKSPACES; n++) {
            Path candidate = n == 1 ? defaultWorkspace
                    : defaultWorkspace.resolveSibling(defaultWorkspace.getFileName() + "-" + n);
            URL url = candidate.toUri().toURL();
            if (instance.set(url, true)) {
                return new Outcome(candidate, n == 1 ? null
                        : NLS.bind(Messages.Lock_another, defaultWorkspace, candidate));
            }
        }
        return new Outcome(null, NLS.bind(Messages.Lock_none, new Object[] {defaultWorkspace,
            defaultWorkspace.getFileName(), MAX_WORKSPACES}));
    }
}
