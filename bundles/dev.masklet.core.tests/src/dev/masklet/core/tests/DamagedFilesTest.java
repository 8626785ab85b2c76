package dev.masklet.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.store.AnnotationFileException;
import dev.masklet.core.store.LoadReport;
import dev.masklet.core.store.ProjectStore;
import dev.masklet.core.store.SkippedFile;

/**
 * A corpus of damaged and odd frame files, made here, among good ones: each is skipped with a reason in plain words,
 * the good frames are read, and every file keeps its bytes through opening and saving; a damaged project file is
 * rebuilt from the frame files, or refused with one line when there are none.
 */
class DamagedFilesTest {
    @TempDir
    Path dir;

    /** A 40×30, 10-frame project saved with masks on frames 0 and 7; returns the project file. */
    private Path goodProject() throws IOException {
        AnnotationProject project = new AnnotationProject("clip.mp4", 40, 30, 10);
        project.addObject("cup").putMask(0, TestData.square(40, 30, 2, 2, 6));
        project.object(1).orElseThrow().putMask(7, TestData.square(40, 30, 5, 5, 6));
        Path file = ProjectStore.projectFileFor(dir.resolve("clip.mp4"));
        ProjectStore.save(project, file);
        return file;
    }

    /** Writes the corpus into the frames folder; returns file name → expected words of its reason. */
    private static Map<String, String> writeCorpus(Path folder) throws IOException {
        String good = Files.readString(folder.resolve("frame_000000.json"), StandardCharsets.UTF_8);
        Map<String, String> expected = new TreeMap<>();
        Files.writeString(folder.resolve("frame_000001.json"), good.substring(0, good.length() / 2));
        expected.put("frame_000001.json", "not complete JSON");
        // the mask says 30×40 but its runs cover 30×41 pixels
        Files.writeString(folder.resolve("frame_000002.json"), good.replace("\"frame\": 0", "\"frame\": 2")
                .replaceFirst("\"size\": \\[\\s*30,\\s*40\\s*\\]", "\"size\": [30, 41]"));
        expected.put("frame_000002.json", "the mask of object 1");
        Files.writeString(folder.resolve("frame_000003.json"), "{\"version\": \"2.4.0\", \"flags\": {}, \"shapes\": "
                + "[{\"label\": \"dog\", \"points\": [[\"ten\", \"twelve\"], [20, 22]], \"group_id\": null, "
                + "\"shape_type\": \"rectangle\", \"flags\": {}}], \"imagePath\": \"f3.jpg\", \"imageData\": null, "
                + "\"imageHeight\": 30, \"imageWidth\": 40}");
        expected.put("frame_000003.json", "must be numbers");
        Files.createDirectory(folder.resolve("frame_000004.json"));
        expected.put("frame_000004.json", "a folder, not a file");
        Files.writeString(folder.resolve("frame_000005.json"), "");
        expected.put("frame_000005.json", "empty");
        Files.writeString(folder.resolve("frame_000006.json"), "[1, 2, 3]");
        expected.put("frame_000006.json", "a JSON list, not an object");
        Files.writeString(folder.resolve("frame_000050.json"), good.replace("\"frame\": 0", "\"frame\": 50"));
        expected.put("frame_000050.json", "beyond the media's 10 frames");
        Files.writeString(folder.resolve("notes.json"), "{\"comment\": \"mine\"}");
        expected.put("notes.json", "not a LabelMe / X-AnyLabeling file");
        return expected;
    }

