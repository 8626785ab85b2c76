package dev.masklet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.FrameAnnotations;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.core.store.ProjectStore;
import dev.masklet.engine.DeviceStatus;
import dev.masklet.media.sample.SampleScene;
import dev.masklet.testing.ui.UiBot;
import dev.masklet.ui.MaskletUi;
import dev.masklet.ui.internal.editor.MaskOverlayEditor;

/**
 * Issue 4's workflow end to end with real events: open a generated video with two moving objects, prompt both, F
 * twice, Ctrl+M (the editor zooms and steps frames while tracking runs), both objects near their true positions
 * on the last frame, a correction on a middle frame re-tracked, a label renamed in the Label Manager, undo, redo,
 * Ctrl+S, close, reopen, everything still there. Screenshots of the main states go to target/screenshots.
 */
class EndToEndWorkflowTest extends WorkbenchTestBase {
    private static final int FRAMES = 10;

    @Test
    void annotateTrackCorrectRenameUndoRedoSaveReopen() throws Exception {
        UiBot bot = Workbench.bot();
        SampleScene scene = new SampleScene(640, 360, FRAMES);
        Path video = dir.resolve("two-objects.mp4");
        MaskOverlayEditor editor = Annotating.open(bot, scene, video);
        bot.waitUntil("the timeline shows thumbnails of the frames", () -> editor.timelineThumbnailsShown() >= 2);
        modelViewShowsWhereTheModelRuns(bot, editor);
        bot.screenshot("40-opened");
        Annotating.keep(bot, editor, scene.geometry(SampleScene.DISK, 0), "disk", 1, 0);
        Annotating.keep(bot, editor, scene.geometry(SampleScene.SQUARE, 0), "square", 2, 0);
        bot.screenshot("41-two-objects-kept");

        bot.press(SWT.CTRL, 'm');
        bot.waitUntil("tracking started", () -> editor.session().isTracking());
        // the UI thread never waits on the model: the wheel zooms and d steps while tracking runs
        double fit = bot.syncCall(() -> editor.session().view().scale());
        Point centre = bot.syncCall(() -> editor.imageToDisplay(320, 180));
        bot.scroll(centre, 2);
        bot.waitUntil("the wheel zooms during tracking", () -> editor.session().view().scale() > fit);
        bot.press(0, 'd');
        bot.waitUntil("d moves to frame 2 during tracking", () -> editor.session().frameIndex() == 1);
        assertTrue(bot.syncCall(() -> editor.session().isTracking()), "tracking still runs while the user works");
        bot.screenshot("42-tracking-in-progress");
        bot.press(SWT.CTRL, '0');
        bot.waitUntil("tracking finished", () -> !editor.session().isTracking(), Duration.ofSeconds(300));

        bot.syncRun(() -> editor.goToFrame(FRAMES - 1));
        bot.screenshot("43-tracked-last-frame");
        for (TrackedObject o : editor.session().project().objects()) {
            int object = o.label().equals("disk") ? SampleScene.DISK : SampleScene.SQUARE;
            double iou = o.mask(FRAMES - 1).iou(scene.truth(object, FRAMES - 1));
            assertTrue(iou > 0.8, o.label() + " near its true position on the last frame: IoU " + iou);
        }

        // correct the square on frame 6 and re-track from there
        bot.syncRun(() -> editor.goToFrame(5));
        bot.waitUntil("frame 6 is encoded", editor::isFrameEncoded, Duration.ofSeconds(90));
        Annotating.keep(bot, editor, scene.geometry(SampleScene.SQUARE, 5), "square", 2, 2);
        bot.press(SWT.CTRL, 'm');
        bot.waitUntil("re-tracking started", () -> editor.session().isTracking());
        bot.waitUntil("re-tracking finished", () -> !editor.session().isTracking(), Duration.ofSeconds(300));
        assertTrue(bot.syncCall(() -> editor.session().marks().corrected().contains(5)), "the timeline marks frame 6");
        bot.screenshot("44-corrected-and-retracked");

        // rename disk to ball in the Label Manager
        Workbench.runCommand(bot, MaskletUi.LABEL_MANAGER_COMMAND);
        Shell manager = bot.shell("Label Manager");
        List labels = bot.widgetWithId(manager, List.class, MaskletUi.WIDGET_ID_KEY, "labelList");
        bot.syncRun(() -> {
            labels.select(0); // labels are sorted: disk, square
            labels.notifyListeners(SWT.Selection, new Event());
        });
        bot.click(bot.button(manager, "Rename..."));
        Shell rename = bot.shell("Rename Label");
        bot.type("ball");
        bot.screenshot("45-label-manager-rename");
        bot.pressKeyCode(SWT.CR, '\r');
        bot.waitUntil("the rename dialog closed", rename::isDisposed);
        bot.waitUntil("disk is now ball", () -> label(editor, 1).equals("ball"));
        bot.click(bot.button(manager, "Close"));
        bot.waitUntil("the manager closed", manager::isDisposed);
        Annotating.focusEditor(bot, editor);

        bot.press(SWT.CTRL, 'z');
        bot.waitUntil("undo brings back disk", () -> label(editor, 1).equals("disk"));
        bot.press(SWT.CTRL, 'y');
        bot.waitUntil("redo renames it again", () -> label(editor, 1).equals("ball"));
        Map<Integer, Map<Integer, BinaryMask>> expected = masks(editor.session().project());
        assertEquals(FRAMES, expected.get(1).size(), "ball has a mask on every frame after undo/redo");

        // R marks the shown frame reviewed (undoable); the marks are saved with the frames
        bot.press(0, 'd');
        bot.press(0, 'd');
        // (encoded, so that its "ready" status line does not come after the save's)
        bot.waitUntil("frame 8 is shown and encoded",
                () -> editor.session().frameIndex() == 7 && editor.isFrameEncoded(),
                Duration.ofSeconds(90));
        bot.press(0, 'r');
        bot.waitUntil("R marks frame 8 reviewed", () -> editor.session().marks().reviewed().contains(7));
        bot.press(SWT.CTRL, 'z');
        bot.waitUntil("undo removes the mark", () -> editor.session().marks().reviewed().isEmpty());
        bot.press(SWT.CTRL, 'y');
        bot.waitUntil("redo marks it again", () -> editor.session().marks().reviewed().contains(7));

        bot.press(SWT.CTRL, 's');
        bot.waitUntil("Ctrl+S saved", () -> editor.session().status().startsWith("Saved"));
        bot.screenshot("46-saved");
        Workbench.closeAllEditors(bot);

        Workbench.openVideo(bot, video);
        bot.waitUntil("the video is open again", () -> Workbench.activeEditor(bot) != null);
        MaskOverlayEditor again = Workbench.activeEditor(bot);
        assertEquals("ball", label(again, 1));
        assertEquals("square", label(again, 2));
        assertEquals(expected, masks(again.session().project()), "every mask of both objects is back");
        AnnotationProject saved = ProjectStore.load(ProjectStore.projectFileFor(video));
        assertEquals(expected, masks(saved));
        assertEquals(java.util.Set.of(7), bot.syncCall(() -> java.util.Set.copyOf(again.session().marks().reviewed())),
                "the reviewed mark is back");
        assertTrue(bot.syncCall(() -> again.session().marks().prompted().contains(0) && again.session().marks().corrected().contains(5)),
                "the prompted and corrected marks are back");
        assertTrue(saved.existingFrame(7).orElseThrow().flag(FrameAnnotations.REVIEWED),
                "the frame file says reviewed");
        // a click at the right end of the thumbnail row goes to the last frame
        Canvas thumbnails = bot.widgetWithId(Workbench.windowShell(bot), Canvas.class, MaskletUi.WIDGET_ID_KEY,
                "timelineThumbnails");
        bot.waitUntil("the reopened timeline shows thumbnails", () -> again.timelineThumbnailsShown() >= 2);
        bot.clickAt(bot.syncCall(() -> {
            org.eclipse.swt.graphics.Rectangle r = thumbnails.getClientArea();
            return thumbnails.toDisplay(r.width - 2, r.height / 2);
        }), 1);
        bot.waitUntil("the click shows the last frame", () -> again.session().frameIndex() == FRAMES - 1);
        bot.screenshot("47-reopened-last-frame");
    }

