package dev.masklet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;

import dev.masklet.media.sample.SampleScene;
import dev.masklet.testing.ui.UiBot;
import dev.masklet.ui.MaskletUi;

/**
 * Issue 14, the toolbar: Masklet's commands are 16 px icons without text, and each tooltip names the command's key
 * as the binding service has it bound now (not text written into the label); the view bar's buttons too, read when
 * the pointer enters them.
 */
class ToolbarTest extends WorkbenchTestBase {
    @Test
    void toolbarIconsShowTheirCurrentKeyBinding() throws Exception {
        UiBot bot = Workbench.bot();
        Annotating.open(bot, new SampleScene(320, 180, 2), dir.resolve("toolbar.mp4"));
        for (String command : List.of(MaskletUi.TRACK_FORWARD_COMMAND, MaskletUi.FINISH_OBJECT_COMMAND,
                MaskletUi.SAVE_COMMAND, MaskletUi.EDIT_MODE_COMMAND)) {
            String name = bot.syncCall(() -> commandName(command));
            String key = bot.syncCall(() -> PlatformUI.getWorkbench().getService(IBindingService.class)
                    .getBestActiveBindingFormattedFor(command));
            assertNotNull(key, name + " has a key while the editor is active");
            bot.waitUntil("the " + name + " tool item names its key " + key, () -> bot.syncCall(() -> toolItems()
                    .stream().anyMatch(i -> (name + " (" + key + ")").equals(i.getToolTipText()))));
            ToolItem item = bot.syncCall(() -> toolItems().stream().filter(i -> i.getToolTipText() != null
                    && i.getToolTipText().startsWith(name + " (")).findFirst().orElseThrow());
            assertEquals("", bot.syncCall(item::getText), name + ": an icon, no text");
            Rectangle icon = bot.syncCall(() -> item.getImage().getBounds());
            assertEquals(16, icon.width, name + ": a 16 px icon");
            assertEquals(16, icon.height);
        }
        bot.screenshot("toolbar-icons");

        Button fit = bot.widgetWithId(Workbench.windowShell(bot), Button.class, MaskletUi.WIDGET_ID_KEY, "zoomFit");
        String fitKey = bot.syncCall(() -> PlatformUI.getWorkbench().getService(IBindingService.class)
                .getBestActiveBindingFormattedFor(MaskletUi.ZOOM_FIT_COMMAND));
        Point centre = bot.syncCall(() -> fit.toDisplay(fit.getSize().x / 2, fit.getSize().y / 2));
        bot.moveTo(centre);
        bot.waitUntil("the Fit button's tooltip names its key " + fitKey, () -> bot.syncCall(fit::getToolTipText)
                .endsWith("(" + fitKey + ")"));
        assertTrue(bot.syncCall(fit::getToolTipText).startsWith("Show the whole frame"));
    }

    private static String commandName(String id) {
        try {
            return PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(id).getName();
        } catch (org.eclipse.core.commands.common.NotDefinedException e) {
            throw new AssertionError("command " + id + " is not defined", e);
        }
    }

    /** Every tool item of the workbench window's toolbars. */
    private static List<ToolItem> toolItems() {
        List<ToolItem> items = new ArrayList<>();
        collect(Workbench.window().getShell(), items);
        return items;
    }

    private static void collect(Control c, List<ToolItem> items) {
        if (c instanceof ToolBar bar) {
            items.addAll(List.of(bar.getItems()));
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                collect(child, items);
            }
        }
    }
}
