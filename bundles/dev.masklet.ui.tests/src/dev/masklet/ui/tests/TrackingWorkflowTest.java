package dev.masklet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;

import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.core.store.ProjectStore;
import dev.masklet.media.sample.SampleScene;
import dev.masklet.testing.ui.UiBot;
import dev.masklet.ui.internal.editor.MaskOverlayEditor;

/**
 * Prompt two moving objects, keep both with F, press Ctrl+M, keep working while the video is tracked in the
 * background, and find both objects near their true regions on the last frame and in the saved file.
 */
class TrackingWorkflowTest extends WorkbenchTestBase {
    private static final int FRAMES = 10;

    private static void keep(UiBot bot, MaskOverlayEditor editor, double[] at, String label, int objectsAfter,
            int trackItem) {
        Annotating.keep(bot, editor, at, label, objectsAfter, trackItem);
    }

    @Test
    void ctrlMTracksBothObjectsToTheLastFrame() throws Exception {
        UiBot bot = Workbench.bot();
        SampleScene scene = new SampleScene(640, 360, FRAMES);
        Path video = dir.resolve("moving.mp4");
        MaskOverlayEditor editor = Annotating.open(bot, scene, video);

        keep(bot, editor, scene.geometry(SampleScene.DISK, 0), "disk", 1, 0);
        keep(bot, editor, scene.geometry(SampleScene.SQUARE, 0), "square", 2, 0);

        bot.press(SWT.CTRL, 'm');
        bot.waitUntil("tracking started", () -> editor.session().isTracking());
        // the editor keeps answering while the model works in the background
        bot.press(0, 'd');
        bot.waitUntil("d moves to frame 2 during tracking", () -> editor.session().frameIndex() == 1);
        assertTrue(bot.syncCall(() -> editor.session().isTracking()),
                "tracking still runs while the user moves around");
        bot.screenshot("20-tracking-in-progress");
        bot.waitUntil("tracking finished", () -> !editor.session().isTracking(), Duration.ofSeconds(300));

        bot.syncRun(() -> editor.goToFrame(FRAMES - 1));
        bot.screenshot("21-tracked-last-frame");
        AnnotationProject saved = ProjectStore.load(ProjectStore.projectFileFor(video));
        assertEquals(2, saved.objects().size());
        for (TrackedObject o : saved.objects()) {
            int object = o.label().equals("disk") ? SampleScene.DISK : SampleScene.SQUARE;
            assertEquals(FRAMES, o.masks().size(), o.label() + " has a mask on every frame");
            double iou = o.mask(FRAMES - 1).iou(scene.truth(object, FRAMES - 1));
            assertTrue(iou > 0.8, o.label() + " on the last frame: IoU " + iou);
        }

        // a correction mid-video: on frame 6 the square is prompted again and kept as object 2, then Ctrl+M
        // propagates from there; the disk and every frame before 6 keep what they had
        TrackedObject disk = editor.session().project().object(1).orElseThrow();
        java.util.Map<Integer, dev.masklet.core.mask.BinaryMask> diskBefore = new java.util.TreeMap<>(disk.masks());
        java.util.Map<Integer, dev.masklet.core.mask.BinaryMask> squareBefore =
                new java.util.TreeMap<>(editor.session().project().object(2).orElseThrow().masks());
        bot.syncRun(() -> editor.goToFrame(5));
        bot.waitUntil("frame 6 is encoded", editor::isFrameEncoded, Duration.ofSeconds(90));
        keep(bot, editor, scene.geometry(SampleScene.SQUARE, 5), "square", 2, 2);
        dev.masklet.core.mask.BinaryMask corrected = editor.session().project().object(2).orElseThrow().mask(5);
        bot.press(SWT.CTRL, 'm');
        bot.waitUntil("re-tracking started", () -> editor.session().isTracking());
        bot.waitUntil("re-tracking finished", () -> !editor.session().isTracking(), Duration.ofSeconds(300));
        assertEquals(2, editor.session().project().objects().size(), "no object was lost");
        TrackedObject square = editor.session().project().object(2).orElseThrow();
        for (int f = 0; f < 5; f++) {
            assertEquals(squareBefore.get(f), square.mask(f), "square before the correction, frame " + (f + 1));
            assertEquals(diskBefore.get(f), disk.mask(f), "disk before the correction, frame " + (f + 1));
        }
        assertEquals(corrected, square.mask(5), "the corrected mask is kept on its frame");
        double lastIou = square.mask(FRAMES - 1).iou(scene.truth(SampleScene.SQUARE, FRAMES - 1));
        assertTrue(lastIou > 0.8, "square after re-tracking: IoU " + lastIou);
        assertEquals(FRAMES, disk.masks().size(), "the disk keeps a mask on every frame");
    }
}
