package dev.masklet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.store.ProjectStore;
import dev.masklet.media.sample.SampleScene;
import dev.masklet.media.sample.SampleVideoWriter;
import dev.masklet.testing.ui.UiBot;

/**
 * A video whose last save was cut short (the save journal and a half-written temporary file are still there, as a
 * crash leaves them): opening it tells the user what was recovered, and the annotations of the completed save are
 * in the editor.
 */
class RecoveryNoticeTest extends WorkbenchTestBase {
    @Test
    void openingAfterACrashSaysWhatWasRecovered() throws Exception {
        UiBot bot = Workbench.bot();
        Path video = dir.resolve("after crash.mp4");
        SampleVideoWriter.write(new SampleScene(320, 180, 10), video, 25);
        AnnotationProject project = new AnnotationProject(video.getFileName().toString(), 320, 180, 10);
        byte[] bits = new byte[320 * 180];
        Arrays.fill(bits, 0, 320 * 20, (byte) 1);
        project.addObject("kept before the crash").putMask(2, new BinaryMask(320, 180, bits));
        Path projectFile = ProjectStore.projectFileFor(video);
        ProjectStore.save(project, projectFile);
        Path folder = ProjectStore.framesFolderFor(projectFile);
        Files.writeString(folder.resolve(".save-journal.json"), "{\"started\": \"then\", \"frames\": [3]}");
        Path halfWritten = folder.resolve(".frame_000003.json.4711.tmp");
        Files.writeString(halfWritten, "{\"version\": \"3.0.0\", \"fla");

        Workbench.openVideo(bot, video);
        Shell dialog = bot.shell("Annotations recovered");
        String message = Workbench.dialogMessage(bot, dialog);
        assertTrue(message.contains("stopped while saving"), message);
        bot.screenshot("30-recovery-notice");
        bot.click(bot.button(dialog, "OK"));
        bot.waitUntil("the notice closed", dialog::isDisposed);

        assertTrue(Workbench.activeEditor(bot) != null, "the video is open");
        assertFalse(Files.exists(halfWritten), "the half-written file is gone");
        assertEquals(1, ProjectStore.load(projectFile).objects().size());
        assertEquals("kept before the crash", ProjectStore.load(projectFile).objects().get(0).label());
    }
}
