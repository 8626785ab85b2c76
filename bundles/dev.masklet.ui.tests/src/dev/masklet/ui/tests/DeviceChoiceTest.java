package dev.masklet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.masklet.core.settings.MaskletPreferences;
import dev.masklet.testing.ui.UiBot;
import dev.masklet.ui.MaskletUi;

/**
 * The device choice (issue 15: the GPU as an installable option): Automatic, CPU or GPU (CUDA), in the Model view and
 * in Window > Preferences > Masklet, both writing {@code engine.device}; Automatic is the default.
 */
class DeviceChoiceTest {
    @AfterEach
    void reset() throws Exception {
        UiBot bot = Workbench.bot();
        bot.syncRun(() -> {
            for (Shell s : bot.display().getShells()) {
                if (s != Workbench.window().getShell() && !s.isDisposed()) {
                    s.close();
                }
            }
        });
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(MaskletPreferences.NODE);
        node.remove(MaskletPreferences.ENGINE_DEVICE);
        node.flush();
    }

    @Test
    void theModelViewOffersAutomaticCpuAndCudaAndStoresTheChoice() {
        UiBot bot = Workbench.bot();
        Combo device = bot.widgetWithId(Workbench.windowShell(bot), Combo.class, MaskletUi.WIDGET_ID_KEY,
                "deviceChoice");
        assertArrayEquals(new String[] {"Automatic (GPU when available)", "CPU", "GPU (CUDA)"},
                bot.syncCall(device::getItems));
        assertEquals("Automatic (GPU when available)", bot.syncCall(device::getText), "the default is automatic");
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(MaskletPreferences.NODE);
        bot.select(device, 2);
        assertEquals("cuda", node.get(MaskletPreferences.ENGINE_DEVICE, null));
        bot.screenshot("72-device-choice-cuda");
        bot.select(device, 1);
        assertEquals("cpu", node.get(MaskletPreferences.ENGINE_DEVICE, null));
        bot.select(device, 0);
        assertEquals("auto", node.get(MaskletPreferences.ENGINE_DEVICE, null));
    }

    @Test
    void thePreferencePageOffersTheSameThreeDevices() {
        UiBot bot = Workbench.bot();
        bot.display().asyncExec(() -> PreferencesUtil.createPreferenceDialogOn(Workbench.window().getShell(),
                MaskletUi.PREFERENCE_PAGE_ID, null, null).open());
        java.util.concurrent.atomic.AtomicReference<Shell> found = new java.util.concurrent.atomic.AtomicReference<>();
        bot.waitUntil("the Preferences dialog", () -> {
            for (Shell s : bot.display().getShells()) {
                if (s.isVisible() && s.getText().startsWith("Preferences")) {
                    found.set(s);
                }
            }
            return found.get() != null;
        });
        Shell dialog = found.get();
        Combo device = bot.find(dialog, Combo.class,
                c -> List.of(c.getItems()).contains("CPU") && c.getItemCount() == 3, "the Device combo");
        List<String> items = List.of(bot.syncCall(device::getItems));
        assertEquals(List.of("Automatic (GPU when available, else CPU)", "CPU",
                "GPU (CUDA; falls back to CPU with a message when missing)"), items);
        assertEquals(items.get(0), bot.syncCall(device::getText), "automatic is the default");
        bot.screenshot("52-preferences-device");
        bot.syncRun(dialog::close);
    }
}
