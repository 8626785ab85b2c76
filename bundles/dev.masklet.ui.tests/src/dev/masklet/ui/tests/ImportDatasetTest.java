package dev.masklet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import dev.masklet.core.model.TrackedObject;
import dev.masklet.core.store.ProjectStore;
import dev.masklet.media.sample.SampleScene;
import dev.masklet.media.sample.SampleVideoWriter;
import dev.masklet.testing.ui.UiBot;
import dev.masklet.ui.MaskletUi;
import dev.masklet.ui.internal.editor.MaskOverlayEditor;

/**
 * File > Import > Annotations into a Masklet Project: a LabelMe / X-AnyLabeling folder becomes a video's project in
 * a background job (the import of masklet-cli), the video opens with it, the input file keeps its bytes, and a
 * second import into the same video is refused in the dialog before anything runs.
 */
class ImportDatasetTest extends WorkbenchTestBase {
    @Test
    void importsALabelMeFolderIntoANewProjectAndOpensTheVideo() throws Exception {
        UiBot bot = Workbench.bot();
        Path video = dir.resolve("walk.mp4");
        SampleVideoWriter.write(new SampleScene(640, 360, 4), video, 25);
        Path labels = Files.createDirectories(dir.resolve("from x-anylabeling"));
        Path json = labels.resolve("frame_000001.json");
        Files.writeString(json, """
                {"version":"2.4.0","flags":{},"shapes":[{"label":"disk","score":null,\
                "points":[[100,150],[200,150],[200,250],[100,250]],"group_id":4,"description":"",\
                "difficult":false,"shape_type":"polygon","flags":{},"attributes":{},"kie_linking":[]}],\
                "imagePath":"frame_000001.jpg","imageData":null,"imageHeight":360,"imageWidth":640}
                """, StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(json);

        Shell dialog = openDialog(bot);
        Button importButton = bot.button(dialog, "Import");
        assertFalse(bot.syncCall(importButton::isEnabled), "nothing chosen yet");
        fill(bot, dialog, labels, video);
        bot.waitUntil("Import is enabled", importButton::isEnabled);
        bot.click(importButton);

        Shell done = bot.shell("Masklet Import");
        String message = Workbench.dialogMessage(bot, done);
        assertTrue(message.contains("Imported 1 object(s) on 1 frame(s) into walk.mp4.masklet.json"), message);
        bot.click(bot.button(done, "OK"));
        bot.waitUntil("the video opens with its new project", () -> Workbench.activeEditor(bot) != null);
        MaskOverlayEditor editor = Workbench.activeEditor(bot);
        TrackedObject disk = bot.syncCall(() -> editor.session().project().object(4).orElseThrow());
        assertEquals("disk", disk.label());
        assertTrue(disk.mask(1) != null && disk.mask(1).area() > 9000, "the polygon is the mask of frame 2");
        assertTrue(ProjectStore.exists(ProjectStore.projectFileFor(video)));
        assertArrayEquals(before, Files.readAllBytes(json), "the imported file keeps its bytes");

        Shell again = openDialog(bot);
        fill(bot, again, labels, video);
        Button refused = bot.button(again, "Import");
        Text said = bot.find(again, Text.class, t -> t.getText().contains("has a Masklet project already"),
                "the dialog's line saying why");
        assertTrue(bot.syncCall(said::getText).contains("walk.mp4: has a Masklet project already"),
                bot.syncCall(said::getText));
        assertFalse(bot.syncCall(refused::isEnabled), "a video with a project is refused before anything runs");
        bot.screenshot("80-import-refused");
        bot.click(bot.button(again, "Cancel"));
        bot.waitUntil("the dialog closed", again::isDisposed);
    }

    private static Shell openDialog(UiBot bot) {
        bot.chooseMenu(Workbench.windowShell(bot), "File", "Import", "Annotations into a Masklet Project");
        return bot.shell("Import Annotations");
    }

    private static void fill(UiBot bot, Shell dialog, Path source, Path media) {
        Text from = bot.widgetWithId(dialog, Text.class, MaskletUi.WIDGET_ID_KEY, "import.source");
        Text to = bot.widgetWithId(dialog, Text.class, MaskletUi.WIDGET_ID_KEY, "import.media");
        bot.syncRun(() -> {
            from.setText(source.toString());
            to.setText(media.toString());
        });
        bot.waitUntil("both paths are in the dialog", () -> from.getText().equals(source.toString())
                && to.getText().equals(media.toString()));
    }
}
