package dev.masklet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import dev.masklet.media.sample.SampleScene;
import dev.masklet.media.sample.SampleVideoWriter;
import dev.masklet.testing.ui.UiBot;

/** Files that are not videos are refused with a dialog, and the workbench goes on working. */
class BadInputTest extends WorkbenchTestBase {
    private static void expectErrorDialog(UiBot bot, Path file, String shotName) {
        Workbench.openVideo(bot, file);
        Shell dialog = bot.shell("Cannot open video");
        String message = Workbench.dialogMessage(bot, dialog);
        assertTrue(message.contains(file.getFileName().toString()), "the dialog names the file: " + message);
        bot.screenshot(shotName);
        bot.click(bot.button(dialog, "OK"));
        bot.waitUntil("the error dialog closed", dialog::isDisposed);
        assertNull(Workbench.activeEditor(bot), "no editor opened for " + file.getFileName());
    }

    @Test
    void notAVideoAndATruncatedVideoAreRefusedAndTheWorkbenchStaysUsable() throws Exception {
        UiBot bot = Workbench.bot();
        Path text = dir.resolve("shopping list.mp4");
        Files.writeString(text, "eggs, milk, flour\n".repeat(50));
        expectErrorDialog(bot, text, "10-not-a-video");

        Path good = dir.resolve("good.mp4");
        SampleVideoWriter.write(new SampleScene(320, 180, 20), good, 25);
        byte[] whole = Files.readAllBytes(good);
        Path truncated = dir.resolve("truncated.mp4");
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 3));
        expectErrorDialog(bot, truncated, "11-truncated");

        // still usable: a good video opens after the failures
        Workbench.openVideo(bot, good);
        bot.waitUntil("the good video opens", () -> Workbench.activeEditor(bot) != null);
    }
}
