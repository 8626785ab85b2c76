package dev.masklet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.masklet.app.internal.WorkspaceLock;

/**
 * Two Masklets never share a workspace silently: with Eclipse's real workspace lock (a file lock in
 * {@code .metadata}), the first takes {@code workspace}, a second one started meanwhile takes {@code workspace-2}
 * and is told so, and a workspace forced with -data that is in use is refused with a clear message.
 */
class WorkspaceLockTest {
    @TempDir
    Path home;

    /** The app's WorkspaceLock.lock, as the workspace and the message. */
    private static Object[] lock(Location location, Path workspace) throws Exception {
        WorkspaceLock.Outcome outcome = WorkspaceLock.lock(location, workspace);
        return new Object[] {outcome.workspace(), outcome.message()};
    }

    private static Location fresh() {
        return Platform.getInstanceLocation().createLocation(null, null, false);
    }

    @Test
    void aSecondMaskletGetsItsOwnWorkspaceAndIsToldSo() throws Exception {
        Path workspace = home.resolve(".masklet").resolve("workspace");
        Location first = fresh();
        Location second = fresh();
        try {
            Object[] a = lock(first, workspace);
            assertEquals(workspace, a[0]);
            assertNull(a[1], "the first Masklet is told nothing");
            assertTrue(Files.exists(workspace.resolve(".metadata").resolve(".lock")), "Eclipse's lock file");

            Object[] b = lock(second, workspace);
            assertEquals(home.resolve(".masklet").resolve("workspace-2"), b[0]);
            String message = (String) b[1];
            assertTrue(message.contains("Another Masklet is running") && message.contains("workspace-2"), message);

            Location forced = fresh();
            forced.set(workspace.toUri().toURL(), false);
            Object[] c = lock(forced, home.resolve("unused"));
            assertNull(c[0], "a workspace in use is not taken");
            assertTrue(((String) c[1]).contains("is in use by another Masklet"), (String) c[1]);
        } finally {
            first.release();
            second.release();
        }
        Location again = fresh();
        try {
            assertEquals(workspace, lock(again, workspace)[0], "released, the workspace is free again");
        } finally {
            again.release();
        }
    }
}
