package dev.masklet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.junit.jupiter.api.Test;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.engine.FrameKey;
import dev.masklet.engine.SegmentationEngine;
import dev.masklet.media.sample.SampleScene;
import dev.masklet.testing.ui.UiBot;
import dev.masklet.ui.MaskletUi;
import dev.masklet.ui.internal.editor.MaskOverlayEditor;
import dev.masklet.ui.internal.editor.VideoEditorInput;

/**
 * The editor's view and edit mode with real events: wheel zoom around the pointer, middle-button pan, prompts that
 * still land on the right image pixels when zoomed and panned, Ctrl+0; Ctrl+J edit mode (select, move, drag a
 * vertex, Delete, undo); the box output mode; playback (P and the Play button).
 */
class EditorViewTest extends WorkbenchTestBase {
    @Test
    void promptsLandOnTheRightPixelsWhenZoomedAndPanned() throws Exception {
        UiBot bot = Workbench.bot();
        SampleScene scene = new SampleScene(640, 360, 3);
        MaskOverlayEditor editor = Annotating.open(bot, scene, dir.resolve("zoom.mp4"));
        stepsForwardToFramesEncodedInTheBackground(bot, editor);
        double fit = bot.syncCall(() -> editor.session().view().scale());
        double[] square = scene.geometry(SampleScene.SQUARE, 0);
        bot.scroll(bot.syncCall(() -> editor.imageToDisplay(square[0], square[1])), 3);
        bot.waitUntil("the wheel zoomed in", () -> editor.session().view().scale() > fit * 1.5);
        Point before = bot.syncCall(() -> editor.imageToDisplay(square[0], square[1]));
        // the image point under the pointer stays under it while zooming
        Point pointer = bot.syncCall(() -> bot.display().getCursorLocation());
        assertTrue(Math.abs(before.x - pointer.x) <= 3 && Math.abs(before.y - pointer.y) <= 3,
                "zoom keeps the pointed pixel under the pointer: " + before + " vs " + pointer);
        bot.drag(before, new Point(before.x - 60, before.y - 30), 2);
        Point after = bot.syncCall(() -> editor.imageToDisplay(square[0], square[1]));
        assertTrue(Math.abs(after.x - (before.x - 60)) <= 3 && Math.abs(after.y - (before.y - 30)) <= 3,
                "the middle drag panned the picture: " + before + " -> " + after);
        bot.screenshot("30-zoomed-and-panned");

        bot.clickAt(after, 1);
        bot.waitUntil("a mask for the square", () -> editor.session().prompts().prediction() != null);
        BinaryMask mask = bot.syncCall(() -> editor.session().prompts().prediction().mask());
        double iou = mask.iou(scene.truth(SampleScene.SQUARE, 0));
        assertTrue(iou > 0.8, "the click at the zoomed square segments the square: IoU " + iou);
        bot.screenshot("31-zoomed-prompt");

        bot.press(SWT.CTRL, '0');
        bot.waitUntil("Ctrl+0 fits the frame again", () -> Math.abs(editor.session().view().scale() - fit) < 1e-9);
    }

    /**
     * Once a frame is ready the next one is encoded by the engine in the background: D shows it without running the
     * encoder for it (the encoder runs once, for the frame after it), and A back finds frame 1 in the cache.
     */
    private static void stepsForwardToFramesEncodedInTheBackground(UiBot bot, MaskOverlayEditor editor) {
        SegmentationEngine engine = EngineProbe.engine();
        String media = ((VideoEditorInput) editor.getEditorInput()).media().toString();
        Duration encoding = Duration.ofSeconds(90);
        bot.waitUntil("frame 2 is encoded in the background",
                () -> EngineProbe.cachedFrames(engine).contains(new FrameKey(media, 1)), encoding);
        long runs = EngineProbe.encoderRuns(engine);
        Annotating.focusEditor(bot, editor);
        bot.press(0, 'd');
        bot.waitUntil("D shows frame 2 ready", () -> editor.session().frameIndex() == 1 && editor.isFrameEncoded(),
                encoding);
        bot.waitUntil("then frame 3 is encoded in the background",
                () -> EngineProbe.cachedFrames(engine).contains(new FrameKey(media, 2)), encoding);
        assertEquals(runs + 1, EngineProbe.encoderRuns(engine), "frame 2 came from the cache, only frame 3 was encoded");
        bot.press(0, 'a');
        bot.waitUntil("A shows frame 1 ready", () -> editor.session().frameIndex() == 0 && editor.isFrameEncoded(),
                encoding);
        assertEquals(runs + 1, EngineProbe.encoderRuns(engine), "frame 1 came from the cache");
    }

