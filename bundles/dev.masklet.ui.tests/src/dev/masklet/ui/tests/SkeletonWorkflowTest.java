package dev.masklet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.core.store.ProjectStore;
import dev.masklet.media.sample.SampleScene;
import dev.masklet.media.sample.SampleVideoWriter;
import dev.masklet.testing.ui.UiBot;
import dev.masklet.ui.MaskletUi;
import dev.masklet.ui.internal.editor.MaskOverlayEditor;

/**
 * The walking skeleton as a user does it: open a generated video, drag a box around the square and clear it with B,
 * click inside the red disk, see the mask, press F, type a label, find the object in the JSON saved next to the
 * video, and step through frames with the keyboard.
 */
class SkeletonWorkflowTest extends WorkbenchTestBase {
    private static int savedObjects(Path file) {
        try {
            return ProjectStore.load(file).objects().size();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void clickFinishAndSave() throws Exception {
        UiBot bot = Workbench.bot();
        assertEquals(MaskletUi.PERSPECTIVE_ID, bot.syncCall(() -> Workbench.window().getActivePage()
                .getPerspective().getId()), "Masklet starts in the Video Annotation perspective");

        SampleScene scene = SampleScene.standard();
        Path video = dir.resolve("two objects.mp4");
        SampleVideoWriter.write(scene, video, 25);
        Workbench.openVideo(bot, video);
        bot.waitUntil("the mask overlay editor is open", () -> Workbench.activeEditor(bot) != null);
        MaskOverlayEditor editor = Workbench.activeEditor(bot);
        bot.waitUntil("frame 0 is encoded", editor::isFrameEncoded, Duration.ofSeconds(90));
        bot.screenshot("01-video-open");

        // a box dragged around the blue square segments it; B then forgets the prompt and its mask
        double[] square = scene.geometry(SampleScene.SQUARE, 0);
        double margin = square[2] + 12;
        bot.drag(bot.syncCall(() -> editor.imageToDisplay(square[0] - margin, square[1] - margin)),
                bot.syncCall(() -> editor.imageToDisplay(square[0] + margin, square[1] + margin)));
        bot.waitUntil("a mask for the square", () -> editor.session().prompts().prediction() != null);
        double squareIou = bot.syncCall(() -> editor.session().prompts().prediction().mask()).iou(scene.truth(SampleScene.SQUARE, 0));
        assertEquals(1, editor.session().prompts().count(), "the drag made one box, not a click");
        assertTrue(squareIou > 0.8, "IoU of the box prompt's mask with the square: " + squareIou);
        bot.screenshot("02a-box-prompt");
        bot.press(0, 'b');
        bot.waitUntil("B cleared the prompts",
                () -> editor.session().prompts().count() == 0 && editor.session().prompts().prediction() == null);

        double[] disk = scene.geometry(SampleScene.DISK, 0);
        Point onDisk = bot.syncCall(() -> editor.imageToDisplay(disk[0], disk[1]));
        bot.clickAt(onDisk, 1);
        bot.waitUntil("a mask for the disk", () -> editor.session().prompts().prediction() != null);
        BinaryMask pending = bot.syncCall(() -> editor.session().prompts().prediction().mask());
        assertTrue(pending.get((int) disk[0], (int) disk[1]), "the mask covers the clicked point");
        bot.screenshot("02-mask-overlay");

        bot.press(0, 'f');
        Shell dialog = bot.shell("New Object");
        Text label = bot.find(dialog, Text.class, t -> true, "the label field");
        bot.syncRun(() -> {
            label.setFocus();
            label.selectAll();
        });
        bot.type("red ball");
        bot.screenshot("03-label-dialog");
        bot.pressKeyCode(SWT.CR, '\r');
        bot.waitUntil("the dialog closed", () -> dialog.isDisposed());

        Path saved = ProjectStore.projectFileFor(video);
        bot.waitUntil("the annotation file exists", () -> Files.exists(saved));
        bot.screenshot("04-object-kept");
        AnnotationProject project = ProjectStore.load(saved);
        assertEquals(1, project.objects().size());
        TrackedObject object = project.objects().get(0);
        assertEquals("red ball", object.label());
        BinaryMask mask = object.mask(0);
        assertTrue(mask.get((int) disk[0], (int) disk[1]), "the saved mask covers the clicked point");
        double iou = mask.iou(scene.truth(SampleScene.DISK, 0));
        assertTrue(iou > 0.8, "IoU with the disk's true region: " + iou);
        assertNull(editor.session().prompts().prediction(), "the prompt is consumed by F");

        bot.activate(Workbench.windowShell(bot));
        bot.syncRun(editor::setFocus);

        // undo and redo of keeping the object, saved each time
        bot.press(SWT.CTRL, 'z');
        bot.waitUntil("Ctrl+Z takes the object back", () -> editor.session().project().objects().isEmpty());
        bot.waitUntil("the file says so", () -> savedObjects(saved) == 0);
        bot.press(SWT.CTRL, 'y');
        bot.waitUntil("Ctrl+Y brings it back", () -> editor.session().project().objects().size() == 1);
        bot.waitUntil("the file has it again", () -> savedObjects(saved) == 1);
        assertEquals(mask, editor.session().project().objects().get(0).mask(0), "the same mask is back");

        // frame navigation: d and the right arrow step forward, a and the left arrow back
        bot.press(0, 'd');
        bot.waitUntil("d shows frame 2", () -> editor.session().frameIndex() == 1);
        bot.pressKeyCode(SWT.ARROW_RIGHT, (char) 0);
        bot.waitUntil("right arrow shows frame 3", () -> editor.session().frameIndex() == 2);
        bot.screenshot("05-frame-3");
        bot.press(0, 'a');
        bot.pressKeyCode(SWT.ARROW_LEFT, (char) 0);
        bot.waitUntil("back on frame 1", () -> editor.session().frameIndex() == 0);
        assertTrue(PlatformUI.isWorkbenchRunning());
    }
}
