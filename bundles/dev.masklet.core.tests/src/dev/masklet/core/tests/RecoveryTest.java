package dev.masklet.core.tests;

import static dev.masklet.core.tests.TestData.square;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.core.store.LoadReport;
import dev.masklet.core.store.ProjectStore;

/**
 * What opening a project finds after a save was cut short, reproduced file by file: the journal of the save, the
 * frame files it had finished (newer than the project file, one naming an object the project file does not know
 * yet), and a half-written temporary file.
 */
class RecoveryTest {
    @TempDir
    Path dir;

    @Test
    void anInterruptedSaveIsReportedAndItsFinishedFramesAreKept() throws IOException {
        Path file = ProjectStore.projectFileFor(dir.resolve("clip.mp4"));
        AnnotationProject saved = new AnnotationProject("clip.mp4", 16, 16, 10);
        saved.addObject("ball").putMask(0, square(16, 16, 0, 0, 4));
        ProjectStore.save(saved, file);
        String projectFileBefore = Files.readString(file);

        // the next save: frames first, then it dies before the project file
        AnnotationProject newer = ProjectStore.load(file);
        newer.object(1).orElseThrow().putMask(1, square(16, 16, 2, 2, 4));
        newer.addObject("cup").putMask(2, square(16, 16, 8, 8, 3));
        Path elsewhere = dir.resolve("newer").resolve("clip.mp4.masklet.json");
        Files.createDirectories(elsewhere.getParent());
        ProjectStore.save(newer, elsewhere);
        Path folder = ProjectStore.framesFolderFor(file);
        Path newerFolder = ProjectStore.framesFolderFor(elsewhere);
        Files.writeString(folder.resolve(".save-journal.json"), "{\"started\": \"now\", \"frames\": [1, 2]}");
        Files.copy(newerFolder.resolve("frame_000001.json"), folder.resolve("frame_000001.json"));
        Files.copy(newerFolder.resolve("frame_000002.json"), folder.resolve("frame_000002.json"));
        Files.writeString(folder.resolve(".frame_000003.json.12345.tmp"), "{\"version\": \"3.0.0\", \"sha");
        Files.writeString(dir.resolve(".clip.mp4.masklet.json.999.tmp"), "{\"format\"");
        assertEquals(projectFileBefore, Files.readString(file));

        LoadReport report = ProjectStore.open(file);
        assertTrue(report.interruptedSave());
        assertTrue(report.recovered());
        assertEquals(2, report.removedTempFiles().size());
        assertTrue(report.message().contains("stopped while saving"), report.message());
        AnnotationProject p = report.project();
        assertEquals(square(16, 16, 2, 2, 4), p.object(1).orElseThrow().mask(1));
        TrackedObject cup = p.object(2).orElseThrow();
        assertEquals("cup", cup.label(), "an object known only from a finished frame file is kept");
        assertEquals(square(16, 16, 8, 8, 3), cup.mask(2));
        assertFalse(Files.exists(folder.resolve(".frame_000003.json.12345.tmp")));

        // the next completed save writes the project file and ends the journal
        p.changes().all(p.annotatedFrames());
        ProjectStore.save(p, file);
        LoadReport clean = ProjectStore.open(file);
        assertFalse(clean.recovered());
        assertEquals(2, clean.project().objects().size());
    }
}