    /**
     * The Model view says where the segmentation model runs, as the engine reports it; the editor warns under its
     * status line only on a fallback (shown here with a fallback status handed to the editor: this machine has no
     * CUDA build of ONNX Runtime to fall back from).
     */
    private static void modelViewShowsWhereTheModelRuns(UiBot bot, MaskOverlayEditor editor) {
        DeviceStatus real = EngineProbe.engine().deviceStatus();
        Label device = bot.widgetWithId(Workbench.windowShell(bot), Label.class, MaskletUi.WIDGET_ID_KEY,
                "deviceStatus");
        bot.waitUntil("the Model view shows the engine's device status",
                () -> device.getText().equals("Segmentation model: mobilesam, " + real.message()));
        assertEquals("", bot.syncCall(editor::deviceWarning), "no warning when the model runs where it was asked to");
        DeviceStatus fallback = new DeviceStatus("cuda", "cpu", "CUDA requested but not available (test); running on CPU");
        bot.syncRun(() -> editor.session().showSegmentationModel("mobilesam", fallback));
        assertEquals(fallback.message(), bot.syncCall(editor::deviceWarning));
        assertEquals("Segmentation model: mobilesam, " + fallback.message(), bot.syncCall(device::getText));
        bot.screenshot("40a-device-fallback-warning");
        bot.syncRun(() -> editor.session().showSegmentationModel("mobilesam", real));
        assertEquals("", bot.syncCall(editor::deviceWarning));
    }

    private static String label(MaskOverlayEditor editor, int trackId) {
        return editor.session().project().object(trackId).map(TrackedObject::label).orElse("?");
    }

    private static Map<Integer, Map<Integer, BinaryMask>> masks(AnnotationProject project) {
        Map<Integer, Map<Integer, BinaryMask>> all = new TreeMap<>();
        for (TrackedObject o : project.objects()) {
            all.put(o.trackId(), new TreeMap<>(o.masks()));
        }
        return all;
    }
}
