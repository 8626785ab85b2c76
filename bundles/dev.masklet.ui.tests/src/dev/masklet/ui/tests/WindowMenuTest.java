package dev.masklet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;

import dev.masklet.testing.ui.UiBot;
import dev.masklet.ui.MaskletUi;

/**
 * A closed view is never gone for good: Window > Show View brings it back (also the Progress view), Window > Reset
 * Perspective restores the layout; Help > Show Key Assist lists the key bindings.
 */
class WindowMenuTest extends WorkbenchTestBase {
    private static final String PROGRESS_VIEW_ID = "org.eclipse.ui.views.ProgressView";

    private static IWorkbenchPage page() {
        return Workbench.window().getActivePage();
    }

    private static boolean shown(UiBot bot, String viewId) {
        return bot.syncCall(() -> page().findView(viewId) != null);
    }

    private static void close(UiBot bot, String viewId) {
        bot.syncRun(() -> {
            IViewPart view = page().findView(viewId);
            page().hideView(view); // what the view tab's close button does
        });
        assertNull(bot.syncCall(() -> page().findView(viewId)), viewId + " is closed");
    }

    @Test
    void showViewAndResetPerspectiveBringAClosedViewBack() {
        UiBot bot = Workbench.bot();
        Shell window = Workbench.windowShell(bot);
        close(bot, MaskletUi.OBJECTS_VIEW_ID);
        bot.chooseMenu(window, "Window", "Show View", "Objects");
        bot.waitUntil("Show View brought the Objects view back", () -> shown(bot, MaskletUi.OBJECTS_VIEW_ID));

        bot.chooseMenu(window, "Window", "Show View", "Progress");
        bot.waitUntil("the Progress view is shown", () -> shown(bot, PROGRESS_VIEW_ID));

        close(bot, MaskletUi.MODEL_VIEW_ID);
        close(bot, MaskletUi.LABELS_VIEW_ID);
        bot.chooseMenu(window, "Window", "Reset Perspective");
        Shell confirm = bot.shell("Reset Perspective");
        Button reset = bot.find(confirm, Button.class, b -> b.getText().replace("&", "").startsWith("Reset"),
                "the Reset button");
        bot.click(reset);
        bot.waitUntil("Reset Perspective brought the Model and Labels views back", () -> shown(bot,
                MaskletUi.MODEL_VIEW_ID) && shown(bot, MaskletUi.LABELS_VIEW_ID));
        bot.waitUntil("the Progress view, not part of the perspective, is gone", () -> !shown(bot, PROGRESS_VIEW_ID));
        assertTrue(shown(bot, MaskletUi.OBJECTS_VIEW_ID));
        bot.screenshot("40-window-menu-after-reset");
    }

    private static boolean listsBinding(org.eclipse.swt.widgets.Composite root, String key) {
        for (org.eclipse.swt.widgets.Control c : root.getChildren()) {
            if (c instanceof Table t && Arrays.stream(t.getItems()).anyMatch(i -> {
                for (int col = 0; col < Math.max(1, t.getColumnCount()); col++) {
                    if (i.getText(col).contains(key)) {
                        return true;
                    }
                }
                return false;
            })) {
                return true;
            }
            if (c instanceof org.eclipse.swt.widgets.Composite comp && listsBinding(comp, key)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void keyAssistListsTheBindings() {
        UiBot bot = Workbench.bot();
        Shell window = Workbench.windowShell(bot);
        bot.chooseMenu(window, "Help", "Key Assist");
        java.util.concurrent.atomic.AtomicReference<Shell> popup = new java.util.concurrent.atomic.AtomicReference<>();
        bot.waitUntil("Key Assist lists Open Video's Ctrl+O", () -> bot.syncCall(() -> {
            for (Shell shell : bot.display().getShells()) {
                if (shell != window && shell.isVisible() && listsBinding(shell, "Ctrl+O")) {
                    popup.set(shell);
                    return true;
                }
            }
            return false;
        }));
        bot.screenshot("41-key-assist");
        bot.syncRun(() -> popup.get().close());
        bot.waitUntil("key assist closed", popup.get()::isDisposed);
        assertTrue(bot.syncCall(() -> !window.isDisposed()));
    }
}