    @Test
    void editModeSelectsMovesReshapesAndDeletesAShape() throws Exception {
        UiBot bot = Workbench.bot();
        SampleScene scene = new SampleScene(640, 360, 3);
        MaskOverlayEditor editor = Annotating.open(bot, scene, dir.resolve("edit.mp4"));
        double[] sq = scene.geometry(SampleScene.SQUARE, 0);
        Annotating.keep(bot, editor, sq, "square", 1, 0);
        TrackedObject square = editor.session().project().objects().get(0);
        BinaryMask kept = square.mask(0);

        bot.press(SWT.CTRL, 'j');
        bot.waitUntil("Ctrl+J switches edit mode on", () -> editor.session().isEditMode());
        bot.clickAt(bot.syncCall(() -> editor.imageToDisplay(sq[0], sq[1])), 1);
        bot.waitUntil("the click selects the square", () -> editor.session().selected() == square);
        bot.screenshot("32-edit-mode-selected");

        // move: drag from inside the square 40 image pixels to the right
        Point from = bot.syncCall(() -> editor.imageToDisplay(sq[0], sq[1]));
        Point to = bot.syncCall(() -> editor.imageToDisplay(sq[0] + 40, sq[1]));
        bot.drag(from, to);
        bot.waitUntil("the square moved", () -> square.mask(0) != kept);
        int[] b0 = kept.bounds();
        int[] b1 = square.mask(0).bounds();
        assertTrue(Math.abs(b1[0] - b0[0] - 40) <= 3, "moved about 40 px: " + b0[0] + " -> " + b1[0]);
        assertEquals(kept.area(), square.mask(0).area(), 0.02 * kept.area(), "a move keeps the area");

        // reshape: drag the first vertex 30 px further out, away from the shape's centre
        Point v = bot.syncCall(() -> editor.selectedVertexOnDisplay(0));
        assertNotNull(v, "the selected shape shows its vertices");
        int areaBefore = square.mask(0).area();
        Point centre = bot.syncCall(() -> editor.imageToDisplay(sq[0] + 40, sq[1]));
        int dx = Integer.signum(v.x - centre.x) * 30;
        int dy = Integer.signum(v.y - centre.y) * 30;
        bot.drag(v, new Point(v.x + dx, v.y + dy));
        bot.waitUntil("the vertex drag grew the shape", () -> square.mask(0).area() > areaBefore + 50);
        bot.screenshot("33-edit-mode-vertex-dragged");

        // undo the reshape and the move, then delete the shape from the frame
        bot.press(SWT.CTRL, 'z');
        bot.waitUntil("undo gives the moved shape back", () -> square.mask(0).area() == areaBefore);
        bot.press(SWT.CTRL, 'z');
        bot.waitUntil("undo gives the kept mask back", () -> kept.equals(square.mask(0)));
        bot.clickAt(bot.syncCall(() -> editor.imageToDisplay(sq[0], sq[1])), 1);
        bot.waitUntil("selected again", () -> editor.session().selected() == square);
        bot.pressKeyCode(SWT.DEL, (char) 127);
        bot.waitUntil("Delete removes the shape from the frame", () -> square.mask(0) == null);
        bot.press(SWT.CTRL, 'j');
        bot.waitUntil("Ctrl+J switches edit mode off", () -> !editor.session().isEditMode());
    }

