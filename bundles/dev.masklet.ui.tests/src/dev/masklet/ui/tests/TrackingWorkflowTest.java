package dev.masklet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.core.store.ProjectStore;
import dev.masklet.media.sample.SampleScene;
import dev.masklet.media.sample.SampleVideoWriter;
import dev.masklet.testing.ui.UiBot;
import dev.masklet.ui.internal.editor.MaskOverlayEditor;

/**
 * Prompt two moving objects, keep both with F, press Ctrl+M, keep working while the video is tracked in the
 * background, and find both objects near their true regions on the last frame and in the saved file.
 */
class TrackingWorkflowTest {
    private static final int FRAMES = 10;

    @TempDir
    Path dir;

    @BeforeEach
    @AfterEach
    void closeEditors() {
        Workbench.closeAllEditors(Workbench.bot());
    }

    private static void keep(UiBot bot, MaskOverlayEditor editor, double[] at, String label, int objectsAfter) {
        bot.clickAt(bot.syncCall(() -> editor.imageToDisplay(at[0], at[1])), 1);
        bot.waitUntil("a mask for " + label, () -> editor.pendingPrediction() != null);
        bot.press(0, 'f');
        Shell dialog = bot.shell("New Object");
        Text text = bot.find(dialog, Text.class, t -> true, "the label field");
        bot.syncRun(() -> {
            text.setFocus();
            text.selectAll();
        });
        bot.type(label);
        bot.pressKeyCode(SWT.CR, '\r');
        bot.waitUntil(label + " kept", () -> editor.project().objects().size() == objectsAfter);
        bot.activate(Workbench.windowShell(bot));
        bot.syncRun(editor::setFocus);
    }

    @Test
    void ctrlMTracksBothObjectsToTheLastFrame() throws Exception {
        UiBot bot = Workbench.bot();
        SampleScene scene = new SampleScene(640, 360, FRAMES);
        Path video = dir.resolve("moving.mp4");
        SampleVideoWriter.write(scene, video, 25);
        Workbench.openVideo(bot, video);
        bot.waitUntil("the editor is open", () -> Workbench.activeEditor(bot) != null);
        MaskOverlayEditor editor = Workbench.activeEditor(bot);
        bot.waitUntil("frame 1 is encoded", editor::isFrameEncoded, Duration.ofSeconds(90));

        keep(bot, editor, scene.geometry(SampleScene.DISK, 0), "disk", 1);
        keep(bot, editor, scene.geometry(SampleScene.SQUARE, 0), "square", 2);

        bot.press(SWT.CTRL, 'm');
        bot.waitUntil("tracking started", editor::isTracking);
        // the editor keeps answering while the model works in the background
        bot.press(0, 'd');
        bot.waitUntil("d moves to frame 2 during tracking", () -> editor.frameIndex() == 1);
        assertTrue(bot.syncCall(editor::isTracking), "tracking still runs while the user moves around");
        bot.screenshot("20-tracking-in-progress");
        bot.waitUntil("tracking finished", () -> !editor.isTracking(), Duration.ofSeconds(300));

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
    }
}
