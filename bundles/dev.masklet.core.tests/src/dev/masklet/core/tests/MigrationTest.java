package dev.masklet.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.store.LoadReport;
import dev.masklet.core.store.ProjectStore;

/** Masklet 0.1's single project file (version 1, every mask inside) still opens and moves to the new layout. */
class MigrationTest {
    @TempDir
    Path dir;

    @Test
    void aVersion1FileOpensAndIsMigratedOnTheNextSave() throws IOException {
        Path file = TestData.copyFixture("v1/clip.mp4.masklet.json", dir.resolve("clip.mp4.masklet.json"));
        String original = Files.readString(file, StandardCharsets.UTF_8);

        LoadReport report = ProjectStore.open(file);
        AnnotationProject p = report.project();
        assertTrue(report.migratedFromV1());
        assertTrue(report.message().contains("Masklet 0.1"), report.message());
        assertEquals(10, p.frameCount());
        assertEquals(TestData.square(4, 3, 0, 0, 2), p.object(1).orElseThrow().mask(0));
        BinaryMask column = p.object(3).orElseThrow().mask(5);
        assertEquals(3, column.area());
        assertEquals(1, p.object(1).orElseThrow().mask(5).area());
        assertEquals("chat noir", p.object(3).orElseThrow().label());
        assertTrue(p.changes().isDirty(), "a migrated project is written in full at the next save");
        assertEquals(original, Files.readString(file, StandardCharsets.UTF_8), "opening writes nothing");

        ProjectStore.save(p, file);
        assertEquals(original, Files.readString(dir.resolve("clip.mp4.masklet.json.v1.bak"), StandardCharsets.UTF_8));
        assertEquals(2, JsonParser.parseString(Files.readString(file)).getAsJsonObject().get("version").getAsInt());
        AnnotationProject again = ProjectStore.load(file);
        assertEquals(Set.of(0, 5), again.annotatedFrames());
        assertEquals(p.object(1).orElseThrow().masks(), again.object(1).orElseThrow().masks());
        assertEquals(p.object(3).orElseThrow().masks(), again.object(3).orElseThrow().masks());
        assertFalse(ProjectStore.open(file).migratedFromV1());
    }
}
