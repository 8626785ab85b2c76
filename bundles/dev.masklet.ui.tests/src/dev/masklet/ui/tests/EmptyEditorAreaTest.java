package dev.masklet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.swt.custom.CTabFolder;
import org.junit.jupiter.api.Test;

import dev.masklet.media.sample.SampleScene;
import dev.masklet.media.sample.SampleVideoWriter;
import dev.masklet.testing.ui.UiBot;

/**
 * Started without a video, the editor area says how to start, with the keys as they are bound; the hint gives way
 * to the editor when a video opens.
 */
class EmptyEditorAreaTest extends WorkbenchTestBase {
    private static final String KEY = "dev.masklet.emptyEditorAreaHint";

    @Test
    void theEmptyEditorAreaSaysHowToStart() throws Exception {
        UiBot bot = Workbench.bot();
        CTabFolder editorArea = bot.find(Workbench.windowShell(bot), CTabFolder.class, f -> f.getData(KEY) != null,
                "the editor area with the start hint");
        bot.syncRun(editorArea::redraw);
        UiBot.sleep(300);
        String hint = bot.syncCall(() -> (String) editorArea.getData(KEY));
        assertTrue(hint.contains("File > Open Video…   (Ctrl+O)") && hint.contains("File > Open Frame Folder…   (Ctrl+U)"),
                hint);
        assertTrue(bot.syncCall(() -> editorArea.getItemCount() == 0), "no editor is open");
        bot.screenshot("00-empty-editor-area");
        // the hint is drawn: dark text pixels on the light, empty area
        String widgets = bot.syncCall(() -> editorArea.getClientArea() + " " + java.util.Arrays.stream(
                editorArea.getChildren()).map(c -> c.getClass().getSimpleName() + c.getBounds() + c.isVisible())
                .toList());
        int dark = bot.syncCall(() -> {
            org.eclipse.swt.graphics.Rectangle r = editorArea.getClientArea();
            org.eclipse.swt.graphics.Point origin = editorArea.toDisplay(r.x, r.y);
            org.eclipse.swt.graphics.Image shot = new org.eclipse.swt.graphics.Image(editorArea.getDisplay(),
                    r.width, r.height);
            org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(editorArea.getDisplay());
            try {
                gc.copyArea(shot, origin.x, origin.y);
                org.eclipse.swt.graphics.ImageData data = shot.getImageData();
                int n = 0;
                for (int y = 0; y < data.height; y += 2) {
                    for (int x = 0; x < data.width; x += 2) {
                        org.eclipse.swt.graphics.RGB c = data.palette.getRGB(data.getPixel(x, y));
                        n += c.red + c.green + c.blue < 500 ? 1 : 0; // the background is near white, the text grey
                    }
                }
                return n;
            } finally {
                gc.dispose();
                shot.dispose();
            }
        });
        assertTrue(dark > 50, "the hint's text is drawn (" + dark + " text pixels); " + widgets);

        Path video = dir.resolve("hint.mp4");
        SampleVideoWriter.write(new SampleScene(320, 180, 5), video, 25);
        Workbench.openVideo(bot, video);
        bot.waitUntil("the editor replaces the hint", () -> bot.syncCall(() -> editorArea.getItemCount() == 1));
    }
}
