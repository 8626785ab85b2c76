package dev.masklet.ui.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the UI tests that open videos share: a temporary folder for the videos and projects they write, and a
 * workbench with no editor open before and after each test (a failed test must not leave its editor to the next).
 */
abstract class WorkbenchTestBase {
    @TempDir
    Path dir;

    @BeforeEach
    @AfterEach
    void closeEditors() {
        Workbench.closeAllEditors(Workbench.bot());
    }
}
