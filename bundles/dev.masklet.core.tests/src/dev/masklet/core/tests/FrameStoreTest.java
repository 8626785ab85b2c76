package dev.masklet.core.tests;

import static dev.masklet.core.tests.TestData.square;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.FrameAnnotations;
import dev.masklet.core.model.LabelClass;
import dev.masklet.core.model.Point;
import dev.masklet.core.model.Shape;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.core.model.Visibility;
import dev.masklet.core.store.ProjectStore;

/** The per-frame layout: what is written where, that it reads back the same, and that only changed frames are written. */
class FrameStoreTest {
    @TempDir
    Path dir;

    private static AnnotationProject everyKind() {
        AnnotationProject p = new AnnotationProject("clip one.mp4", 40, 30, 20);
        TrackedObject ball = p.addObject("café \"rouge\"");
        ball.putMask(0, square(40, 30, 3, 4, 10));
        ball.putMask(7, square(40, 30, 20, 10, 5));
        ball.setVisibility(7, Visibility.PARTLY_OCCLUDED);
        TrackedObject cat = p.addObject("猫");
        cat.setVisibility(3, Visibility.FULLY_OCCLUDED);
        p.putLabelClass(new LabelClass("猫", 0x123456));
        FrameAnnotations f3 = p.frame(3);
        f3.addShape(Shape.polygon("猫", cat.trackId(), List.of(new Point(1, 1), new Point(30, 1), new Point(30, 25)),
                List.of(List.of(new Point(20, 5), new Point(25, 5), new Point(25, 9)))));
        f3.addShape(Shape.rectangle("sign", null, 2, 3, 12, 13).withDifficult(true).withDescription("half hidden")
                .withAttributes(Map.of("kind", "stop")));
        f3.addShape(Shape.rotatedRectangle("bus", null, 20, 15, 10, 4, 0.5));
        f3.addShape(Shape.point("tree", null, 5.5, 6.25));
        f3.setFlag(FrameAnnotations.REVIEWED, true);
        p.frame(12).setFlag(FrameAnnotations.REVIEWED, true);
        return p;
    }

