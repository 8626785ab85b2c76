package dev.masklet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import dev.masklet.testing.ui.UiBot;

/**
 * Issue 14: started the first time (the test workbench starts with a new workspace), the window fills the screen
 * instead of opening at the toolkit's default size (it opened at 1274 x 771 on a 1600 x 1000 screen).
 */
class WindowSizeTest {
    @Test
    void theFirstWindowFillsTheScreen() {
        UiBot bot = Workbench.bot();
        Shell shell = Workbench.windowShell(bot);
        Rectangle window = bot.syncCall(shell::getBounds);
        Rectangle screen = bot.syncCall(() -> shell.getMonitor().getClientArea());
        assertTrue(window.width >= screen.width * 0.95 && window.height >= screen.height * 0.9,
                "the window " + window + " fills the screen " + screen);
    }
}
