package dev.masklet.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.FrameAnnotations;
import dev.masklet.core.model.Point;
import dev.masklet.core.model.Shape;
import dev.masklet.core.store.ProjectStore;

/**
 * Files written by X-AnyLabeling (fixtures written by hand from its published format: rectangle, polygon, rotation
 * and point shapes, group_id, difficult, description, attributes, score and kie_linking) open unchanged from the
 * frames folder, and survive a save and a reload with their own names and unknown keys.
 */
class XAnyLabelingFilesTest {
    @TempDir
    Path dir;

    private Path project() throws IOException {
        Path folder = dir.resolve("street.mp4.masklet");
        TestData.copyFixture("xanylabeling/street_00003.json", folder.resolve("street_00003.json"));
        TestData.copyFixture("xanylabeling/street_00004.json", folder.resolve("street_00004.json"));
        return ProjectStore.projectFileFor(dir.resolve("street.mp4"));
    }

    @Test
    void theirFilesOpenWithoutAProjectFile() throws IOException {
        Path file = project();
        assertTrue(ProjectStore.exists(file));
        AnnotationProject p = ProjectStore.load(file);

        assertEquals("street.mp4", p.mediaName());
        assertEquals(160, p.width());
        assertEquals(120, p.height());
        assertEquals(5, p.frameCount(), "frames up to the last file's");
        assertEquals(List.of(3, 4), List.copyOf(p.annotatedFrames()), "the number in the file name is the frame");
        assertEquals(List.of(1, 2, 3), p.objects().stream().map(o -> o.trackId()).toList(), "group ids are track ids");
        assertEquals("voiture électrique", p.object(2).orElseThrow().label());

        FrameAnnotations f3 = p.frame(3);
        assertTrue(f3.flag(FrameAnnotations.REVIEWED));
        assertEquals(Boolean.FALSE, f3.flags().get("night"));
        List<Shape> shapes = f3.shapes();
        assertEquals(List.of("rectangle", "polygon", "rotation", "point"), shapes.stream().map(Shape::type).toList());
        Shape rectangle = shapes.get(0);
        assertEquals(List.of(new Point(10, 10), new Point(40, 50)), rectangle.points());
        assertEquals(Map.of("pose", "walking"), rectangle.attributes());
        assertEquals("", rectangle.description());
        Shape polygon = shapes.get(1);
        assertTrue(polygon.difficult());
        assertNull(polygon.description());
        assertEquals("4", polygon.attributes().get("doors"), "attribute values are kept as text");
        assertEquals("0.91", polygon.extras().get("score"), "keys Masklet does not know are kept");
        Shape rotation = shapes.get(2);
        assertEquals(0.3217505543966422, rotation.direction());
        assertEquals("turning left", rotation.description());
        assertEquals(4, rotation.points().size());
        Shape point = shapes.get(3);
        assertNull(point.groupId());
        assertEquals(List.of(new Point(5, 100)), point.points());

        FrameAnnotations f4 = p.frame(4);
        assertEquals(Map.of("truncated", true), f4.shapes().get(0).flags());
        assertEquals("sign \"stop\"", f4.shapes().get(1).label());
        assertEquals("\"dusk\"", f4.extras().get("description"));
        assertEquals("street_00004.jpg", f4.imagePath());
    }

    @Test
    void savingKeepsTheirFileNamesAndEverythingInThem() throws IOException {
        Path file = project();
        AnnotationProject p = ProjectStore.load(file);
        p.frame(4).setFlag(FrameAnnotations.REVIEWED, true);
        ProjectStore.save(p, file);

        Path folder = ProjectStore.framesFolderFor(file);
        try (var files = Files.list(folder)) {
            assertEquals(List.of("street_00003.json", "street_00004.json"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "no second file per frame");
        }
        JsonObject f4 = JsonParser.parseString(Files.readString(folder.resolve("street_00004.json"),
                StandardCharsets.UTF_8)).getAsJsonObject();
        assertTrue(f4.getAsJsonObject("flags").get("reviewed").getAsBoolean());
        assertEquals("street_00004.jpg", f4.get("imagePath").getAsString());
        assertEquals("dusk", f4.get("description").getAsString());
        JsonObject person = f4.getAsJsonArray("shapes").get(0).getAsJsonObject();
        assertEquals("[]", person.get("kie_linking").toString());
        assertEquals(1, person.get("group_id").getAsInt());

        AnnotationProject again = ProjectStore.load(file);
        assertEquals(p.frame(3).shapes(), again.frame(3).shapes());
        assertEquals(p.frame(4).shapes(), again.frame(4).shapes());
        assertTrue(again.frame(4).flag(FrameAnnotations.REVIEWED));
        assertEquals(3, again.objects().size());
    }

    @Test
    void aDamagedFrameFileIsSkippedNamedAndLeftAlone() throws IOException {
        Path file = project();
        Path bad = ProjectStore.framesFolderFor(file).resolve("street_00005.json");
        String cut = "{\"version\": \"2.4.4\", \"shapes\": [{\"label\": \"x\"";
        Files.writeString(bad, cut, StandardCharsets.UTF_8);
        var report = ProjectStore.open(file);
        assertEquals(2, report.project().annotatedFrames().size(), "the good files are read");
        assertEquals(1, report.skippedFiles().size());
        assertEquals(bad, report.skippedFiles().get(0).file());
        assertTrue(report.skippedFiles().get(0).reason().startsWith("not complete JSON"),
                report.skippedFiles().get(0).reason());
        assertEquals(cut, Files.readString(bad, StandardCharsets.UTF_8));

        Files.writeString(bad, "{\"shapes\": [{\"label\": \"x\", \"shape_type\": \"point\"}]}", StandardCharsets.UTF_8);
        report = ProjectStore.open(file);
        assertTrue(report.skippedFiles().get(0).reason().contains("points"), report.skippedFiles().get(0).reason());
    }

    @Test
    void jsonFilesThatAreNotAnnotationsAreSkipped() throws IOException {
        Path file = project();
        Files.writeString(ProjectStore.framesFolderFor(file).resolve("notes.json"), "{\"comment\": \"mine\"}");
        var report = ProjectStore.open(file);
        assertEquals(1, report.skippedFiles().size());
        assertFalse(report.recovered());
        assertEquals(2, report.project().annotatedFrames().size());
    }
}
