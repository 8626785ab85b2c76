package dev.masklet.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.masklet.export.DatasetImporters;
import dev.masklet.export.ExportOptions;
import dev.masklet.export.ExportResult;
import dev.masklet.export.ImportResult;

/** LabelMe / X-AnyLabeling JSON (X-AnyLabeling's user guide, "Saving Label Data") and its round trips. */
class LabelMeTest {
    private static JsonObject read(Path file) throws Exception {
        return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    @Test
    void filesFollowTheXAnyLabelingTemplate(@TempDir Path dir) throws Exception {
        ExportResult result = Fixtures.export("labelme", dir, ExportOptions.builder().includeImages(true).build());
        JsonObject root = read(dir.resolve("frame_000002.json"));
        assertTrue(root.get("version").getAsString().matches("\\d+\\.\\d+\\.\\d+"));
        assertTrue(root.getAsJsonObject("flags").isEmpty());
        assertEquals("frame_000002.jpg", root.get("imagePath").getAsString(), "the image beside the JSON");
        assertTrue(Files.exists(dir.resolve("frame_000002.jpg")));
        assertTrue(root.get("imageData").isJsonNull());
        assertEquals(120, root.get("imageHeight").getAsInt());
        assertEquals(160, root.get("imageWidth").getAsInt());
        JsonArray shapes = root.getAsJsonArray("shapes");
        assertEquals(4, shapes.size(), "ball, two parts of the tram, pan");
        for (JsonElement e : shapes) {
            JsonObject s = e.getAsJsonObject();
            for (String key : List.of("label", "points", "group_id", "shape_type", "flags", "description",
                    "difficult", "attributes")) {
                assertTrue(s.has(key), "shape has " + key);
            }
            assertEquals("polygon", s.get("shape_type").getAsString());
            assertTrue(s.getAsJsonArray("points").size() >= 3);
            assertEquals(2, s.getAsJsonArray("points").get(0).getAsJsonArray().size(), "points are [x, y]");
            assertEquals(false, s.get("difficult").getAsBoolean());
            assertTrue(s.getAsJsonObject("attributes").isEmpty());
        }
        assertEquals(Fixtures.BALL, shapes.get(0).getAsJsonObject().get("label").getAsString());
        assertEquals(1, shapes.get(0).getAsJsonObject().get("group_id").getAsInt(), "group_id = track id");
        assertEquals(Fixtures.TRAM, shapes.get(1).getAsJsonObject().get("label").getAsString());
        assertEquals(2, shapes.get(1).getAsJsonObject().get("group_id").getAsInt());
        assertEquals(2, shapes.get(2).getAsJsonObject().get("group_id").getAsInt(), "both parts share the group");
        JsonObject ext = root.getAsJsonObject("masklet");
        assertEquals("masklet-labelme-masks", ext.get("format").getAsString());
        assertEquals(2, ext.get("frame").getAsInt());
        assertEquals(3, ext.getAsJsonArray("masks").size(), "one lossless mask per object");
        String raw = Files.readString(dir.resolve("frame_000002.json"), StandardCharsets.UTF_8);
        assertTrue(raw.contains("\"Straßenbahn – café\""), "UTF-8 written as is");
        assertTrue(result.warnings().stream().anyMatch(w -> w.startsWith("object 3 (\"pan, with hole\"): LabelMe"
                + " polygons cannot have holes")), result.warnings().toString());
    }

    @Test
    void roundTripIsLosslessThroughTheMaskletField(@TempDir Path dir) throws Exception {
        Fixtures.export("labelme", dir, ExportOptions.defaults());
        ImportResult back = DatasetImporters.labelMe(dir);
        Fixtures.assertSameAnnotations(Fixtures.project(), back.project(), true, Map.of());
        assertEquals("clip é.mp4", back.project().mediaName());
        assertEquals(Fixtures.FRAMES, back.project().frameCount());
        assertEquals(List.of(), back.warnings());
    }

    @Test
    void withoutTheMaskletFieldThePolygonsComeBackWithinOnePixel(@TempDir Path dir) throws Exception {
        Fixtures.export("labelme", dir, ExportOptions.defaults());
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                JsonObject root = read(f);
                root.remove("masklet");
                Files.writeString(f, root.toString(), StandardCharsets.UTF_8);
            }
        }
        ImportResult back = DatasetImporters.labelMe(dir);
        // the thin line has no polygon: without the field it is gone; the pan's hole is filled
        dev.masklet.core.model.AnnotationProject expected = Fixtures.project();
        TrackedObjects.remove(expected, 4);
        Fixtures.assertSameAnnotations(expected, back.project(), false, Map.of(3, true));
    }

    @Test
    void shapesEditedAfterTheExportWinOverTheStoredMask(@TempDir Path dir) throws Exception {
        Fixtures.export("labelme", dir, ExportOptions.defaults());
        Path f = dir.resolve("frame_000000.json");
        JsonObject root = read(f);
        // someone moves the ball 10 px to the right in X-AnyLabeling
        JsonObject ball = root.getAsJsonArray("shapes").get(0).getAsJsonObject();
        JsonArray moved = new JsonArray();
        for (JsonElement p : ball.getAsJsonArray("points")) {
            JsonArray xy = new JsonArray();
            xy.add(p.getAsJsonArray().get(0).getAsDouble() + 10);
            xy.add(p.getAsJsonArray().get(1).getAsDouble());
            moved.add(xy);
        }
        ball.add("points", moved);
        Files.writeString(f, root.toString(), StandardCharsets.UTF_8);
        ImportResult back = DatasetImporters.labelMe(dir);
        assertTrue(back.warnings().contains("frame_000000.json, group 1: the shapes were edited after Masklet wrote"
                + " them; the mask is made from the shapes"), back.warnings().toString());
        int[] b = back.project().object(1).orElseThrow().mask(0).bounds();
        assertEquals(18, b[0], 1, "moved: was 8");
        assertEquals(Fixtures.project().object(1).orElseThrow().mask(1),
                back.project().object(1).orElseThrow().mask(1), "other frames still lossless");
    }
}
