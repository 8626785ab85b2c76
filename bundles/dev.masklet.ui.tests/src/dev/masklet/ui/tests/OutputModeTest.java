package dev.masklet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.junit.jupiter.api.Test;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.core.store.ProjectStore;
import dev.masklet.media.sample.SampleScene;
import dev.masklet.testing.ui.UiBot;
import dev.masklet.ui.MaskletUi;
import dev.masklet.ui.internal.editor.MaskOverlayEditor;
import dev.masklet.ui.internal.editor.model.OutputMode;
import dev.masklet.ui.internal.editor.model.OutputShapes;

/**
 * Issue 14, output mode with real events on the real default model: Box chosen in the view bar is saved with the
 * project; Apply to Objects stores the kept disk's mask as its box, Ctrl+Z gives the mask back bit for bit (also in
 * the saved files); the project opens again in Box mode.
 */
class OutputModeTest extends WorkbenchTestBase {
    @Test
    void applyToObjectsConvertsUndoablyAndTheModeIsKeptWithTheProject() throws Exception {
        UiBot bot = Workbench.bot();
        SampleScene scene = new SampleScene(640, 360, 2);
        Path video = dir.resolve("output.mp4");
        MaskOverlayEditor editor = Annotating.open(bot, scene, video);
        Annotating.keep(bot, editor, scene.geometry(SampleScene.DISK, 0), "disk", 1, 0);
        TrackedObject disk = editor.session().project().object(1).orElseThrow();
        BinaryMask mask = bot.syncCall(() -> disk.mask(0));
        Path projectFile = editor.session().projectFile();
        assertEquals("", ProjectStore.load(projectFile).outputMode(), "no mode chosen yet");

        Combo output = bot.widgetWithId(Workbench.windowShell(bot), Combo.class, MaskletUi.WIDGET_ID_KEY, "outputMode");
        Button apply = bot.widgetWithId(Workbench.windowShell(bot), Button.class, MaskletUi.WIDGET_ID_KEY,
                "applyOutputMode");
        assertFalse(bot.syncCall(apply::isEnabled), "masks cannot be made from shapes: no Apply in Mask mode");
        bot.select(output, OutputMode.BOX.ordinal());
        assertEquals(OutputMode.BOX, editor.session().settings().outputMode());
        assertEquals("box", ProjectStore.load(projectFile).outputMode(), "the mode is saved with the project");
        assertTrue(bot.syncCall(() -> output.getToolTipText()) == null, "no tooltip over the drop-down");
        assertTrue(bot.syncCall(apply::isEnabled));

        bot.click(apply);
        BinaryMask box = OutputShapes.stored(mask, OutputMode.BOX, OutputShapes.polygonEpsilon());
        bot.waitUntil("the disk is stored as its box", () -> bot.syncCall(() -> Arrays.equals(box.bits(),
                disk.mask(0).bits())), Duration.ofSeconds(30));
        assertTrue(box.area() > mask.area(), "a box is larger than the disk it bounds");
        assertArrayEquals(box.bits(), ProjectStore.load(projectFile).object(1).orElseThrow().mask(0).bits(),
                "saved as a box");
        bot.screenshot("output-mode-box-applied");

        Annotating.focusEditor(bot, editor);
        bot.press(SWT.CTRL, 'z');
        bot.waitUntil("Ctrl+Z gives the mask back", () -> bot.syncCall(() -> Arrays.equals(mask.bits(),
                disk.mask(0).bits())));
        assertArrayEquals(mask.bits(), ProjectStore.load(projectFile).object(1).orElseThrow().mask(0).bits(),
                "the saved frame has the mask again");

        Workbench.closeAllEditors(bot);
        Workbench.openVideo(bot, video);
        bot.waitUntil("the editor is open again", () -> Workbench.activeEditor(bot) != null);
        MaskOverlayEditor reopened = Workbench.activeEditor(bot);
        assertNotNull(reopened);
        assertEquals(OutputMode.BOX, reopened.session().settings().outputMode(), "the project opens in Box mode");
        Combo again = bot.widgetWithId(Workbench.windowShell(bot), Combo.class, MaskletUi.WIDGET_ID_KEY,
                "outputMode");
        assertEquals("Box", bot.syncCall(again::getText), "and the view bar says so");
    }
}
