package dev.masklet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.masklet.core.settings.MaskletPreferences;
import dev.masklet.testing.ui.UiBot;
import dev.masklet.ui.MaskletUi;

/** Window > Preferences > Masklet writes what the user types under MaskletPreferences' names in node dev.masklet. */
class PreferencePageTest {
    @AfterEach
    void reset() throws Exception {
        UiBot bot = Workbench.bot();
        bot.syncRun(() -> {
            // a failed run must not leave a modal dialog over the workbench for the next test
            for (Shell s : bot.display().getShells()) {
                if (s != Workbench.window().getShell() && !s.isDisposed()) {
                    s.close();
                }
            }
        });
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(MaskletPreferences.NODE);
        node.remove(MaskletPreferences.ENGINE_THREADS);
        node.remove(MaskletPreferences.GEOMETRY_POLYGON_EPSILON);
        node.remove(MaskletPreferences.TRACKING_MIN_SPECK_PIXELS);
        node.flush();
    }

    @Test
    void typedValuesAreStoredUnderTheSharedNames() throws Exception {
        UiBot bot = Workbench.bot();
        Shell dialog = openPreferences(bot, MaskletUi.PREFERENCE_PAGE_ID);
        Text threads = bot.find(dialog, Text.class, t -> "0".equals(t.getText()), "the threads field (0)");
        bot.syncRun(() -> {
            threads.setFocus();
            threads.selectAll();
        });
        bot.type("3");
        Text epsilon = bot.find(dialog, Text.class, t -> "1.0".equals(t.getText()), "the polygon fineness field");
        bot.syncRun(() -> {
            epsilon.setFocus();
            epsilon.selectAll();
        });
        bot.type("2.5");
        Text specks = bot.find(dialog, Text.class, t -> {
            org.eclipse.swt.widgets.Control[] row = t.getParent().getChildren();
            int i = java.util.Arrays.asList(row).indexOf(t);
            return i > 0 && row[i - 1] instanceof org.eclipse.swt.widgets.Label l
                    && l.getText().startsWith("Remove islands and fill holes smaller than");
        }, "the clean-up field of tracked masks");
        assertEquals("0", bot.syncCall(specks::getText), "clean-up is off by default");
        bot.syncRun(() -> {
            specks.setFocus();
            specks.selectAll();
        });
        bot.type("50");
        bot.screenshot("50-preferences-masklet");
        bot.click(bot.find(dialog, org.eclipse.swt.widgets.Button.class,
                b -> b.getText().replace("&", "").startsWith("Apply and Close"), "Apply and Close"));
        bot.waitUntil("the preferences closed", dialog::isDisposed);
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(MaskletPreferences.NODE);
        assertEquals(3, node.getInt(MaskletPreferences.ENGINE_THREADS, -1));
        assertEquals(2.5, node.getDouble(MaskletPreferences.GEOMETRY_POLYGON_EPSILON, -1), 1e-9);
        assertEquals(50, node.getInt(MaskletPreferences.TRACKING_MIN_SPECK_PIXELS, -1));
    }

    /**
     * Window > Preferences > Keys (registered by Masklet, as the product has no IDE) lists Masklet's commands with
     * their keys in the annotation context, where users rebind them.
     */
    @Test
    void theKeysPageListsMaskletsBindings() throws Exception {
        UiBot bot = Workbench.bot();
        Shell dialog = openPreferences(bot, "dev.masklet.ui.preferences.keys");
        org.eclipse.swt.widgets.Tree bindings = bot.find(dialog, org.eclipse.swt.widgets.Tree.class,
                t -> t.getColumnCount() >= 3, "the bindings table of the Keys page");
        bot.waitUntil("Finish Object is bound to F in the annotation context", () -> {
            for (org.eclipse.swt.widgets.TreeItem item : bindings.getItems()) {
                if (item.getText(0).equals("Finish Object") && item.getText(1).equals("F")
                        && item.getText(2).contains("Masklet")) {
                    return true;
                }
            }
            return false;
        });
        bot.screenshot("51-preferences-keys");
        bot.syncRun(dialog::close);
    }

    /** Opens Window > Preferences on a page, from the event loop (the dialog is modal), and returns its shell. */
    private static Shell openPreferences(UiBot bot, String pageId) {
        bot.display().asyncExec(() -> PreferencesUtil.createPreferenceDialogOn(Workbench.window().getShell(),
                pageId, null, null).open());
        java.util.concurrent.atomic.AtomicReference<Shell> found = new java.util.concurrent.atomic.AtomicReference<>();
        bot.waitUntil("the Preferences dialog", () -> {
            for (Shell s : bot.display().getShells()) {
                if (s.isVisible() && s.getText().startsWith("Preferences")) {
                    found.set(s);
                }
            }
            return found.get() != null;
        });
        return found.get();
    }
}
