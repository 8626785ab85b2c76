package dev.masklet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.media.sample.SampleScene;
import dev.masklet.testing.ui.UiBot;
import dev.masklet.ui.MaskletUi;
import dev.masklet.ui.internal.editor.MaskOverlayEditor;

/**
 * Issue 14, F's dialog with real events on the real default model: on frame 1 with nothing kept it opens on a new
 * object with an empty label (never the last label used); a typed track id that is taken is refused with a message
 * and a free one is given to the new object; Enter while the label's completion list is open accepts in one press.
 * After tracking, F on a tracked frame opens on the object the new mask overlaps, with its label, and one Enter
 * corrects it (no duplicate object).
 */
class FinishObjectDialogTest extends WorkbenchTestBase {
    @Test
    void preselectsTheOverlappedObjectAndOneEnterAccepts() throws Exception {
        UiBot bot = Workbench.bot();
        SampleScene scene = new SampleScene(640, 360, 3);
        MaskOverlayEditor editor = Annotating.open(bot, scene, dir.resolve("dialog.mp4"));

        // nothing kept yet: a new object, empty label
        Shell dialog = pressF(bot, editor, scene.geometry(SampleScene.DISK, 0));
        Text label = field(bot, dialog, "objectLabel");
        Combo object = bot.widgetWithId(dialog, Combo.class, MaskletUi.WIDGET_ID_KEY, "objectTrack");
        assertEquals("", bot.syncCall(label::getText), "the label starts empty");
        assertEquals(0, bot.syncCall(object::getSelectionIndex), "a new object");
        Button ok = okButton(bot, dialog);
        assertFalse(bot.syncCall(ok::isEnabled), "no OK without a label");
        focus(bot, label);
        bot.type("shape");
        bot.pressKeyCode(SWT.CR, '\r');
        bot.waitUntil("the dialog closed", dialog::isDisposed);
        bot.waitUntil("the disk is kept", () -> editor.session().project().objects().size() == 1);
        Annotating.focusEditor(bot, editor);

        // the square: a new object again (it overlaps nothing), label empty (not "shape"), a typed track id
        Shell second = pressF(bot, editor, scene.geometry(SampleScene.SQUARE, 0));
        Text secondLabel = field(bot, second, "objectLabel");
        assertEquals("", bot.syncCall(secondLabel::getText), "not the last label used");
        Combo secondObject = bot.widgetWithId(second, Combo.class, MaskletUi.WIDGET_ID_KEY, "objectTrack");
        assertEquals(0, bot.syncCall(secondObject::getSelectionIndex), "a new object");
        Text trackId = field(bot, second, "objectNewTrackId");
        assertEquals("2", bot.syncCall(trackId::getText), "the next free track id is offered");
        focus(bot, trackId);
        bot.type("1");
        Label problem = bot.widgetWithId(second, Label.class, MaskletUi.WIDGET_ID_KEY, "objectProblem");
        bot.waitUntil("a taken id is refused with a message", () -> bot.syncCall(problem::getText)
                .contains("Track id 1 is taken by 'shape'"));
        Button secondOk = okButton(bot, second);
        assertFalse(bot.syncCall(secondOk::isEnabled), "no OK with a taken id");
        focus(bot, trackId);
        bot.type("7");
        focus(bot, secondLabel);
        bot.type("s");
        bot.waitUntil("the label's completion list is open with 'shape'", () -> completionShows(bot, second,
                "shape"));
        assertEquals("s", bot.syncCall(secondLabel::getText), "the field holds what was typed");
        bot.screenshot("f-dialog-completion");
        // Without a window manager (Xvfb) the list's window takes the X keyboard focus when it opens, so a posted
        // key reaches no widget (on a desktop it stays in the field). The one Enter is therefore delivered to the
        // field itself, as the toolkit delivers a key press there: to every key listener of the field, the list's
        // own (which takes the proposal and stops the key) and the dialog's (which then accepts).
        bot.syncRun(() -> {
            org.eclipse.swt.widgets.Event enter = new org.eclipse.swt.widgets.Event();
            enter.type = SWT.KeyDown;
            enter.keyCode = SWT.CR;
            enter.character = SWT.CR;
            enter.doit = true;
            secondLabel.notifyListeners(SWT.KeyDown, enter);
        });
        bot.waitUntil("one Enter took the proposal and closed the dialog", second::isDisposed,
                Duration.ofSeconds(10));
        bot.waitUntil("the square is kept", () -> editor.session().project().objects().size() == 2);
        TrackedObject square = editor.session().project().object(7).orElse(null);
        assertNotNull(square, "the new object has the typed track id 7");
        assertEquals("shape", square.label(), "the proposal's label");
        Annotating.focusEditor(bot, editor);

        // track, then F on a tracked frame: the overlapped object is preselected with its label, one Enter corrects
        bot.press(SWT.CTRL, 'm');
        bot.waitUntil("tracking started", () -> editor.session().isTracking());
        bot.waitUntil("tracking finished", () -> !editor.session().isTracking(), Duration.ofSeconds(300));
        bot.syncRun(() -> editor.goToFrame(2));
        bot.waitUntil("frame 3 is encoded", editor::isFrameEncoded, Duration.ofSeconds(90));
        assertNotNull(square.trackingConfidence(2), "the square was tracked to frame 3");
        Shell third = pressF(bot, editor, scene.geometry(SampleScene.SQUARE, 2));
        Combo thirdObject = bot.widgetWithId(third, Combo.class, MaskletUi.WIDGET_ID_KEY, "objectTrack");
        bot.waitUntil("the tracked square is preselected", () -> bot.syncCall(() -> thirdObject.getText())
                .startsWith("7: shape (overlaps"));
        Text thirdLabel = field(bot, third, "objectLabel");
        assertEquals("shape", bot.syncCall(thirdLabel::getText), "with its label");
        bot.screenshot("f-dialog-preselected");
        BinaryMask pending = bot.syncCall(() -> editor.session().prompts().prediction().mask());
        bot.pressKeyCode(SWT.CR, '\r');
        bot.waitUntil("one Enter accepted", third::isDisposed, Duration.ofSeconds(10));
        bot.waitUntil("the square's frame-3 mask is the person's", () -> square.trackingConfidence(2) == null);
        assertEquals(2, editor.session().project().objects().size(), "a correction, not a duplicate object");
        assertTrue(Arrays.equals(editor.session().stored(pending).bits(), square.mask(2).bits()),
                "the square's frame-3 mask is the new mask");
        assertNull(editor.session().project().object(3).orElse(null), "no object was added");
    }