    private static Map<String, byte[]> bytes(Path folder) throws IOException {
        Map<String, byte[]> all = new TreeMap<>();
        try (var files = Files.list(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                all.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        return all;
    }

    private static void assertSameBytes(Map<String, byte[]> before, Map<String, byte[]> after, String... changed) {
        for (Map.Entry<String, byte[]> e : before.entrySet()) {
            if (!Arrays.asList(changed).contains(e.getKey())) {
                assertArrayEquals(e.getValue(), after.get(e.getKey()), e.getKey() + " keeps its bytes");
            }
        }
    }

    private static void assertPlain(String reason) {
        assertFalse(reason.contains("http") || reason.contains("Exception") || reason.contains("com.google")
                || reason.contains("\n") || reason.contains("$."), reason);
    }

    @Test
    void damagedFramesAreSkippedWithAReasonAndTheRestIsRead() throws IOException {
        Path file = goodProject();
        Path folder = ProjectStore.framesFolderFor(file);
        Map<String, String> expected = writeCorpus(folder);
        Map<String, byte[]> before = bytes(folder);
        before.put(file.getFileName().toString(), Files.readAllBytes(file));

        LoadReport report = ProjectStore.open(file);
        Map<String, String> reasons = report.skippedFiles().stream().collect(Collectors.toMap(
                f -> f.file().getFileName().toString(), SkippedFile::reason, (a, b) -> a, TreeMap::new));
        assertEquals(expected.keySet(), reasons.keySet(), reasons.toString());
        expected.forEach((name, words) -> {
            assertTrue(reasons.get(name).contains(words), name + ": " + reasons.get(name));
            assertPlain(reasons.get(name));
        });
        assertNull(report.projectFileProblem());
        AnnotationProject project = report.project();
        assertEquals(frames(0, 7), project.annotatedFrames());
        assertEquals(TestData.square(40, 30, 2, 2, 6), project.object(1).orElseThrow().mask(0));
        assertTrue(project.existingFrame(3).isEmpty(), "nothing of the damaged frame 3 was half-read");

        // a save of other frames leaves every damaged file alone
        project.object(1).orElseThrow().putMask(8, TestData.square(40, 30, 9, 9, 3));
        ProjectStore.save(project, file);
        Map<String, byte[]> after = bytes(folder);
        after.put(file.getFileName().toString(), Files.readAllBytes(file));
        assertSameBytes(before, after, file.getFileName().toString());
        assertTrue(Files.isDirectory(folder.resolve("frame_000004.json")));

        // annotating a damaged frame replaces its file only after keeping a copy of it
        project.object(1).orElseThrow().putMask(1, TestData.square(40, 30, 1, 1, 3));
        ProjectStore.save(project, file);
        assertArrayEquals(before.get("frame_000001.json"), Files.readAllBytes(folder.resolve("frame_000001.json.damaged")));
        LoadReport again = ProjectStore.open(file);
        assertEquals(TestData.square(40, 30, 1, 1, 3), again.project().object(1).orElseThrow().mask(1));
        assertEquals(expected.size() - 1, again.skippedFiles().size());
    }

    @Test
    void theMediaLengthLimitsTheFramesRead() throws IOException {
        Path file = goodProject();
        LoadReport report = ProjectStore.open(file, 5);
        assertEquals(frames(0), report.project().annotatedFrames());
        assertEquals("frame_000007.json: frame 8 (index 7) is beyond the media's 5 frames",
                report.skippedFiles().get(0).line());
    }

    @Test
    void aDamagedProjectFileIsRebuiltFromTheFrameFiles() throws IOException {
        Path file = goodProject();
        byte[] damaged = Arrays.copyOf(Files.readAllBytes(file), 40);
        Files.write(file, damaged);

        LoadReport report = ProjectStore.open(file);
        assertNotNull(report.projectFileProblem());
        assertPlain(report.projectFileProblem());
        assertTrue(report.hasSkippedFiles());
        assertTrue(report.skippedLines().get(0).startsWith("clip.mp4.masklet.json: "), report.skippedLines().toString());
        AnnotationProject project = report.project();
        assertEquals("clip.mp4", project.mediaName());
        assertEquals(40, project.width());
        assertEquals(frames(0, 7), project.annotatedFrames());
        assertEquals("cup", project.object(1).orElseThrow().label());
        assertArrayEquals(damaged, Files.readAllBytes(file), "left as it is until saved");

        ProjectStore.save(project, file);
        assertArrayEquals(damaged, Files.readAllBytes(file.resolveSibling(file.getFileName() + ".damaged")));
        assertNull(ProjectStore.open(file).projectFileProblem(), "the saved project file is whole again");
    }

    @Test
    void aDamagedProjectFileWithoutFrameFilesIsRefusedInOneLine() throws IOException {
        Path file = dir.resolve("lone.mp4.masklet.json");
        Files.writeString(file, "{\"format\": \"masklet-project\", \"version\": 2, \"media\": {\"name\": ");
        AnnotationFileException e = assertThrows(AnnotationFileException.class, () -> ProjectStore.open(file));
        assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("not complete JSON"), e.getMessage());
        assertPlain(e.getMessage());

        Files.createDirectory(ProjectStore.framesFolderFor(file));
        Files.writeString(ProjectStore.framesFolderFor(file).resolve("frame_000000.json"), "{\"shapes\": ");
        e = assertThrows(AnnotationFileException.class, () -> ProjectStore.open(file));
        assertTrue(e.getMessage().contains("no frame file could be read to rebuild it"), e.getMessage());
        assertPlain(e.getMessage());
    }

    private static java.util.SortedSet<Integer> frames(Integer... frames) {
        return new java.util.TreeSet<>(Arrays.asList(frames));
    }
}