    @Test
    void everyKindOfAnnotationRoundTripsThroughTheFrameFiles() throws IOException {
        AnnotationProject project = everyKind();
        Path file = ProjectStore.projectFileFor(dir.resolve("clip one.mp4"));
        ProjectStore.save(project, file);

        Path folder = dir.resolve("clip one.mp4.masklet");
        assertEquals(folder, ProjectStore.framesFolderFor(file));
        try (var files = Files.list(folder)) {
            assertEquals(Set.of("frame_000000.json", "frame_000003.json", "frame_000007.json", "frame_000012.json"),
                    Set.copyOf(files.map(f -> f.getFileName().toString()).toList()));
        }
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "the project file and the frames folder, no temporary files");
        }

        AnnotationProject read = ProjectStore.load(file);
        assertEquals(project.labelClasses(), read.labelClasses());
        assertEquals(0x123456, read.colourOf("猫"));
        for (TrackedObject o : project.objects()) {
            TrackedObject r = read.object(o.trackId()).orElseThrow();
            assertEquals(o.label(), r.label());
            assertEquals(o.masks(), r.masks());
            assertEquals(o.visibilities(), r.visibilities());
        }
        assertEquals(project.frame(3).shapes(), read.frame(3).shapes());
        assertEquals(0.5, read.frame(3).shapes().get(2).direction());
        assertEquals(1, read.frame(3).shapes().get(0).holes().size());
        assertTrue(read.frame(3).flag(FrameAnnotations.REVIEWED));
        assertTrue(read.frame(12).flag(FrameAnnotations.REVIEWED));
        assertEquals(project.annotatedFrames(), read.annotatedFrames());
        assertFalse(read.changes().isDirty(), "a project just read has nothing to save");
    }

    @Test
    void frameFilesHaveTheXAnyLabelingLayout() throws IOException {
        AnnotationProject project = everyKind();
        Path file = ProjectStore.projectFileFor(dir.resolve("clip one.mp4"));
        ProjectStore.save(project, file);

        JsonObject frame = JsonParser.parseString(Files.readString(
                dir.resolve("clip one.mp4.masklet/frame_000003.json"), StandardCharsets.UTF_8)).getAsJsonObject();
        for (String key : List.of("version", "flags", "shapes", "imagePath", "imageData", "imageHeight", "imageWidth")) {
            assertTrue(frame.has(key), key);
        }
        assertTrue(frame.get("imageData").isJsonNull());
        assertEquals(30, frame.get("imageHeight").getAsInt());
        assertEquals(40, frame.get("imageWidth").getAsInt());
        assertEquals("frame_000003.jpg", frame.get("imagePath").getAsString());
        JsonObject polygon = frame.getAsJsonArray("shapes").get(0).getAsJsonObject();
        for (String key : List.of("label", "points", "group_id", "shape_type", "flags", "description", "difficult",
                "attributes")) {
            assertTrue(polygon.has(key), key);
        }
        assertEquals(2, polygon.get("group_id").getAsInt());
        assertTrue(frame.getAsJsonArray("shapes").get(1).getAsJsonObject().get("group_id").isJsonNull());
        assertEquals("rotation", frame.getAsJsonArray("shapes").get(2).getAsJsonObject().get("shape_type").getAsString());

        JsonObject masks = JsonParser.parseString(Files.readString(
                dir.resolve("clip one.mp4.masklet/frame_000007.json"), StandardCharsets.UTF_8)).getAsJsonObject()
                .getAsJsonObject("masklet");
        assertEquals("masklet-frame", masks.get("format").getAsString());
        JsonObject entry = masks.getAsJsonArray("objects").get(0).getAsJsonObject();
        assertEquals(1, entry.get("group_id").getAsInt());
        assertEquals("partly_occluded", entry.get("visibility").getAsString());
        assertEquals("[30,40]", entry.getAsJsonObject("mask").get("size").toString());

        JsonObject projectJson = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8))
                .getAsJsonObject();
        assertEquals(2, projectJson.get("version").getAsInt());
        assertEquals("#123456", projectJson.getAsJsonArray("labels").get(1).getAsJsonObject().get("color")
                .getAsString());
        assertTrue(projectJson.getAsJsonObject("frame_flags").getAsJsonObject("12").get("reviewed").getAsBoolean());
    }

    @Test
    void trackingResultsKeepTheirConfidenceAndAPersonsMaskHasNone() throws IOException {
        AnnotationProject project = new AnnotationProject("clip.mp4", 40, 30, 20);
        TrackedObject ball = project.addObject("ball");
        ball.putMask(0, square(40, 30, 3, 4, 10));
        ball.putTracked(1, square(40, 30, 4, 4, 10), 0.42f);
        ball.putTracked(2, null, 0.9f); // judged absent, and sure of it
        Path file = ProjectStore.projectFileFor(dir.resolve("clip.mp4"));
        ProjectStore.save(project, file);

        JsonObject absent = JsonParser.parseString(Files.readString(dir.resolve("clip.mp4.masklet/frame_000002.json"),
                StandardCharsets.UTF_8)).getAsJsonObject().getAsJsonObject("masklet").getAsJsonArray("objects").get(0)
                .getAsJsonObject();
        assertTrue(absent.get("mask").isJsonNull());
        assertEquals(0.9f, absent.get("confidence").getAsFloat());
        AnnotationProject read = ProjectStore.load(file);
        TrackedObject r = read.object(1).orElseThrow();
        assertEquals(ball.masks(), r.masks());
        assertEquals(Map.of(1, 0.42f, 2, 0.9f), r.trackingConfidences());
        assertNull(r.trackingConfidence(0), "a kept mask has no tracking confidence");

        r.putMask(1, square(40, 30, 5, 5, 10)); // a person corrects the tracked mask
        assertNull(r.trackingConfidence(1));
        r.removeMask(2);
        assertEquals(Map.of(), r.trackingConfidences());
        ProjectStore.save(read, file);
        assertEquals(Map.of(), ProjectStore.load(file).object(1).orElseThrow().trackingConfidences());
        assertFalse(Files.exists(dir.resolve("clip.mp4.masklet/frame_000002.json")), "nothing is left on frame 3");
    }

    @Test
    void onlyChangedFramesAreWrittenAndEmptiedFramesLoseTheirFile() throws IOException {
        AnnotationProject project = everyKind();
        Path file = ProjectStore.projectFileFor(dir.resolve("clip one.mp4"));
        ProjectStore.save(project, file);
        AnnotationProject read = ProjectStore.load(file);
        Path folder = ProjectStore.framesFolderFor(file);
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        for (String f : List.of("frame_000000.json", "frame_000003.json", "frame_000007.json", "frame_000012.json")) {
            Files.setLastModifiedTime(folder.resolve(f), old);
        }

        read.object(1).orElseThrow().putMask(0, square(40, 30, 0, 0, 2));
        read.frame(12).setFlag(FrameAnnotations.REVIEWED, null);
        assertEquals(Set.of(0, 12), read.changes().frames());
        ProjectStore.save(read, file);

        assertFalse(Files.exists(folder.resolve("frame_000012.json")), "a frame left empty has no file");
        assertTrue(Files.getLastModifiedTime(folder.resolve("frame_000000.json")).compareTo(old) > 0);
        assertEquals(old, Files.getLastModifiedTime(folder.resolve("frame_000003.json")), "unchanged frame rewritten");
        assertEquals(old, Files.getLastModifiedTime(folder.resolve("frame_000007.json")), "unchanged frame rewritten");
        assertFalse(read.changes().isDirty());

        AnnotationProject again = ProjectStore.load(file);
        assertEquals(square(40, 30, 0, 0, 2), again.object(1).orElseThrow().mask(0));
        assertFalse(again.frame(12).flag(FrameAnnotations.REVIEWED));
        assertEquals(Set.of(0, 3, 7), again.annotatedFrames());
    }

    @Test
    void renamingAnObjectRewritesEveryFrameNamingIt() throws IOException {
        AnnotationProject project = everyKind();
        Path file = ProjectStore.projectFileFor(dir.resolve("clip one.mp4"));
        ProjectStore.save(project, file);
        project.object(1).orElseThrow().setLabel("ballon");
        assertEquals(Set.of(0, 7), project.changes().frames());
        ProjectStore.save(project, file);
        assertEquals("ballon", ProjectStore.load(file).object(1).orElseThrow().label());
        assertNull(ProjectStore.load(file).object(1).orElseThrow().mask(3));
    }

    @Test
    void anObjectBelongsToOneProjectOnly() {
        AnnotationProject a = new AnnotationProject("a.mp4", 4, 4, 1);
        AnnotationProject b = new AnnotationProject("b.mp4", 4, 4, 1);
        TrackedObject o = a.addObject("ball");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> b.addObject(o));
        a.removeObject(o.trackId());
        b.addObject(o);
        o.putMask(0, square(4, 4, 0, 0, 1));
        assertEquals(Set.of(0), b.changes().frames(), "changes go to the project the object is in");
    }
}
