package dev.masklet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.core.store.ProjectStore;
import dev.masklet.testing.ui.UiBot;
import dev.masklet.ui.internal.editor.MaskOverlayEditor;

/**
 * A folder of images labelled in X-AnyLabeling's layout (one JSON beside an image, matched by its imagePath) opens
 * with Open Frame Folder as it is: a box with a group id becomes that track, a polygon without one an object of its
 * own, the point that cannot be a mask is named in the one dialog; the JSON file keeps its bytes, Masklet's own
 * saves go beside the folder.
 */
class LabelledFrameFolderTest extends WorkbenchTestBase {
    @Test
    void aFolderLabelledInXAnyLabelingOpensAsItIs() throws Exception {
        UiBot bot = Workbench.bot();
        Path folder = Files.createDirectories(dir.resolve("labelled shots"));
        for (String name : List.of("shot1.png", "shot2.png", "shot10.png")) {
            ImageIO.write(new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB), "png", folder.resolve(name).toFile());
        }
        Path json = folder.resolve("shot10.json");
        Files.writeString(json, "{\"version\": \"2.4.0\", \"flags\": {}, \"shapes\": ["
                + "{\"label\": \"car\", \"score\": 0.9, \"points\": [[10, 10], [60, 10], [60, 40], [10, 40]],"
                + " \"group_id\": 3, \"description\": null, \"difficult\": false, \"shape_type\": \"rectangle\","
                + " \"flags\": {}, \"attributes\": {}, \"kie_linking\": []},"
                + "{\"label\": \"dog\", \"points\": [[80, 20], [150, 30], [120, 100]], \"group_id\": null,"
                + " \"shape_type\": \"polygon\", \"flags\": {}},"
                + "{\"label\": \"nose\", \"points\": [[100, 50]], \"group_id\": null, \"shape_type\": \"point\","
                + " \"flags\": {}}],"
                + " \"imagePath\": \"shot10.png\", \"imageData\": null, \"imageHeight\": 120, \"imageWidth\": 160}",
                StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(json);

        Workbench.openFrameFolder(bot, folder);
        Shell dialog = bot.shell("Annotation files skipped");
        String message = Workbench.dialogMessage(bot, dialog);
        assertTrue(message.contains("one file or shape is left out"), message);
        bot.click(bot.button(dialog, "OK"));
        bot.waitUntil("the dialog closed", dialog::isDisposed);

        MaskOverlayEditor editor = Workbench.activeEditor(bot);
        assertNotNull(editor, "the folder is open");
        AnnotationProject project = bot.syncCall(() -> editor.session().project());
        List<String> objects = bot.syncCall(() -> project.objects().stream()
                .map(o -> o.trackId() + " " + o.label() + " " + o.masks().keySet()).toList());
        assertEquals(List.of("3 car [2]", "4 dog [2]"), objects, "shot10.png is the third frame in natural order");
        TrackedObject car = bot.syncCall(() -> project.object(3).orElseThrow());
        assertEquals(51 * 31, car.mask(2).area(), 51 * 2, "the box is the car's mask");
        Workbench.closeAllEditors(bot);
        assertArrayEquals(before, Files.readAllBytes(json), "the X-AnyLabeling file keeps its bytes");
        Path projectFile = ProjectStore.projectFileFor(folder);
        assertTrue(Files.exists(projectFile), "Masklet saves beside the folder");
        assertEquals(2, ProjectStore.load(projectFile).objects().size());
    }
}
