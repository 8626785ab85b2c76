package dev.masklet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;

import dev.masklet.core.model.TrackedObject;
import dev.masklet.media.sample.SampleScene;
import dev.masklet.testing.ui.UiBot;
import dev.masklet.ui.MaskletUi;
import dev.masklet.ui.internal.editor.MaskOverlayEditor;

/**
 * Track Backward (Ctrl+Shift+M) from an object kept on the last frame, Track Frame Range from the menu command,
 * Ctrl+arrows between prompted frames, and the Objects view's state column and visibility check box.
 */
class TrackDirectionsTest extends WorkbenchTestBase {
    private static final int FRAMES = 10;

    @Test
    void backwardRangeAndPromptedFrameNavigation() throws Exception {
        UiBot bot = Workbench.bot();
        SampleScene scene = new SampleScene(640, 360, FRAMES);
        MaskOverlayEditor editor = Annotating.open(bot, scene, dir.resolve("back.mp4"));
        int last = FRAMES - 1;
        bot.syncRun(() -> editor.goToFrame(last));
        bot.waitUntil("the last frame is encoded", editor::isFrameEncoded, Duration.ofSeconds(90));
        Annotating.keep(bot, editor, scene.geometry(SampleScene.DISK, last), "disk", 1, 0);

        bot.press(SWT.CTRL | SWT.SHIFT, 'm');
        bot.waitUntil("backward tracking started", () -> editor.session().isTracking());
        bot.waitUntil("backward tracking finished", () -> !editor.session().isTracking(), Duration.ofSeconds(300));
        TrackedObject disk = editor.session().project().object(1).orElseThrow();
        assertEquals(FRAMES, disk.masks().size(), "the disk has a mask on every frame");
        bot.syncRun(() -> editor.goToFrame(0));
        bot.screenshot("61-tracked-backward-frame-1");
        StringBuilder ious = new StringBuilder();
        for (int f = 0; f < FRAMES; f++) {
            ious.append(String.format(" %.2f", disk.mask(f).iou(scene.truth(SampleScene.DISK, f))));
        }
        double iou = disk.mask(0).iou(scene.truth(SampleScene.DISK, 0));
        assertTrue(iou > 0.8, "tracked back to frame 1: IoU per frame" + ious);

        // Ctrl+Left / Ctrl+Right jump between prompted frames
        bot.syncRun(() -> editor.goToFrame(0));
        pressCtrlArrow(bot, SWT.ARROW_RIGHT);
        bot.waitUntil("Ctrl+Right goes to the prompted last frame", () -> editor.session().frameIndex() == last);

        // the objects view: state on the shown frame, and hiding an object
        Table objects = bot.widgetWithId(Workbench.windowShell(bot), Table.class, MaskletUi.WIDGET_ID_KEY,
                "objectsTable");
        bot.waitUntil("the objects view says kept on the prompted last frame", () -> objects.getItemCount() == 1
                && objects.getItem(0).getText(3).equals("kept"));
        bot.press(0, 'a');
        bot.waitUntil("the objects view says tracked on the frame before",
                () -> editor.session().frameIndex() == last - 1
                && objects.getItem(0).getText(3).equals("tracked"));
        bot.syncRun(() -> {
            TableItem item = objects.getItem(0);
            item.setChecked(false);
            org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
            e.item = item;
            e.detail = SWT.CHECK;
            objects.notifyListeners(SWT.Selection, e);
        });
        bot.waitUntil("unchecking hides the disk", () -> !editor.session().isObjectVisible(1));

        // Track Frame Range: remove frames 2-3 of the disk, then track 1..3 again from frame 1
        bot.syncRun(() -> {
            disk.removeMask(1);
            disk.removeMask(2);
            editor.goToFrame(0);
        });
        Workbench.runCommand(bot, MaskletUi.TRACK_RANGE_COMMAND);
        Shell range = bot.shell("Track Frame Range");
        bot.type("1-3");
        bot.pressKeyCode(SWT.CR, '\r');
        bot.waitUntil("the range dialog closed", range::isDisposed);
        Annotating.focusEditor(bot, editor);
        bot.waitUntil("range tracking started", () -> editor.session().isTracking() || disk.mask(2) != null);
        bot.waitUntil("range tracking finished", () -> !editor.session().isTracking(), Duration.ofSeconds(300));
        assertTrue(disk.mask(1) != null && disk.mask(2) != null, "frames 2 and 3 are tracked again");
    }

    private static void pressCtrlArrow(UiBot bot, int arrow) {
        bot.syncRun(() -> {
            org.eclipse.swt.widgets.Event down = new org.eclipse.swt.widgets.Event();
            down.type = SWT.KeyDown;
            down.keyCode = SWT.CTRL;
            bot.display().post(down);
        });
        UiBot.sleep(30);
        bot.pressKeyCode(arrow, (char) 0);
        UiBot.sleep(30);
        bot.syncRun(() -> {
            org.eclipse.swt.widgets.Event up = new org.eclipse.swt.widgets.Event();
            up.type = SWT.KeyUp;
            up.keyCode = SWT.CTRL;
            bot.display().post(up);
        });
        UiBot.sleep(60);
    }
}
