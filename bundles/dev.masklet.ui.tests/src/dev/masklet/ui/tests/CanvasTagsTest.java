package dev.masklet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.media.sample.SampleScene;
import dev.masklet.testing.ui.UiBot;
import dev.masklet.ui.MaskletUi;
import dev.masklet.ui.internal.editor.MaskOverlayEditor;
import dev.masklet.ui.internal.editor.model.ViewSettings;
import dev.masklet.ui.internal.preferences.UiPreferences;

/**
 * Issue 14, the canvas with real events on the real default model, checked on the painted pixels (read back from the
 * screen): each object's track id and label drawn beside its mask, in its colour, off with the Labels check box;
 * colour by label (two objects labelled alike share a colour) or by object (each its own); a dark halo around a
 * light-coloured object's outline. Both choices are preferences, so the next video opens with them.
 */
class CanvasTagsTest extends WorkbenchTestBase {
    @AfterEach
    void restoreDefaults() {
        UiPreferences.put(UiPreferences.VIEW_SHOW_TAGS, "true");
        UiPreferences.put(UiPreferences.VIEW_COLOUR_BY, "label");
    }

    @Test
    void tagsColoursAndHaloAreOnTheCanvas() throws Exception {
        UiBot bot = Workbench.bot();
        SampleScene scene = new SampleScene(640, 360, 2);
        MaskOverlayEditor editor = Annotating.open(bot, scene, dir.resolve("tags.mp4"));
        keep(bot, editor, scene.geometry(SampleScene.DISK, 0), 1);
        keep(bot, editor, scene.geometry(SampleScene.SQUARE, 0), 2);
        ViewSettings settings = editor.session().settings();
        assertTrue(settings.showsTags(), "tags are on by default");
        assertEquals(ViewSettings.ColourBy.LABEL, settings.colourBy(), "colour by label by default");
        Rectangle diskTag = waitForTag(bot, editor, 1);
        Rectangle squareTag = waitForTag(bot, editor, 2);
        bot.screenshot("canvas-tags-by-label");
        RGB diskColour = tagFill(bot, diskTag);
        assertEquals(diskColour, tagFill(bot, squareTag), "one label, one colour");

        Combo colours = bot.widgetWithId(Workbench.windowShell(bot), Combo.class, MaskletUi.WIDGET_ID_KEY,
                "colourBy");
        bot.select(colours, ViewSettings.ColourBy.OBJECT.ordinal());
        assertEquals(ViewSettings.ColourBy.OBJECT, settings.colourBy());
        assertEquals("object", UiPreferences.get(UiPreferences.VIEW_COLOUR_BY), "remembered as a preference");
        bot.waitUntil("each object in its own colour", () -> !tagFill(bot, waitForTag(bot, editor, 1))
                .equals(tagFill(bot, waitForTag(bot, editor, 2))));
        bot.screenshot("canvas-tags-by-object");

        // the disk's outline has a dark halo just outside it (its colour is light), whatever the picture there
        BinaryMask disk = editor.session().project().object(1).orElseThrow().mask(0);
        int[] b = disk.bounds();
        int row = (b[1] + b[3]) / 2;
        int left = b[0];
        while (!disk.get(left, row)) {
            left++;
        }
        int edge = left;
        Point outside = bot.syncCall(() -> editor.imageToDisplay(edge - 2, row));
        Point inside = bot.syncCall(() -> editor.imageToDisplay(edge + 1, row));
        int darkest = 255;
        for (int x = outside.x - 2; x <= inside.x; x++) {
            RGB c = pixel(bot, x, outside.y);
            darkest = Math.min(darkest, Math.max(c.red, Math.max(c.green, c.blue)));
        }
        assertTrue(darkest < 90, "a dark halo at the disk's edge (darkest channel max " + darkest + ")");

        Button tags = bot.widgetWithId(Workbench.windowShell(bot), Button.class, MaskletUi.WIDGET_ID_KEY,
                "showTags");
        RGB fillBefore = tagFill(bot, diskTag);
        bot.click(tags);
        bot.waitUntil("the Labels check box turns tags off", () -> !settings.showsTags());
        assertEquals("false", UiPreferences.get(UiPreferences.VIEW_SHOW_TAGS), "remembered as a preference");
        bot.waitUntil("no tag is painted", () -> bot.syncCall(() -> editor.tagOnDisplay(1)) == null);
        assertNotEquals(fillBefore, tagFill(bot, diskTag), "the picture is back where the tag was");
        assertNull(bot.syncCall(() -> editor.tagOnDisplay(2)));
        assertFalse(bot.syncCall(tags::getSelection));
    }

    /**
     * Keeps the object at {@code at} labelled "shape". The label is put into the field, not typed: typing a label
     * in use opens its completion list, whose window takes the keyboard under Xvfb (FinishObjectDialogTest covers
     * typing with the list open).
     */
    private static void keep(UiBot bot, MaskOverlayEditor editor, double[] at, int objectsAfter) {
        bot.syncRun(editor.session()::clearPrompts);
        bot.clickAt(bot.syncCall(() -> editor.imageToDisplay(at[0], at[1])), 1);
        bot.waitUntil("a mask", () -> editor.session().prompts().prediction() != null);
        bot.press(0, 'f');
        Shell dialog = bot.shell("New Object");
        Text label = bot.widgetWithId(dialog, Text.class, MaskletUi.WIDGET_ID_KEY, "objectLabel");
        bot.syncRun(() -> label.setText("shape"));
        Button ok = bot.button(dialog, "OK");
        bot.waitUntil("OK is enabled", () -> bot.syncCall(ok::isEnabled));
        bot.click(ok);
        bot.waitUntil("the dialog closed", dialog::isDisposed);
        bot.waitUntil("the object is kept", () -> editor.session().project().objects().size() == objectsAfter);
        Annotating.focusEditor(bot, editor);
    }

    private static Rectangle waitForTag(UiBot bot, MaskOverlayEditor editor, int trackId) {
        bot.waitUntil("the tag of object " + trackId + " is painted", () -> bot.syncCall(() -> editor.tagOnDisplay(
                trackId)) != null);
        Rectangle r = bot.syncCall(() -> editor.tagOnDisplay(trackId));
        assertNotNull(r);
        return r;
    }

    /** The colour inside a tag's box, left of its text (its fill). */
    private static RGB tagFill(UiBot bot, Rectangle tag) {
        return pixel(bot, tag.x + 2, tag.y + tag.height / 2);
    }

    /** A pixel of the screen as painted. */
    private static RGB pixel(UiBot bot, int x, int y) {
        return bot.syncCall(() -> {
            Display display = bot.display();
            Image image = new Image(display, 1, 1);
            GC gc = new GC(display);
            try {
                gc.copyArea(image, x, y);
                ImageData data = image.getImageData();
                return data.palette.getRGB(data.getPixel(0, 0));
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
    }
}
