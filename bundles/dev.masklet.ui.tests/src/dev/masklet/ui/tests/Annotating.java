package dev.masklet.ui.tests;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import javax.imageio.ImageIO;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import dev.masklet.core.image.RgbImage;
import dev.masklet.media.sample.SampleScene;
import dev.masklet.media.sample.SampleVideoWriter;
import dev.masklet.testing.ui.UiBot;
import dev.masklet.ui.internal.editor.MaskOverlayEditor;

/** Steps of the annotation workflow that several UI tests share, each done with real events. */
final class Annotating {
    private Annotating() {
    }

    /** Writes the two-object sample video, opens it and waits until frame 1 is encoded. */
    static MaskOverlayEditor open(UiBot bot, SampleScene scene, Path video) throws Exception {
        SampleVideoWriter.write(scene, video, 25);
        Workbench.openVideo(bot, video);
        bot.waitUntil("the editor is open", () -> Workbench.activeEditor(bot) != null);
        MaskOverlayEditor editor = Workbench.activeEditor(bot);
        bot.waitUntil("frame 1 is encoded", editor::isFrameEncoded, Duration.ofSeconds(90));
        return editor;
    }

    /** Clicks, presses F and keeps the mask as a new object ({@code trackItem} 0) or corrects item's object. */
    static void keep(UiBot bot, MaskOverlayEditor editor, double[] at, String label, int objectsAfter,
            int trackItem) {
        bot.clickAt(bot.syncCall(() -> editor.imageToDisplay(at[0], at[1])), 1);
        bot.waitUntil("a mask for " + label, () -> editor.session().prompts().prediction() != null);
        bot.press(0, 'f');
        Shell dialog = bot.shell("New Object");
        if (trackItem > 0) {
            bot.select(bot.find(dialog, Combo.class, c -> true, "the track id"), trackItem);
            bot.waitUntil("choosing the object fills in its label",
                    () -> bot.find(dialog, Text.class, t -> true, "the label").getText().equals(label));
        } else {
            Text text = bot.find(dialog, Text.class, t -> true, "the label field");
            bot.syncRun(() -> {
                text.setFocus();
                text.selectAll();
            });
            bot.type(label);
        }
        bot.pressKeyCode(SWT.CR, '\r');
        bot.waitUntil("the dialog closed", dialog::isDisposed);
        bot.waitUntil(label + " kept", () -> editor.session().project().objects().size() == objectsAfter);
        focusEditor(bot, editor);
    }

    /** Writes the scene's frames losslessly as {@code frame1.png}, {@code frame2.png}, ... into the folder. */
    static Path writePngFrames(SampleScene scene, Path folder) throws IOException {
        for (int i = 0; i < scene.frames(); i++) {
            RgbImage frame = scene.render(i);
            BufferedImage img = new BufferedImage(frame.width(), frame.height(), BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < frame.height(); y++) {
                for (int x = 0; x < frame.width(); x++) {
                    img.setRGB(x, y, frame.pixel(x, y));
                }
            }
            ImageIO.write(img, "png", folder.resolve("frame" + (i + 1) + ".png").toFile());
        }
        return folder;
    }

    /** Gives the keyboard back to the editor after a dialog (no window manager does it under Xvfb). */
    static void focusEditor(UiBot bot, MaskOverlayEditor editor) {
        bot.activate(Workbench.windowShell(bot));
        bot.syncRun(editor::setFocus);
    }
}
