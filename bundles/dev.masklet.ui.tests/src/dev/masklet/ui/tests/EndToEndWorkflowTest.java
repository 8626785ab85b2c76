package dev.masklet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.core.store.ProjectStore;
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
class EndToEndWorkflowTest {
    private static final int FRAMES = 10;

    @TempDir
    Path dir;

    @BeforeEach
    @AfterEach
    void closeEditors() {
        Workbench.closeAllEditors(Workbench.bot());
    }

    @Test
    void annotateTrackCorrectRenameUndoRedoSaveReopen() throws Exception {
        UiBot bot = Workbench.bot();
        SampleScene scene = new SampleScene(640, 360, FRAMES);
        Path video = dir.resolve("two-objects.mp4");
        MaskOverlayEditor editor = Annotating.open(bot, scene, video);
        bot.screenshot("40-opened");
        Annotating.keep(bot, editor, scene.geometry(SampleScene.DISK, 0), "disk", 1, 0);
        Annotating.keep(bot, editor, scene.geometry(SampleScene.SQUARE, 0), "square", 2, 0);
        bot.screenshot("41-two-objects-kept");

        bot.press(SWT.CTRL, 'm');
        bot.waitUntil("tracking started", editor::isTracking);
        // the UI thread never waits on the model: the wheel zooms and d steps while tracking runs
        double fit = bot.syncCall(editor::zoom);
        Point centre = bot.syncCall(() -> editor.imageToDisplay(320, 180));
        bot.scroll(centre, 2);
        bot.waitUntil("the wheel zooms during tracking", () -> editor.zoom() > fit);
        bot.press(0, 'd');
        bot.waitUntil("d moves to frame 2 during tracking", () -> editor.frameIndex() == 1);
        assertTrue(bot.syncCall(editor::isTracking), "tracking still runs while the user works");
        bot.screenshot("42-tracking-in-progress");
        bot.press(SWT.CTRL, '0');
        bot.waitUntil("tracking finished", () -> !editor.isTracking(), Duration.ofSeconds(300));

        bot.syncRun(() -> editor.goToFrame(FRAMES - 1));
        bot.screenshot("43-tracked-last-frame");
        for (TrackedObject o : editor.project().objects()) {
            int object = o.label().equals("disk") ? SampleScene.DISK : SampleScene.SQUARE;
            double iou = o.mask(FRAMES - 1).iou(scene.truth(object, FRAMES - 1));
            assertTrue(iou > 0.8, o.label() + " near its true position on the last frame: IoU " + iou);
        }

        // correct the square on frame 6 and re-track from there
        bot.syncRun(() -> editor.goToFrame(5));
        bot.waitUntil("frame 6 is encoded", editor::isFrameEncoded, Duration.ofSeconds(90));
        Annotating.keep(bot, editor, scene.geometry(SampleScene.SQUARE, 5), "square", 2, 2);
        bot.press(SWT.CTRL, 'm');
        bot.waitUntil("re-tracking started", editor::isTracking);
        bot.waitUntil("re-tracking finished", () -> !editor.isTracking(), Duration.ofSeconds(300));
        assertTrue(bot.syncCall(() -> editor.marks().corrected().contains(5)), "the timeline marks frame 6");
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
        Map<Integer, Map<Integer, BinaryMask>> expected = masks(editor.project());
        assertEquals(FRAMES, expected.get(1).size(), "ball has a mask on every frame after undo/redo");

        bot.press(SWT.CTRL, 's');
        bot.waitUntil("Ctrl+S saved", () -> editor.status().startsWith("Saved"));
        bot.screenshot("46-saved");
        Workbench.closeAllEditors(bot);

        Workbench.openVideo(bot, video);
        bot.waitUntil("the video is open again", () -> Workbench.activeEditor(bot) != null);
        MaskOverlayEditor again = Workbench.activeEditor(bot);
        assertEquals("ball", label(again, 1));
        assertEquals("square", label(again, 2));
        assertEquals(expected, masks(again.project()), "every mask of both objects is back");
        assertEquals(expected, masks(ProjectStore.load(ProjectStore.projectFileFor(video))));
        bot.syncRun(() -> again.goToFrame(FRAMES - 1));
        bot.screenshot("47-reopened-last-frame");
    }

    private static String label(MaskOverlayEditor editor, int trackId) {
        return editor.project().object(trackId).map(TrackedObject::label).orElse("?");
    }

    private static Map<Integer, Map<Integer, BinaryMask>> masks(AnnotationProject project) {
        Map<Integer, Map<Integer, BinaryMask>> all = new TreeMap<>();
        for (TrackedObject o : project.objects()) {
            all.put(o.trackId(), new TreeMap<>(o.masks()));
        }
        return all;
    }
}
