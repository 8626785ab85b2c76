package dev.masklet.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.core.store.AnnotationFileException;
import dev.masklet.core.store.ProjectStore;

class ProjectStoreTest {
    @TempDir
    Path dir;

    private static BinaryMask square(int w, int h, int x0, int y0, int size) {
        byte[] bits = new byte[w * h];
        for (int y = y0; y < y0 + size; y++) {
            for (int x = x0; x < x0 + size; x++) {
                bits[y * w + x] = 1;
            }
        }
        return new BinaryMask(w, h, bits);
    }

    @Test
    void projectRoundTripsWithOddLabelNames() throws IOException {
        AnnotationProject project = new AnnotationProject("clip one.mp4", 40, 30, 12);
        TrackedObject a = project.addObject("café \"rouge\" l'été");
        a.putMask(0, square(40, 30, 3, 4, 10));
        a.putMask(7, square(40, 30, 20, 10, 5));
        TrackedObject b = project.addObject("Ünïcödé 猫");
        b.putMask(3, square(40, 30, 0, 0, 1));
        Path file = ProjectStore.projectFileFor(dir.resolve("clip one.mp4"));
        assertEquals("clip one.mp4.masklet.json", file.getFileName().toString());

        ProjectStore.save(project, file);
        AnnotationProject read = ProjectStore.load(file);

        assertEquals("clip one.mp4", read.mediaName());
        assertEquals(12, read.frameCount());
        assertEquals(2, read.objects().size());
        TrackedObject ra = read.object(1).orElseThrow();
        assertEquals("café \"rouge\" l'été", ra.label());
        assertEquals(a.masks(), ra.masks());
        assertEquals("Ünïcödé 猫", read.object(2).orElseThrow().label());
        assertEquals(b.masks(), read.object(2).orElseThrow().masks());
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "the project file and its frames folder; no temporary file may be left");
        }
    }

    /** The workbench's output mode is an optional field of the project file: kept when set, "" when absent. */
    @Test
    void outputModeIsSavedWithTheProjectAndOptional() throws IOException {
        AnnotationProject project = new AnnotationProject("clip.mp4", 40, 30, 5);
        project.addObject("a").putMask(1, square(40, 30, 3, 4, 10));
        Path file = ProjectStore.projectFileFor(dir.resolve("clip.mp4"));
        ProjectStore.save(project, file);
        assertEquals("", ProjectStore.load(file).outputMode(), "never chosen");
        assertTrue(!Files.readString(file).contains("output_mode"), "and not written: older readers see no change");

        project.setOutputMode("box");
        ProjectStore.save(project, file);
        assertTrue(Files.readString(file).contains("\"output_mode\": \"box\""), Files.readString(file));
        AnnotationProject read = ProjectStore.load(file);
        assertEquals("box", read.outputMode());
        assertEquals(project.object(1).orElseThrow().masks(), read.object(1).orElseThrow().masks());
    }

    @Test
    void malformedFilesGiveAClearErrorAndStayUntouched() throws IOException {
        Path file = dir.resolve("bad.mp4.masklet.json");
        String garbage = "{\"format\": \"masklet-project\", \"version\": 1, \"media\": ";
        Files.writeString(file, garbage, StandardCharsets.UTF_8);
        AnnotationFileException e = assertThrows(AnnotationFileException.class, () -> ProjectStore.load(file));
        assertTrue(e.getMessage().contains("bad.mp4.masklet.json"), e.getMessage());
        assertTrue(e.getMessage().contains("not a valid Masklet project file"), e.getMessage());
        assertEquals(garbage, Files.readString(file, StandardCharsets.UTF_8));

        Files.writeString(file, "{\"format\": \"something else\"}", StandardCharsets.UTF_8);
        assertThrows(AnnotationFileException.class, () -> ProjectStore.load(file));
    }

    /**
     * A real full disk: a 256 KiB tmpfs (needs root, as in CI) filled up before the second save. The save must fail
     * with a clear message, keep the previous file byte for byte and leave no temporary file.
     */
    @Test
    void aFullDiskKeepsThePreviousFile() throws Exception {
        Path mount = Files.createDirectory(dir.resolve("small-disk"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", mount.toString()) == 0,
                "mounting a tmpfs needs root");
        try {
            Path file = mount.resolve("v.mp4.masklet.json");
            AnnotationProject project = new AnnotationProject("v.mp4", 8, 8, 1);
            project.addObject("first").putMask(0, square(8, 8, 1, 1, 2));
            ProjectStore.save(project, file);
            String before = Files.readString(file);
            fillUp(mount.resolve("filler"));
            for (int i = 0; i < 50; i++) {
                project.addObject("object number " + i).putMask(0, square(8, 8, 4, 4, 2));
            }
            AnnotationFileException e = assertThrows(AnnotationFileException.class, () -> ProjectStore.save(project, file));
            assertTrue(e.getMessage().contains("previous version on disk is unchanged"), e.getMessage());
            assertEquals(before, Files.readString(file));
            try (var files = Files.list(mount)) {
                assertEquals(3, files.count(), "only the project file, its frames folder and the filler may remain");
            }
            try (var files = Files.list(ProjectStore.framesFolderFor(file))) {
                assertEquals(1, files.count(), "only the frame file of the first save may remain");
            }
        } finally {
            run("umount", mount.toString());
        }
    }

    /**
     * The per-frame store on a full disk (the same 256 KiB tmpfs): an incremental save of changed frames fails with
     * a clear message, every file keeps its bytes, the changes stay marked, and once there is room again the next
     * save writes them.
     */
    @Test
    void aFullDiskKeepsEveryFrameFileAndTheChangesForTheNextSave() throws Exception {
        Path mount = Files.createDirectory(dir.resolve("small-disk-frames"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", mount.toString()) == 0,
                "mounting a tmpfs needs root");
        try {
            Path file = mount.resolve("v.mp4.masklet.json");
            AnnotationProject project = new AnnotationProject("v.mp4", 32, 32, 10);
            TrackedObject o = project.addObject("first");
            for (int f = 0; f < 5; f++) {
                o.putMask(f, square(32, 32, f, f, 4));
            }
            ProjectStore.save(project, file);
            java.util.Map<Path, String> before = snapshot(mount);
            fillUp(mount.resolve("filler"));
            for (int f = 0; f < 5; f++) {
                o.putMask(f, square(32, 32, 10 + f, 10, 8));
            }
            project.addObject("second").putMask(7, square(32, 32, 0, 0, 3));
            AnnotationFileException e = assertThrows(AnnotationFileException.class, () -> ProjectStore.save(project, file));
            assertTrue(e.getMessage().contains("could not be saved") && e.getMessage().contains("v.mp4.masklet.json")
                    && e.getMessage().contains("previous version on disk is unchanged"), e.getMessage());
            java.util.Map<Path, String> after = snapshot(mount);
            after.keySet().removeIf(p -> p.getFileName().toString().equals(".save-journal.json"));
            assertEquals(before, after, "every file keeps its bytes; no temporary file is left");
            assertEquals(square(32, 32, 0, 0, 4), ProjectStore.load(file).object(1).orElseThrow().mask(0));
            assertTrue(project.changes().isDirty(), "the changes wait for the next save");

            Files.delete(mount.resolve("filler"));
            ProjectStore.save(project, file);
            AnnotationProject read = ProjectStore.load(file);
            assertEquals(square(32, 32, 14, 10, 8), read.object(1).orElseThrow().mask(4));
            assertEquals(square(32, 32, 0, 0, 3), read.object(2).orElseThrow().mask(7));
        } finally {
            run("umount", mount.toString());
        }
    }

    private static java.util.Map<Path, String> snapshot(Path root) throws IOException {
        java.util.Map<Path, String> files = new java.util.TreeMap<>();
        try (var walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("filler"))
                    .toList()) {
                files.put(f, Files.readString(f));
            }
        }
        return files;
    }

    private static void fillUp(Path filler) {
        byte[] block = new byte[4096];
        try (var out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException expected) {
            // the disk is full now
        }
    }

    private static int run(String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor();
        } catch (IOException e) {
            return -1;
        }
    }
}
