package dev.masklet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.store.ProjectStore;
import dev.masklet.media.sample.SampleScene;
import dev.masklet.media.sample.SampleVideoWriter;
import dev.masklet.testing.ui.UiBot;
import dev.masklet.ui.internal.editor.MaskOverlayEditor;

/**
 * A video whose frames folder holds damaged and odd files among good ones (made here): the video opens with the
 * good frames, one dialog lists each skipped file with its reason in plain words, and every file keeps its bytes.
 */
class SkippedFilesTest extends WorkbenchTestBase {
    @Test
    void damagedFrameFilesAreListedInOneDialogAndTheVideoOpens() throws Exception {
        UiBot bot = Workbench.bot();
        Path video = dir.resolve("damaged frames.mp4");
        SampleVideoWriter.write(new SampleScene(320, 180, 10), video, 25);
        AnnotationProject project = new AnnotationProject(video.getFileName().toString(), 320, 180, 10);
        byte[] bits = new byte[320 * 180];
        Arrays.fill(bits, 0, 320 * 20, (byte) 1);
        project.addObject("kept").putMask(0, new BinaryMask(320, 180, bits));
        project.object(1).orElseThrow().putMask(2, new BinaryMask(320, 180, bits));
        Path projectFile = ProjectStore.projectFileFor(video);
        ProjectStore.save(project, projectFile);
        Path folder = ProjectStore.framesFolderFor(projectFile);
        String good = Files.readString(folder.resolve("frame_000000.json"), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("frame_000001.json"), good.substring(0, good.length() / 3));
        Files.createDirectory(folder.resolve("frame_000003.json"));
        Files.writeString(folder.resolve("frame_000004.json"), "{\"version\": \"2.4.0\", \"flags\": {}, \"shapes\": "
                + "[{\"label\": \"dog\", \"points\": [[\"x\", 1], [20, 22]], \"group_id\": null, \"shape_type\": "
                + "\"rectangle\", \"flags\": {}}], \"imagePath\": \"a.jpg\", \"imageData\": null, \"imageHeight\": "
                + "180, \"imageWidth\": 320}");
        Files.writeString(folder.resolve("frame_000005.json"), good.replace("\"frame\": 0", "\"frame\": 5")
                .replaceFirst("\"size\": \\[\\s*180,\\s*320\\s*\\]", "\"size\": [180, 321]"));
        Files.writeString(folder.resolve("frame_000030.json"), good.replace("\"frame\": 0", "\"frame\": 30"));
        Map<String, byte[]> before = bytes(folder);
        byte[] projectBytes = Files.readAllBytes(projectFile);

        Workbench.openVideo(bot, video);
        Shell dialog = bot.shell("Annotation files skipped");
        String message = Workbench.dialogMessage(bot, dialog);
        assertTrue(message.contains("5 files or shapes are left out"), message);
        Table table = bot.find(dialog, Table.class, t -> t.getData("dev.masklet.skippedFiles") != null,
                "the table of skipped files");
        Map<String, String> rows = bot.syncCall(() -> {
            Map<String, String> r = new TreeMap<>();
            Arrays.stream(table.getItems()).forEach(i -> r.put(i.getText(0), i.getText(1)));
            return r;
        });
        assertEquals(5, rows.size(), rows.toString());
        assertTrue(rows.get("frame_000001.json").startsWith("not complete JSON"), rows.toString());
        assertEquals("a folder, not a file", rows.get("frame_000003.json"));
        assertTrue(rows.get("frame_000004.json").contains("x and y must be numbers"), rows.toString());
        assertTrue(rows.get("frame_000005.json").startsWith("the mask of object 1"), rows.toString());
        assertEquals("frame 31 (index 30) is beyond the media's 10 frames", rows.get("frame_000030.json"));
        rows.values().forEach(reason -> assertFalse(reason.contains("http") || reason.contains("Exception")
                || reason.contains("com.google"), reason));
        bot.screenshot("31-skipped-files");
        bot.click(bot.button(dialog, "OK"));
        bot.waitUntil("the dialog closed", dialog::isDisposed);

        MaskOverlayEditor editor = Workbench.activeEditor(bot);
        assertNotNull(editor, "the video is open");
        assertEquals(java.util.Set.of(0, 2), bot.syncCall(() -> java.util.Set.copyOf(
                editor.session().project().annotatedFrames())));
        Workbench.closeAllEditors(bot);
        Map<String, byte[]> after = bytes(folder);
        before.forEach((name, content) -> assertArrayEquals(content, after.get(name), name + " keeps its bytes"));
        assertArrayEquals(projectBytes, Files.readAllBytes(projectFile));
        assertTrue(Files.isDirectory(folder.resolve("frame_000003.json")));
    }

    private static Map<String, byte[]> bytes(Path folder) throws java.io.IOException {
        Map<String, byte[]> all = new TreeMap<>();
        try (var files = Files.list(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                all.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        return all;
    }
}
