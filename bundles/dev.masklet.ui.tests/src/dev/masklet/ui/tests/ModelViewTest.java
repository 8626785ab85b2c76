package dev.masklet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.masklet.testing.ui.UiBot;
import dev.masklet.ui.MaskletUi;

/**
 * The Model view's Import Model Folder... with real events: a folder without model.json is refused by the model
 * manager in a job, and the error dialog names what is missing; nothing is installed.
 */
class ModelViewTest {
    @TempDir
    Path dir;

    @Test
    void importingAFolderWithoutDescriptorExplainsWhatIsMissing() throws Exception {
        UiBot bot = Workbench.bot();
        Path folder = Files.createDirectory(dir.resolve("not a model"));
        Files.writeString(folder.resolve("encoder.onnx"), "not a graph");
        Shell window = Workbench.windowShell(bot);
        bot.click(bot.widgetWithId(window, Button.class, MaskletUi.WIDGET_ID_KEY, "importModel"));
        Shell dialog = bot.shell("Import Model Folder");
        Text source = bot.widgetWithId(dialog, Text.class, MaskletUi.WIDGET_ID_KEY, "model.source");
        bot.syncRun(source::setFocus);
        bot.type(folder.toString());
        bot.waitUntil("the folder is typed in", () -> source.getText().equals(folder.toString()));
        bot.click(bot.button(dialog, "Import"));
        bot.waitUntil("the dialog closed", dialog::isDisposed);
        Shell error = bot.shell("Importing model folder 'not a model' failed");
        String message = bot.syncCall(() -> {
            StringBuilder all = new StringBuilder();
            collect(error, all);
            return all.toString();
        });
        bot.screenshot("70-import-model-error");
        assertTrue(message.contains("has no model.json") && message.contains("Nothing was installed"),
                "the error dialog says what is missing: " + message);
        bot.click(bot.button(error, "OK"));
        bot.waitUntil("the error dialog closed", error::isDisposed);
    }

    /**
     * The catalogue rows: the default and the four SAM 2.1 sizes with size, speed, licence and installed state; the
     * installed default's button is disabled, and Install on SAM 2.1 tiny opens the install dialog with its name.
     */
    @Test
    void catalogueListsEveryModelWithOneInstallActionEach() throws Exception {
        UiBot bot = Workbench.bot();
        Shell window = Workbench.windowShell(bot);
        String[] names = {"mobilesam", "sam2.1-hiera-tiny", "sam2.1-hiera-small", "sam2.1-hiera-base-plus",
                "sam2.1-hiera-large"};
        for (String name : names) {
            Label row = bot.widgetWithId(window, Label.class, MaskletUi.WIDGET_ID_KEY, "catalogue." + name);
            String text = bot.syncCall(row::getText);
            assertTrue(text.startsWith(name + " (") && text.contains(" MB, about ") && text.contains(" s per frame"),
                    text);
            bot.widgetWithId(window, Button.class, MaskletUi.WIDGET_ID_KEY, "install." + name);
        }
        String tiny = bot.syncCall(() -> bot.widgetWithId(window, Label.class, MaskletUi.WIDGET_ID_KEY,
                "catalogue.sam2.1-hiera-tiny").getText());
        assertTrue(tiny.contains("190 MB") && tiny.contains("5.5 s per frame") && tiny.contains("Apache-2.0")
                && tiny.endsWith("not installed"), tiny);
        String mobile = bot.syncCall(() -> bot.widgetWithId(window, Label.class, MaskletUi.WIDGET_ID_KEY,
                "catalogue.mobilesam").getText());
        assertTrue(mobile.endsWith("- installed"), "the default model the tests run with is installed: " + mobile);
        Button installed = bot.widgetWithId(window, Button.class, MaskletUi.WIDGET_ID_KEY, "install.mobilesam");
        assertTrue(!bot.syncCall(installed::getEnabled), "an installed model has no Install action");
        Combo memory = bot.widgetWithId(window, Combo.class, MaskletUi.WIDGET_ID_KEY, "memoryFramesChoice");
        assertTrue(bot.syncCall(memory::getText).equals("7 (as trained)"), "SAM 2 memory frames default: all 7");
        bot.screenshot("71-model-catalogue");
        bot.click(bot.widgetWithId(window, Button.class, MaskletUi.WIDGET_ID_KEY, "install.sam2.1-hiera-tiny"));
        Shell dialog = bot.shell("Install Model");
        Text name = bot.widgetWithId(dialog, Text.class, MaskletUi.WIDGET_ID_KEY, "model.name");
        assertTrue(bot.syncCall(name::getText).equals("sam2.1-hiera-tiny"), "the dialog is for the picked model");
        bot.click(bot.button(dialog, "Cancel"));
        bot.waitUntil("the dialog closed", dialog::isDisposed);
    }

    private static void collect(org.eclipse.swt.widgets.Composite c, StringBuilder out) {
        for (org.eclipse.swt.widgets.Control child : c.getChildren()) {
            if (child instanceof Label l) {
                out.append(l.getText()).append('\n');
            } else if (child instanceof org.eclipse.swt.widgets.Composite inner) {
                collect(inner, out);
            }
        }
    }
}
