package dev.masklet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.media.sample.SampleScene;
import dev.masklet.testing.ui.UiBot;
import dev.masklet.ui.MaskletUi;
import dev.masklet.ui.internal.editor.MaskOverlayEditor;
import dev.masklet.ui.internal.editor.model.PromptState;

/**
 * Issue 14, multimask with real events on the real default model: one click gives the model's three candidate masks;
 * the indicator beside the status line says "Mask 1 of 3" with the model's predicted IoU in percent (and a tooltip
 * that explains it); Tab shows the next candidate (another mask, "Mask 2 of 3"), Shift+Tab the previous; F keeps the
 * candidate shown.
 */
class MultimaskTest extends WorkbenchTestBase {
    @Test
    void tabStepsThroughTheCandidateMasks() throws Exception {
        UiBot bot = Workbench.bot();
        SampleScene scene = new SampleScene(640, 360, 2);
        MaskOverlayEditor editor = Annotating.open(bot, scene, dir.resolve("multimask.mp4"));
        double[] disk = scene.geometry(SampleScene.DISK, 0);
        bot.clickAt(bot.syncCall(() -> editor.imageToDisplay(disk[0], disk[1])), 1);
        PromptState prompts = editor.session().prompts();
        bot.waitUntil("a mask", () -> prompts.prediction() != null);
        assertEquals(3, bot.syncCall(prompts::candidateCount), "one click gives the model's three candidates");
        Label indicator = bot.widgetWithId(Workbench.windowShell(bot), Label.class, MaskletUi.WIDGET_ID_KEY,
                "maskCandidate");
        String first = bot.syncCall(indicator::getText);
        assertTrue(first.matches("Mask 1 of 3 · IoU \\d{1,3} %"), "the indicator: " + first);
        assertTrue(bot.syncCall(indicator::getToolTipText).contains("predicted intersection over union"),
                "the tooltip explains the figure");
        String status = bot.syncCall(() -> editor.session().status());
        assertTrue(status.contains("IoU estimate") && status.contains("%") && !status.contains("score"),
                "the status line says the IoU in percent: " + status);
        BinaryMask best = bot.syncCall(() -> prompts.prediction().mask());
        bot.screenshot("multimask-1-of-3");

        bot.pressKeyCode(SWT.TAB, '\t');
        bot.waitUntil("Tab shows the second candidate", () -> bot.syncCall(indicator::getText)
                .startsWith("Mask 2 of 3"));
        BinaryMask second = bot.syncCall(() -> prompts.prediction().mask());
        assertFalse(Arrays.equals(best.bits(), second.bits()), "the second candidate is another mask");
        assertTrue(second.area() > 0, "and not an empty one");
        bot.screenshot("multimask-2-of-3");

        bot.press(SWT.SHIFT, '\t');
        bot.waitUntil("Shift+Tab goes back to the first", () -> bot.syncCall(indicator::getText)
                .startsWith("Mask 1 of 3"));
        assertArrayEquals(best.bits(), bot.syncCall(() -> prompts.prediction().mask()).bits(), "the best again");

        bot.pressKeyCode(SWT.TAB, '\t');
        bot.waitUntil("the second candidate again", () -> bot.syncCall(indicator::getText).startsWith("Mask 2 of 3"));
        bot.press(0, 'f');
        Shell dialog = bot.shell("New Object");
        Text label = bot.widgetWithId(dialog, Text.class, MaskletUi.WIDGET_ID_KEY, "objectLabel");
        bot.syncRun(label::setFocus);
        bot.type("disk");
        bot.pressKeyCode(SWT.CR, '\r');
        bot.waitUntil("the dialog closed", dialog::isDisposed);
        bot.waitUntil("the object is kept", () -> editor.session().project().objects().size() == 1);
        assertArrayEquals(second.bits(), editor.session().project().objects().get(0).mask(0).bits(),
                "F kept the candidate shown");
        bot.waitUntil("the indicator is empty once the mask is kept", () -> bot.syncCall(indicator::getText)
                .isEmpty());
    }
}