    /**
     * P plays the video and P again stops it where it is; a prompt click and Ctrl+M stop it too; the Play button under
     * the image plays on to the last frame and stops there.
     */
    @Test
    void playbackAdvancesFramesAndStops() throws Exception {
        UiBot bot = Workbench.bot();
        SampleScene scene = new SampleScene(640, 360, 75);
        MaskOverlayEditor editor = Annotating.open(bot, scene, dir.resolve("play.mp4"));
        Annotating.focusEditor(bot, editor);
        bot.press(0, 'p');
        bot.waitUntil("P starts playback", () -> editor.session().isPlaying());
        bot.waitUntil("the frames advance", () -> editor.session().frameIndex() >= 5);
        bot.press(0, 'p');
        bot.waitUntil("P again stops playback", () -> !editor.session().isPlaying());
        int stoppedAt = bot.syncCall(() -> editor.session().frameIndex());
        assertTrue(stoppedAt >= 5 && stoppedAt < 74, "stopped in the middle: frame " + stoppedAt);
        bot.screenshot("36-playback-stopped");
        UiBot.sleep(400); // ten frame times at 25 fps
        assertEquals(stoppedAt, bot.syncCall(() -> editor.session().frameIndex()),
                "a stopped video stays on its frame");

        bot.press(0, 'p');
        bot.waitUntil("P plays on", () -> editor.session().isPlaying() && editor.session().frameIndex() > stoppedAt);
        double[] disk = scene.geometry(SampleScene.DISK, 0);
        bot.clickAt(bot.syncCall(() -> editor.imageToDisplay(disk[0], disk[1])), 1);
        bot.waitUntil("a prompt click stops playback", () -> !editor.session().isPlaying());
        bot.press(0, 'p');
        bot.waitUntil("P plays again", () -> editor.session().isPlaying());
        bot.press(SWT.CTRL, 'm');
        bot.waitUntil("Ctrl+M stops playback before the end (with nothing kept it tracks nothing)",
                () -> !editor.session().isPlaying() && editor.session().frameIndex() < 74);

        org.eclipse.swt.widgets.Button play = bot.widgetWithId(Workbench.windowShell(bot),
                org.eclipse.swt.widgets.Button.class, MaskletUi.WIDGET_ID_KEY, "playPause");
        bot.click(play);
        bot.waitUntil("the Play button plays", () -> editor.session().isPlaying() && "Pause".equals(play.getText()));
        bot.waitUntil("playback stops at the last frame",
                () -> !editor.session().isPlaying() && editor.session().frameIndex() == 74,
                Duration.ofSeconds(60));
        assertEquals("Play", bot.syncCall(play::getText), "the button offers to play again");
    }

    @Test
    void boxOutputModeStoresTheBoxOfTheMask() throws Exception {
        UiBot bot = Workbench.bot();
        SampleScene scene = new SampleScene(640, 360, 3);
        MaskOverlayEditor editor = Annotating.open(bot, scene, dir.resolve("box.mp4"));
        Combo output = bot.widgetWithId(Workbench.windowShell(bot), Combo.class, MaskletUi.WIDGET_ID_KEY,
                "outputMode");
        bot.select(output, 2);
        bot.waitUntil("box mode", () -> editor.session().settings().outputMode().name().equals("BOX"));
        Annotating.focusEditor(bot, editor);
        Annotating.keep(bot, editor, scene.geometry(SampleScene.DISK, 0), "disk", 1, 0);
        BinaryMask stored = editor.session().project().objects().get(0).mask(0);
        int[] b = stored.bounds();
        int boxArea = (b[2] - b[0] + 1) * (b[3] - b[1] + 1);
        assertEquals(boxArea, stored.area(), "the stored shape fills its bounding box");
        double iou = stored.iou(scene.truth(SampleScene.DISK, 0));
        assertTrue(iou > 0.7 && iou < 0.9, "a box around the disk, not the disk itself: IoU " + iou);
        bot.screenshot("34-box-output-mode");
        assertNull(editor.session().selected());

        // outline only, brightness, contrast and overlay opacity through the view bar, with real clicks and keys
        bot.click(bot.widgetWithId(Workbench.windowShell(bot), org.eclipse.swt.widgets.Button.class,
                MaskletUi.WIDGET_ID_KEY, "outlineOnly"));
        bot.waitUntil("the check box switches to outlines", () -> editor.session().settings().outlineOnly());
        nudgeSlider(bot, "brightness", SWT.PAGE_UP);
        bot.waitUntil("the slider changes the brightness", () -> editor.session().settings().brightness() != 0);
        nudgeSlider(bot, "contrast", SWT.PAGE_UP);
        bot.waitUntil("the slider changes the contrast", () -> editor.session().settings().contrast() != 100);
        nudgeSlider(bot, "overlayOpacity", SWT.PAGE_UP); // GTK: Page Up moves a horizontal scale left
        bot.waitUntil("the slider changes the overlay opacity", () -> editor.session().settings().opacity() < 100);
        bot.screenshot("35-outlines-brighter");
    }

    /** Focuses a view-bar slider with a click near its right end and moves it twice with the key. */
    private static void nudgeSlider(UiBot bot, String id, int key) {
        org.eclipse.swt.widgets.Scale scale = bot.widgetWithId(Workbench.windowShell(bot),
                org.eclipse.swt.widgets.Scale.class, MaskletUi.WIDGET_ID_KEY, id);
        Point right = bot.syncCall(() -> {
            org.eclipse.swt.graphics.Rectangle sb = scale.getBounds();
            return scale.getParent().toDisplay(sb.x + sb.width - 4, sb.y + sb.height / 2);
        });
        bot.clickAt(right, 1); // focuses the slider (GTK may or may not move it on a trough click)
        bot.pressKeyCode(key, (char) 0);
        bot.pressKeyCode(key, (char) 0);
    }
}
