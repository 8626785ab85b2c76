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

    /**
     * A damaged project file beside good frame files: the video opens with the objects rebuilt from the frame files
     * and the dialog names the project file; without frame files the video is refused in one line naming the file.
     * The damaged file's bytes are kept (in place, or as {@code .damaged} once the rebuilt project is saved).
     */
    @Test
    void aDamagedProjectFileIsRebuiltFromTheFrameFilesOrRefusedInOneLine() throws Exception {
        UiBot bot = Workbench.bot();
        Path video = dir.resolve("damaged project.mp4");
        SampleVideoWriter.write(new SampleScene(320, 180, 6), video, 25);
        AnnotationProject project = new AnnotationProject(video.getFileName().toString(), 320, 180, 6);
        byte[] bits = new byte[320 * 180];
        Arrays.fill(bits, 0, 320 * 20, (byte) 1);
        project.addObject("cup").putMask(1, new BinaryMask(320, 180, bits));
        project.object(1).orElseThrow().putMask(4, new BinaryMask(320, 180, bits));
        Path projectFile = ProjectStore.projectFileFor(video);
        ProjectStore.save(project, projectFile);
        byte[] damaged = Arrays.copyOf(Files.readAllBytes(projectFile), 50);
        Files.write(projectFile, damaged);

        Workbench.openVideo(bot, video);
        Shell dialog = bot.shell("Annotation files skipped");
        Table table = bot.find(dialog, Table.class, t -> t.getData("dev.masklet.skippedFiles") != null,
                "the table of skipped files");
        String reason = bot.syncCall(() -> Arrays.stream(table.getItems())
                .filter(i -> i.getText(0).equals(projectFile.getFileName().toString())).map(i -> i.getText(1))
                .findFirst().orElse("(no row for the project file)"));
        assertTrue(reason.endsWith("rebuilt from the frame files"), reason);
        assertFalse(reason.contains("Exception") || reason.contains("http"), reason);
        bot.click(bot.button(dialog, "OK"));
        bot.waitUntil("the dialog closed", dialog::isDisposed);
        MaskOverlayEditor editor = Workbench.activeEditor(bot);
        assertNotNull(editor, "the video is open");
        assertEquals("cup", bot.syncCall(() -> editor.session().project().object(1).orElseThrow().label()));
        assertEquals(java.util.Set.of(1, 4), bot.syncCall(() -> java.util.Set.copyOf(
                editor.session().project().annotatedFrames())));
        Workbench.closeAllEditors(bot);
        Path kept = projectFile.resolveSibling(projectFile.getFileName() + ".damaged");
        assertArrayEquals(damaged, Files.exists(kept) ? Files.readAllBytes(kept) : Files.readAllBytes(projectFile),
                "the damaged file's bytes are kept");

        Path lone = dir.resolve("lone.mp4");
        SampleVideoWriter.write(new SampleScene(320, 180, 3), lone, 25);
        Path loneProject = ProjectStore.projectFileFor(lone);
        Files.writeString(loneProject, "{\"format\": \"masklet-project\", \"version\": 2, \"media\": {\"name\": ");
        byte[] loneBytes = Files.readAllBytes(loneProject);
        Workbench.openVideo(bot, lone);
        Shell refused = bot.shell("Cannot open video");
        String message = Workbench.dialogMessage(bot, refused);
        assertTrue(message.contains(loneProject.getFileName().toString()), message);
        assertFalse(message.contains("\n") || message.contains("Exception") || message.contains("http"), message);
        bot.click(bot.button(refused, "OK"));
        bot.waitUntil("the error dialog closed", refused::isDisposed);
        assertArrayEquals(loneBytes, Files.readAllBytes(loneProject), "the refused file is left as it is");
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