    private static Shell pressF(UiBot bot, MaskOverlayEditor editor, double[] at) {
        bot.syncRun(editor.session()::clearPrompts);
        bot.clickAt(bot.syncCall(() -> editor.imageToDisplay(at[0], at[1])), 1);
        bot.waitUntil("a mask", () -> editor.session().prompts().prediction() != null);
        bot.press(0, 'f');
        return bot.shell("New Object");
    }

    private static Text field(UiBot bot, Shell dialog, String id) {
        return bot.widgetWithId(dialog, Text.class, MaskletUi.WIDGET_ID_KEY, id);
    }

    private static void focus(UiBot bot, Text text) {
        bot.syncRun(() -> {
            text.setFocus();
            text.selectAll();
        });
    }

    private static Button okButton(UiBot bot, Shell dialog) {
        return bot.button(dialog, "OK");
    }

    /** Whether a popup of the dialog lists {@code proposal} (the content proposal list is a table in a shell). */
    private static boolean completionShows(UiBot bot, Shell dialog, String proposal) {
        return bot.syncCall(() -> Arrays.stream(dialog.getShells()).filter(s -> !s.isDisposed() && s.isVisible())
                .anyMatch(s -> containsItem(s, proposal)));
    }

    private static boolean containsItem(org.eclipse.swt.widgets.Composite c, String text) {
        for (org.eclipse.swt.widgets.Control child : c.getChildren()) {
            if (child instanceof Table t && Arrays.stream(t.getItems()).anyMatch(i -> text.equals(i.getText()))) {
                return true;
            }
            if (child instanceof org.eclipse.swt.widgets.Composite comp && containsItem(comp, text)) {
                return true;
            }
        }
        return false;
    }
}
