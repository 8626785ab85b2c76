package dev.masklet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.core.store.ProjectStore;
import dev.masklet.media.sample.SampleScene;
import dev.masklet.media.sample.SampleVideoWriter;
import dev.masklet.testing.ui.UiBot;
import dev.masklet.ui.MaskletUi;

/** File > Export > Masklet Dataset: the wizard exports the open video's annotations in a background job. */
class ExportWizardTest extends WorkbenchTestBase {
    private static final String EXPORT_COMMAND = "dev.masklet.ui.commands.exportDataset";
    private static final int W = 320;
    private static final int H = 180;

    private static BinaryMask rect(int x0, int y0, int x1, int y1) {
        byte[] bits = new byte[W * H];
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                bits[y * W + x] = 1;
            }
        }
        return new BinaryMask(W, H, bits);
    }

    private static void runCommandLater(UiBot bot, String id) {
        bot.display().asyncExec(() -> {
            ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
            IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
            try {
                handlers.executeCommand(id, null);
            } catch (Exception e) {
                throw new IllegalStateException(commands.getCommand(id) + ": " + e, e);
            }
        });
    }

    @Test
    void wizardDefaultsWriteAYoloDatasetWhoseDataYamlPathsExistAndTheSettingsComeBack() throws Exception {
        UiBot bot = Workbench.bot();
        Path video = annotatedVideo("defaults.mp4");
        Workbench.openVideo(bot, video);
        bot.waitUntil("the mask overlay editor is open", () -> Workbench.activeEditor(bot) != null);

        runCommandLater(bot, EXPORT_COMMAND);
        Shell wizard = bot.shell("Export Masklet Dataset");
        choose(bot, wizard, "(yolo)");
        bot.click(bot.button(wizard, "Finish"));
        Shell done = bot.shell("Masklet Dataset Export");
        bot.click(bot.button(done, "OK"));
        bot.waitUntil("the result dialog closed", done::isDisposed);

        Path out = dir.resolve("defaults-yolo");
        List<String> yaml = Files.readAllLines(out.resolve("data.yaml"));
        List<String> paths = yaml.stream().filter(l -> l.startsWith("train:") || l.startsWith("val:"))
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).toList();
        assertEquals(2, paths.size(), yaml.toString());
        long labelled;
        try (var labels = Files.list(out.resolve("labels"))) {
            labelled = labels.count();
        }
        assertEquals(6, labelled, "frames 1-6 carry objects");
        for (String path : paths) {
            Path images = out.resolve(path);
            assertTrue(Files.isDirectory(images), "data.yaml names " + path + ", which exists");
            try (var files = Files.list(images)) {
                assertEquals(labelled, files.count(), "one image per labels file in " + path);
            }
        }

        // COCO as RLE on a 1-based range; the next export of this video starts from these settings
        runCommandLater(bot, EXPORT_COMMAND);
        wizard = bot.shell("Export Masklet Dataset");
        choose(bot, wizard, "(coco)");
        Combo coco = bot.widgetWithId(wizard, Combo.class, MaskletUi.WIDGET_ID_KEY, "export.cocoSegmentation");
        assertTrue(bot.syncCall(coco::isEnabled), "the COCO choice is offered for COCO");
        bot.select(coco, 2);
        Text range = bot.widgetWithId(wizard, Text.class, MaskletUi.WIDGET_ID_KEY, "export.range");
        bot.syncRun(() -> range.setText("3-4"));
        bot.click(bot.button(wizard, "Finish"));
        done = bot.shell("Masklet Dataset Export");
        bot.click(bot.button(done, "OK"));
        bot.waitUntil("the result dialog closed", done::isDisposed);
        Path cocoOut = dir.resolve("defaults-coco");
        String json = Files.readString(cocoOut.resolve("annotations.json"));
        assertTrue(json.contains("\"counts\""), "RLE segmentation");
        try (var files = Files.list(cocoOut.resolve("images"))) {
            assertEquals(2, files.count(), "frames 3 and 4 (1-based): two images");
        }

        runCommandLater(bot, EXPORT_COMMAND);
        Shell again = bot.shell("Export Masklet Dataset");
        Combo formatAgain = bot.widgetWithId(again, Combo.class, MaskletUi.WIDGET_ID_KEY, "export.format");
        assertTrue(bot.syncCall(() -> formatAgain.getText()).endsWith("(coco)"), "the last format comes back");
        assertEquals("3-4", bot.syncCall(bot.widgetWithId(again, Text.class, MaskletUi.WIDGET_ID_KEY,
                "export.range")::getText), "the last range comes back");
        assertEquals(2, (int) bot.syncCall(bot.widgetWithId(again, Combo.class, MaskletUi.WIDGET_ID_KEY,
                "export.cocoSegmentation")::getSelectionIndex), "RLE comes back");
        bot.click(bot.button(again, "Cancel"));
        bot.waitUntil("the wizard closed", again::isDisposed);
    }

    /** Selects the format whose item ends with {@code suffix}, as a user picks it from the list. */
    private static Combo choose(UiBot bot, Shell wizard, String suffix) {
        Combo format = bot.widgetWithId(wizard, Combo.class, MaskletUi.WIDGET_ID_KEY, "export.format");
        List<String> items = bot.syncCall(() -> Arrays.asList(format.getItems()));
        bot.select(format, items.indexOf(items.stream().filter(i -> i.endsWith(suffix)).findFirst().orElseThrow()));
        return format;
    }

    /** An 8-frame sample video with a project: a disk on frames 1-4, a square on frames 3-6 (1-based). */
    private Path annotatedVideo(String name) throws Exception {
        Path video = dir.resolve(name);
        SampleVideoWriter.write(new SampleScene(W, H, 8), video, 25);
        AnnotationProject project = new AnnotationProject(video.getFileName().toString(), W, H, 8);
        TrackedObject disk = project.addObject("red disk");
        for (int f = 0; f <= 3; f++) {
            disk.putMask(f, rect(20 + 5 * f, 60, 60 + 5 * f, 100));
        }
        TrackedObject square = project.addObject("blue \"square\"");
        for (int f = 2; f <= 5; f++) {
            square.putMask(f, rect(200, 20, 240, 60));
        }
        ProjectStore.save(project, ProjectStore.projectFileFor(video));
        return video;
    }

    @Test
    void exportsTheOpenVideoAsYoloSegmentationWithImages() throws Exception {
        UiBot bot = Workbench.bot();
        Path video = dir.resolve("clip for export.mp4");
        SampleVideoWriter.write(new SampleScene(W, H, 8), video, 25);
        AnnotationProject project = new AnnotationProject(video.getFileName().toString(), W, H, 8);
        TrackedObject disk = project.addObject("red disk");
        for (int f = 0; f <= 3; f++) {
            disk.putMask(f, rect(20 + 5 * f, 60, 60 + 5 * f, 100));
        }
        TrackedObject square = project.addObject("blue \"square\"");
        for (int f = 2; f <= 5; f++) {
            square.putMask(f, rect(200, 20, 240, 60));
        }
        ProjectStore.save(project, ProjectStore.projectFileFor(video));

        Workbench.openVideo(bot, video);
        bot.waitUntil("the mask overlay editor is open", () -> Workbench.activeEditor(bot) != null);
        assertTrue(bot.syncCall(() -> PlatformUI.getWorkbench().getService(ICommandService.class)
                .getCommand(EXPORT_COMMAND).isEnabled()), "export is enabled while a video is open");

        runCommandLater(bot, EXPORT_COMMAND);
        Shell wizard = bot.shell("Export Masklet Dataset");
        Combo format = bot.widgetWithId(wizard, Combo.class, MaskletUi.WIDGET_ID_KEY, "export.format");
        List<String> items = bot.syncCall(() -> Arrays.asList(format.getItems()));
        for (String id : List.of("(coco)", "(yolo)", "(yolo-seg)", "(voc)", "(mot)", "(mots)", "(masks)", "(labelme)")) {
            assertTrue(items.stream().anyMatch(i -> i.endsWith(id)), "the formats list offers " + id + ": " + items);
        }
        Text output = bot.widgetWithId(wizard, Text.class, MaskletUi.WIDGET_ID_KEY, "export.output");
        assertTrue(bot.syncCall(output::getText).endsWith("clip for export-coco"), "COCO is preselected");
        bot.syncRun(() -> {
            format.select(items.indexOf(items.stream().filter(i -> i.endsWith("(yolo-seg)")).findFirst()
                    .orElseThrow()));
            format.notifyListeners(SWT.Selection, new Event());
        });
        assertTrue(bot.syncCall(output::getText).endsWith("clip for export-yolo-seg"),
                "the suggested folder follows the format");
        Path out = dir.resolve("dataset");
        bot.syncRun(() -> output.setText(out.toString()));
        Text range = bot.widgetWithId(wizard, Text.class, MaskletUi.WIDGET_ID_KEY, "export.range");
        assertEquals("1-8", bot.syncCall(range::getText), "the range defaults to the whole video, 1-based");
        bot.syncRun(() -> range.setText("2-5"));
        Button images = bot.widgetWithId(wizard, Button.class, MaskletUi.WIDGET_ID_KEY, "export.images");
        assertTrue(bot.syncCall(images::getSelection), "YOLO's tools read the images: written by default");
        bot.screenshot("30-export-wizard");
        bot.click(bot.button(wizard, "Finish"));

        Shell done = bot.shell("Masklet Dataset Export");
        bot.screenshot("31-export-done");
        bot.click(bot.button(done, "OK"));
        bot.waitUntil("the result dialog closed", done::isDisposed);

        assertTrue(Files.readString(out.resolve("data.yaml")).contains("  1: \"blue \\\"square\\\"\""));
        for (int f = 1; f <= 4; f++) {
            assertTrue(Files.isRegularFile(out.resolve(String.format("labels/frame_%06d.txt", f))), "labels " + f);
            assertTrue(Files.size(out.resolve(String.format("images/frame_%06d.jpg", f))) > 0, "image " + f);
        }
        assertFalse(Files.exists(out.resolve("labels/frame_000000.txt")), "frame 1 (1-based) is outside the range");
        assertFalse(Files.exists(out.resolve("labels/frame_000005.txt")), "frame 6 (1-based) is outside the range");
        assertEquals(2, Files.readAllLines(out.resolve("labels/frame_000003.txt")).size(), "disk and square");
    }
}
