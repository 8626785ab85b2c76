package dev.masklet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.masklet.engine.onnx.tests.graph.TemplateMaker;
import dev.masklet.engine.onnx.tests.models.FileServer;
import dev.masklet.testing.ui.UiBot;
import dev.masklet.ui.MaskletUi;

/**
 * The Model view with real events: Import Model Folder... with a folder without model.json is refused by the model
 * manager in a job, and the error dialog names what is missing; nothing is installed. The catalogue lists the models
 * Masklet can install; Install is disabled, with the reason, on a row this build cannot install, and on a SAM 2 row
 * whose graph templates are at hand it installs the model from its checkpoint in a job.
 */
class ModelViewTest {
    /** ModelCatalogue.EXTRA: a folder of further descriptors the catalogue lists. */
    private static final String CATALOGUE = "masklet.catalogue";
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
     * installed default's button is disabled, and so is Install on each SAM 2.1 size (no graph templates in this
     * build): its tooltip says why, in the words the installer's refusal uses, with how to convert it instead, and the
     * row says this build cannot install it, before anyone clicks.
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
                && tiny.endsWith("- not installed; this build cannot install it yet"), tiny);
        String mobile = bot.syncCall(() -> bot.widgetWithId(window, Label.class, MaskletUi.WIDGET_ID_KEY,
                "catalogue.mobilesam").getText());
        assertTrue(mobile.endsWith("- installed"), "the default model the tests run with is installed: " + mobile);
        Button installed = bot.widgetWithId(window, Button.class, MaskletUi.WIDGET_ID_KEY, "install.mobilesam");
        assertFalse(bot.syncCall(installed::getEnabled), "an installed model has no Install action");
        Combo memory = bot.widgetWithId(window, Combo.class, MaskletUi.WIDGET_ID_KEY, "memoryFramesChoice");
        assertTrue(bot.syncCall(memory::getText).equals("7 (as trained)"), "SAM 2 memory frames default: all 7");
        for (String name : List.of(names).subList(1, names.length)) {
            Button install = bot.widgetWithId(window, Button.class, MaskletUi.WIDGET_ID_KEY, "install." + name);
            assertEquals("Install", bot.syncCall(install::getText), "installed from its checkpoint: no questions");
            assertFalse(bot.syncCall(install::getEnabled), name + ": this build has no graph templates for it");
            assertEquals(name + " cannot be installed by Masklet yet: its graph templates are not in this build;"
                    + " convert it with models/convert_sam2.py (needs PyTorch), see docs/cli.md, section SAM 2 models",
                    bot.syncCall(install::getToolTipText), "the tooltip says why, as the installer would");
            String rowTip = bot.syncCall(() -> bot.widgetWithId(window, Label.class, MaskletUi.WIDGET_ID_KEY,
                    "catalogue." + name).getToolTipText());
            assertTrue(rowTip.endsWith(bot.syncCall(install::getToolTipText)), "the row's tooltip says it too");
        }
        // the catalogue reaches below the view's place in the perspective: the wheel scrolls the view to its last row
        Button last = bot.widgetWithId(window, Button.class, MaskletUi.WIDGET_ID_KEY, "install.sam2.1-hiera-large");
        ScrolledComposite view = bot.syncCall(() -> scrolledAround(last));
        Point middle = bot.syncCall(() -> view.toDisplay(view.getSize().x / 2, view.getSize().y / 2));
        bot.scroll(middle, -10);
        bot.waitUntil("the last catalogue row is scrolled into view", () -> bot.syncCall(() -> inView(view, last)));
        bot.screenshot("71-model-catalogue-scrolled");
        bot.scroll(middle, 10);
        bot.waitUntil("the view is scrolled back to the top", () -> bot.syncCall(() -> view.getOrigin().y == 0));
        // hover the SAM 2.1 tiny row (GTK shows no tooltip on a disabled button; the row's says the same), so the
        // screenshot shows what a newcomer sees before any click
        Label tinyRow = bot.widgetWithId(window, Label.class, MaskletUi.WIDGET_ID_KEY, "catalogue.sam2.1-hiera-tiny");
        Point centre = bot.syncCall(() -> tinyRow.toDisplay(tinyRow.getSize().x / 2, tinyRow.getSize().y / 2));
        bot.moveTo(new Point(centre.x - 3, centre.y));
        bot.moveTo(centre);
        UiBot.sleep(1500);
        bot.screenshot("71-model-catalogue");
        bot.moveTo(bot.syncCall(() -> window.toDisplay(5, 5)));
    }

    /**
     * Install on the catalogue row of a SAM 2 model whose graph templates are at hand (the micro fixture's, made by
     * TemplateMaker; the row comes from a descriptor in the folder -Dmasklet.catalogue names) downloads its
     * checkpoint from a real HTTP server on the loopback in a job, builds the model in Java, and the row then says
     * installed; the model is in the models folder.
     */
    @Test
    void installOnACatalogueRowDownloadsTheCheckpointAndListsTheModelAsInstalled() throws Exception {
        UiBot bot = Workbench.bot();
        Path split = dir.resolve("split");
        TemplateMaker.make(fixture(), split);
        Path catalogue = Files.createDirectories(dir.resolve("catalogue"));
        Path models = dir.resolve("models");
        String modelsBefore = System.getProperty("masklet.models");
        try (FileServer server = new FileServer()) {
            server.put("config.json", Files.readAllBytes(split.resolve("config.json")));
            server.put("model.safetensors", Files.readAllBytes(split.resolve("model.safetensors")));
            Files.writeString(catalogue.resolve("micro-checkpoint.json"), """
                    {"name": "micro-checkpoint", "title": "SAM 2.1 micro (test)", "kind": "video",
                     "license": "Apache-2.0", "files": [{"name": "vision_encoder.onnx", "approx_mb": 2.8}],
                     "catalogue": {"cpu_seconds_per_frame": 0.5, "cpu_speed_basis": "a test model"},
                     "checkpoint": {"address": "%s", "templates": "../split/templates",
                                    "files": [{"name": "config.json"}, {"name": "model.safetensors"}]}}
                    """.formatted(server.base()));
            System.setProperty("masklet.models", models.toString());
            System.setProperty(CATALOGUE, catalogue.toString());
            Workbench.showModelView(bot);
            Shell window = Workbench.windowShell(bot);
            Button install = bot.widgetWithId(window, Button.class, MaskletUi.WIDGET_ID_KEY,
                    "install.micro-checkpoint");
            assertTrue(bot.syncCall(() -> rowText(window, "micro-checkpoint")).endsWith("- not installed"));
            assertTrue(bot.syncCall(install::getEnabled), "its graph templates are at hand: it can be installed");
            assertNull(bot.syncCall(install::getToolTipText), "nothing to explain");
            bot.click(install);
            bot.waitUntil("the catalogue lists the model as installed",
                    () -> rowText(window, "micro-checkpoint").endsWith("- installed"), Duration.ofMinutes(3));
            bot.screenshot("75-installed-from-checkpoint");
            assertTrue(Files.isRegularFile(models.resolve("micro-checkpoint/memory_attention.onnx")),
                    "the model is in the models folder");
            assertTrue(server.requestsFor("model.safetensors").size() >= 1, "the checkpoint was downloaded");
        } finally {
            System.clearProperty(CATALOGUE);
            if (modelsBefore == null) {
                System.clearProperty("masklet.models");
            } else {
                System.setProperty("masklet.models", modelsBefore);
            }
            Workbench.showModelView(bot);
        }
    }

    /** The text of a catalogue row, found on the UI thread ("" while the view rebuilds its rows). */
    private static String rowText(Composite c, String model) {
        for (Control child : c.getChildren()) {
            if (child instanceof Label l && !l.isDisposed()
                    && ("catalogue." + model).equals(l.getData(MaskletUi.WIDGET_ID_KEY))) {
                return l.getText();
            }
            if (child instanceof Composite inner) {
                String found = rowText(inner, model);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }

    private static Path fixture() {
        String configured = System.getProperty("masklet.sam2.fixture");
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException("the SAM 2 fixture is not configured (-Dmasklet.sam2.fixture, set by the"
                    + " root pom)");
        }
        return Path.of(configured).toAbsolutePath().normalize();
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

    /** The scrolled area that holds {@code control}. */
    private static ScrolledComposite scrolledAround(Control control) {
        for (Composite c = control.getParent(); c != null; c = c.getParent()) {
            if (c instanceof ScrolledComposite scrolled) {
                return scrolled;
            }
        }
        throw new AssertionError("the Model view does not scroll");
    }

    /** Whether all of {@code control} lies within the visible part of {@code view}. */
    private static boolean inView(ScrolledComposite view, Control control) {
        Point topLeft = view.toControl(control.toDisplay(0, 0));
        Point size = control.getSize();
        Rectangle visible = view.getClientArea();
        return topLeft.y >= visible.y && topLeft.y + size.y <= visible.y + visible.height;
    }
}
