package dev.masklet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.media.sample.SampleScene;
import dev.masklet.testing.ui.UiBot;
import dev.masklet.ui.MaskletUi;
import dev.masklet.ui.internal.editor.MaskOverlayEditor;

/**
 * The Objects view as an object list: a click on a row outlines the object on the canvas, a double-click shows the
 * nearest frame with its mask, and its context menu deletes on the shown frame, on a 1-based range and entirely,
 * each confirmed with the number of masks and each undone with Ctrl+Z. Real clicks, keys and the real context menu.
 */
class ObjectsViewTest extends WorkbenchTestBase {
    @Test
    void selectJumpAndDeleteUndoably() throws Exception {
        UiBot bot = Workbench.bot();
        SampleScene scene = new SampleScene(640, 360, 6);
        MaskOverlayEditor editor = Annotating.open(bot, scene, dir.resolve("objects.mp4"));
        bot.syncRun(() -> {
            AnnotationProject p = editor.session().project();
            TrackedObject disk = p.addObject("disk");
            for (int f = 0; f <= 3; f++) {
                disk.putMask(f, scene.truth(SampleScene.DISK, f));
            }
            TrackedObject square = p.addObject("square");
            for (int f = 2; f <= 5; f++) {
                square.putMask(f, scene.truth(SampleScene.SQUARE, f));
            }
            editor.session().marks().prompted(0);
            editor.session().projectChanged();
        });
        Table table = bot.widgetWithId(Workbench.windowShell(bot), Table.class, MaskletUi.WIDGET_ID_KEY,
                "objectsTable");
        bot.waitUntil("two rows", () -> table.getItemCount() == 2);
        assertEquals("kept", bot.syncCall(() -> table.getItem(0).getText(3)), "a person's mask on a prompted frame");

        double[] disk = scene.geometry(SampleScene.DISK, 0);
        int whiteBefore = whitePixelsAround(bot, editor, disk);
        bot.clickAt(cell(bot, table, 0), 1);
        bot.waitUntil("the disk is selected", () -> editor.session().selected() != null
                && editor.session().selected().trackId() == 1);
        bot.waitUntil("the disk is outlined on the canvas",
                () -> whitePixelsAround(bot, editor, disk) > whiteBefore + 20);

        doubleClickUntil(bot, cell(bot, table, 1), () -> editor.session().frameIndex() == 2);
        assertEquals(2, (int) bot.syncCall(() -> editor.session().frameIndex()),
                "the square's nearest mask is shown (frame 3); selected row " + bot.syncCall(
                        table::getSelectionIndex) + ", selected object " + bot.syncCall(() -> editor.session()
                                .selected() == null ? "none" : editor.session().selected().label()));
        assertEquals(2, editor.session().selected().trackId());
        bot.screenshot("70-objects-view-selected");

        // delete on this frame: 1 mask
        bot.chooseContextMenu(table, cell(bot, table, 1), "Delete on This Frame");
        confirm(bot, "1 mask(s) of square (track 2) on frame(s) 3");
        bot.waitUntil("the square's mask on frame 3 is gone", () -> square(editor).mask(2) == null);

        // delete on a range: the dialog starts from the shown frame, 1-based
        bot.chooseContextMenu(table, cell(bot, table, 1), "Delete on Frames");
        Shell range = bot.shell("Delete Masks on Frames");
        Text text = bot.find(range, Text.class, t -> true, "the range");
        assertEquals("3-3", bot.syncCall(text::getText), "the shown frame, not the whole track");
        bot.syncRun(() -> {
            text.setFocus();
            text.selectAll();
        });
        bot.type("4-6");
        bot.pressKeyCode(SWT.CR, '\r');
        bot.waitUntil("the range dialog closed", range::isDisposed);
        confirm(bot, "3 mask(s) of square (track 2) on frame(s) 4-6");
        bot.waitUntil("the square has no masks left", () -> square(editor).masks().isEmpty());

        // delete entirely
        bot.chooseContextMenu(table, cell(bot, table, 0), "Delete Object");
        confirm(bot, "Delete disk (track 1) entirely, with its 4 mask(s)");
        bot.waitUntil("one object left", () -> editor.session().project().objects().size() == 1);
        bot.waitUntil("one row left", () -> table.getItemCount() == 1);

        Annotating.focusEditor(bot, editor);
        bot.press(SWT.CTRL, 'z');
        bot.waitUntil("undo brings the disk back with its masks", () -> editor.session().project().object(1)
                .map(o -> o.masks().size() == 4).orElse(false));
        bot.press(SWT.CTRL, 'z');
        bot.waitUntil("undo brings frames 4-6 back", () -> square(editor).masks().size() == 3);
        bot.press(SWT.CTRL, 'z');
        bot.waitUntil("undo brings frame 3 back", () -> square(editor).masks().size() == 4);
        assertNotNull(square(editor).mask(2));
        bot.waitUntil("two rows again", () -> table.getItemCount() == 2);
    }

