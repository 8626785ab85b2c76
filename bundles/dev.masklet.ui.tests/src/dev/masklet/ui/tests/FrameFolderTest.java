package dev.masklet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.store.ProjectStore;
import dev.masklet.media.sample.SampleScene;
import dev.masklet.testing.ui.UiBot;
import dev.masklet.ui.internal.editor.MaskOverlayEditor;

/** Open Frame Folder (Ctrl+U): a folder of PNG frames named 1..12 opens in natural order and can be annotated. */
class FrameFolderTest extends WorkbenchTestBase {
    @Test
    void aFolderOfFramesOpensInNaturalOrderAndIsAnnotated() throws Exception {
        SampleScene scene = new SampleScene(320, 180, 12);
        Path folder = Files.createDirectory(dir.resolve("frames of a clip"));
        Annotating.writePngFrames(scene, folder); // frame2 before frame10 in a plain text sort
        UiBot bot = Workbench.bot();
        Workbench.openFrameFolder(bot, folder);
        bot.waitUntil("the folder opens", () -> Workbench.activeEditor(bot) != null);
        MaskOverlayEditor editor = Workbench.activeEditor(bot);
        assertEquals(12, (int) bot.syncCall(() -> editor.session().frameCount()));
        bot.syncRun(() -> editor.goToFrame(9)); // frame10.png, which a plain text sort would put second
        bot.waitUntil("frame 10 is encoded", editor::isFrameEncoded, Duration.ofSeconds(90));
        double[] disk = scene.geometry(SampleScene.DISK, 9);
        bot.clickAt(bot.syncCall(() -> editor.imageToDisplay(disk[0], disk[1])), 1);
        bot.waitUntil("a mask for the disk", () -> editor.session().prompts().prediction() != null);
        bot.press(0, 'f');
        Shell dialog = bot.shell("New Object");
        Text text = bot.find(dialog, Text.class, t -> true, "the label field");
        bot.syncRun(() -> {
            text.setFocus();
            text.selectAll();
        });
        bot.type("disk");
        bot.pressKeyCode(SWT.CR, '\r');
        bot.waitUntil("the dialog closed", dialog::isDisposed);
        Path saved = ProjectStore.projectFileFor(folder);
        bot.waitUntil("the project file is written next to the folder", () -> Files.exists(saved));
        AnnotationProject project = ProjectStore.load(saved);
        double iou = project.objects().get(0).mask(9).iou(scene.truth(SampleScene.DISK, 9));
        assertTrue(iou > 0.8, "the disk on frame10.png: IoU " + iou);
    }
}
