package dev.masklet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.media.sample.SampleScene;
import dev.masklet.testing.ui.UiBot;
import dev.masklet.ui.MaskletUi;
import dev.masklet.ui.internal.editor.render.LabelColors;
import dev.masklet.ui.internal.editor.MaskOverlayEditor;
import dev.masklet.ui.internal.editor.operations.ProjectEdit;
import dev.masklet.ui.internal.editor.operations.ProjectEdits;

/** The Track-ID and Label Managers driven through their dialogs, each action undone with Ctrl+Z. */
class ManagersTest extends WorkbenchTestBase {
    @Test
    void reassignMergeAndCutTracksThenMergeLabelsUndoably() throws Exception {
        UiBot bot = Workbench.bot();
        SampleScene scene = new SampleScene(640, 360, 3);
        MaskOverlayEditor editor = Annotating.open(bot, scene, dir.resolve("managers.mp4"));
        Annotating.keep(bot, editor, scene.geometry(SampleScene.DISK, 0), "disk", 1, 0);
        Annotating.keep(bot, editor, scene.geometry(SampleScene.SQUARE, 0), "square", 2, 0);
        BinaryMask square = editor.session().project().object(2).orElseThrow().mask(0);

        Shell manager = openManager(bot, MaskletUi.TRACK_ID_MANAGER_COMMAND, "Track-ID Manager");
        selectRow(bot, manager, 1);
        answer(bot, manager, "Reassign ID...", "Reassign Track ID", "7");
        bot.waitUntil("track 2 is now 7", () -> ids(editor).equals(List.of(1, 7)));
        assertEquals(square, editor.session().project().object(7).orElseThrow().mask(0), "the masks go with the track");
        bot.screenshot("60-track-id-manager");
        selectRow(bot, manager, 0);
        bot.click(bot.button(manager, "Delete Frames..."));
        Shell range = bot.shell("Delete Frames of a Track");
        Text rangeText = bot.find(range, Text.class, t -> true, "the range");
        assertEquals("1-1", bot.syncCall(rangeText::getText), "the shown frame (1-based), not the whole track");
        bot.pressKeyCode(SWT.CR, '\r');
        bot.waitUntil("the range dialog closed", range::isDisposed);
        confirm(bot, "Delete 1 mask(s) of track 1 (disk) on frames 1-1?");
        bot.waitUntil("track 1 has no mask on frame 1", () -> editor.session().project().object(1).orElseThrow()
                .mask(0) == null);
        close(bot, manager, editor);
        bot.press(SWT.CTRL, 'z');
        bot.waitUntil("undo gives the mask back",
                () -> editor.session().project().object(1).orElseThrow().mask(0) != null);
        bot.press(SWT.CTRL, 'z');
        bot.waitUntil("undo gives id 2 back", () -> ids(editor).equals(List.of(1, 2)));

        manager = openManager(bot, MaskletUi.TRACK_ID_MANAGER_COMMAND, "Track-ID Manager");
        selectRow(bot, manager, 1);
        answer(bot, manager, "Merge Into...", "Merge Tracks", "1");
        confirm(bot, "1 mask(s) of track 2 are deleted");
        bot.waitUntil("track 2 merged into 1", () -> ids(editor).equals(List.of(1)));
        close(bot, manager, editor);
        bot.press(SWT.CTRL, 'z');
        bot.waitUntil("undo splits them again", () -> ids(editor).equals(List.of(1, 2)));

        manager = openManager(bot, MaskletUi.LABEL_MANAGER_COMMAND, "Label Manager");
        org.eclipse.swt.widgets.List labels = bot.widgetWithId(manager, org.eclipse.swt.widgets.List.class,
                MaskletUi.WIDGET_ID_KEY, "labelList");
        bot.syncRun(() -> {
            labels.select(0);
            labels.notifyListeners(SWT.Selection, new Event());
        });
        answer(bot, manager, "Merge Into...", "Merge Label", "square");
        bot.waitUntil("both objects are squares", () -> editor.session().project().objects().stream()
                .allMatch(o -> o.label().equals("square")));
        close(bot, manager, editor);
        bot.press(SWT.CTRL, 'z');
        bot.waitUntil("undo gives the disk its label back",
                () -> editor.session().project().object(1).orElseThrow().label().equals("disk"));
        assertNotNull(editor.session().project().object(2).orElseThrow().mask(0));

        // recolouring (the dialog's colour chooser is GTK's own, which the driver cannot operate: the same edit the
        // dialog makes, then undo with the key)
        RGB before = bot.syncCall(() -> LabelColors.of("disk", 1));
        RGB chosen = new RGB(12, 200, 99);
        bot.syncRun(() -> ProjectEdit.apply(editor.session(), "Recolour label disk",
                p -> ProjectEdits.recolour("disk", chosen)));
        assertEquals(chosen, bot.syncCall(() -> LabelColors.of("disk", 1)));
        Annotating.focusEditor(bot, editor);
        bot.press(SWT.CTRL, 'z');
        bot.waitUntil("undo gives the disk its colour back", () -> LabelColors.of("disk", 1).equals(before));
    }

    private static Shell openManager(UiBot bot, String command, String title) {
        Workbench.runCommand(bot, command);
        return bot.shell(title);
    }

    private static void selectRow(UiBot bot, Shell manager, int row) {
        Table table = bot.find(manager, Table.class, t -> true, "the track table");
        bot.syncRun(() -> {
            table.setSelection(row);
            table.notifyListeners(SWT.Selection, new Event());
        });
    }

    /** Clicks a manager button, types into the input dialog it opens and presses Enter. */
    private static void answer(UiBot bot, Shell manager, String button, String dialogTitle, String text) {
        bot.click(bot.button(manager, button));
        Shell input = bot.shell(dialogTitle);
        bot.type(text);
        bot.pressKeyCode(SWT.CR, '\r');
        bot.waitUntil(dialogTitle + " closed", input::isDisposed);
    }

    /** Waits for the delete confirmation, checks that it says the count, and presses Enter (its default: Delete). */
    private static void confirm(UiBot bot, String expected) {
        Shell dialog = bot.shell("Delete Masks");
        String message = Workbench.dialogMessage(bot, dialog);
        assertTrue(message.contains(expected), message);
        bot.pressKeyCode(SWT.CR, '\r');
        bot.waitUntil("the confirmation closed", dialog::isDisposed);
    }

    private static void close(UiBot bot, Shell manager, MaskOverlayEditor editor) {
        bot.click(bot.button(manager, "Close"));
        bot.waitUntil("the manager closed", manager::isDisposed);
        Annotating.focusEditor(bot, editor);
    }

    private static List<Integer> ids(MaskOverlayEditor editor) {
        return editor.session().project().objects().stream().map(TrackedObject::trackId).sorted().toList();
    }
}