    @Test
    void contextMenuOffersTheObjectActions() throws Exception {
        UiBot bot = Workbench.bot();
        SampleScene scene = new SampleScene(640, 360, 3);
        MaskOverlayEditor editor = Annotating.open(bot, scene, dir.resolve("menu.mp4"));
        bot.syncRun(() -> {
            editor.session().project().addObject("disk").putMask(0, scene.truth(SampleScene.DISK, 0));
            editor.session().projectChanged();
        });
        Table table = bot.widgetWithId(Workbench.windowShell(bot), Table.class, MaskletUi.WIDGET_ID_KEY,
                "objectsTable");
        bot.waitUntil("one row", () -> table.getItemCount() == 1);
        bot.clickAt(cell(bot, table, 0), 1);
        bot.chooseContextMenu(table, cell(bot, table, 0), "Hide");
        bot.waitUntil("hidden", () -> !editor.session().isObjectVisible(1));
        assertTrue(editor.session().visibleObjects().isEmpty());
        bot.chooseContextMenu(table, cell(bot, table, 0), "Show");
        bot.waitUntil("shown again", () -> editor.session().isObjectVisible(1));

        bot.chooseContextMenu(table, cell(bot, table, 0), "Relabel");
        Shell relabel = bot.shell("Relabel Object");
        bot.type("ball");
        bot.pressKeyCode(SWT.CR, '\r');
        bot.waitUntil("relabelled", () -> editor.session().project().object(1).orElseThrow().label().equals("ball"));
        bot.waitUntil("relabel dialog closed", relabel::isDisposed);

        bot.chooseContextMenu(table, cell(bot, table, 0), "Change Track ID");
        Shell id = bot.shell("Change Track ID");
        bot.type("9");
        bot.pressKeyCode(SWT.CR, '\r');
        bot.waitUntil("id dialog closed", id::isDisposed);
        bot.waitUntil("renumbered", () -> editor.session().project().object(9).isPresent());
        assertNull(editor.session().project().object(1).orElse(null));

        // the menu as the user sees it, for the screenshot
        bot.clickAt(cell(bot, table, 0), 3);
        bot.waitUntil("the context menu is shown", () -> table.getMenu().isVisible());
        bot.screenshot("71-objects-context-menu");
        bot.pressKeyCode(SWT.ESC, (char) 27);
        bot.waitUntil("the context menu closed", () -> !table.getMenu().isVisible());
    }

    /**
     * Double-clicks until the condition holds, three tries: on a loaded machine the toolkit may take the two
     * clicks as two single clicks when the test thread is held up between them for longer than the double-click time.
     */
    private static void doubleClickUntil(UiBot bot, Point at, java.util.function.Supplier<Boolean> done) {
        for (int i = 0; i < 3; i++) {
            bot.doubleClickAt(at);
            try {
                bot.waitUntil("the double-click took effect", done, java.time.Duration.ofSeconds(5));
                return;
            } catch (AssertionError e) {
                UiBot.sleep(600); // the next try must not join the last click into a triple click
            }
        }
    }

    private static TrackedObject square(MaskOverlayEditor editor) {
        return editor.session().project().object(2).orElseThrow();
    }

    /** The display position of row {@code row}'s label cell. */
    private static Point cell(UiBot bot, Table table, int row) {
        return bot.syncCall(() -> {
            Rectangle b = table.getItem(row).getBounds(2);
            return table.toDisplay(b.x + b.width / 2, b.y + b.height / 2);
        });
    }

    /** Waits for the delete confirmation, checks that it names the count, and presses Enter (its default: Delete). */
    private static void confirm(UiBot bot, String expected) {
        Shell dialog = bot.shell("Delete Masks");
        String message = Workbench.dialogMessage(bot, dialog);
        assertTrue(message.contains(expected), message);
        bot.pressKeyCode(SWT.CR, '\r');
        bot.waitUntil("the confirmation closed", dialog::isDisposed);
    }

    /** Pure white pixels on the screen in a box around an object of the scene (the highlight's colour). */
    private static int whitePixelsAround(UiBot bot, MaskOverlayEditor editor, double[] geometry) {
        return bot.syncCall(() -> {
            double cx = geometry[0];
            double cy = geometry[1];
            Point a = editor.imageToDisplay(cx - 60, cy - 60);
            Point b = editor.imageToDisplay(cx + 60, cy + 60);
            Image shot = new Image(bot.display(), b.x - a.x, b.y - a.y);
            GC gc = new GC(bot.display());
            try {
                gc.copyArea(shot, a.x, a.y);
                ImageData data = shot.getImageData();
                int white = 0;
                for (int y = 0; y < data.height; y++) {
                    for (int x = 0; x < data.width; x++) {
                        if ((data.getPixel(x, y) & 0xFFFFFF) == 0xFFFFFF) {
                            white++;
                        }
                    }
                }
                return white;
            } finally {
                gc.dispose();
                shot.dispose();
            }
        });
    }
}
