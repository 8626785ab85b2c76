package dev.masklet.geometry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.Shape;
import dev.masklet.core.store.LoadReport;
import dev.masklet.core.store.ProjectStore;

/**
 * In the running product this bundle hands the store OpenCV outlines (Declarative Services): frame files then show
 * every masked object as polygons (holes as masklet_holes) to LabelMe and X-AnyLabeling, the outlines are not read
 * back as extra shapes, and outlines edited in another tool are kept as shapes with a warning.
 */
class StoreOutlinesTest {
    @TempDir
    Path dir;

    /** A 20×20 square with a 4×4 hole, and a separate 3×3 square. */
    private static BinaryMask ringAndDot() {
        byte[] bits = new byte[40 * 30];
        for (int y = 2; y < 22; y++) {
            for (int x = 2; x < 22; x++) {
                boolean hole = x >= 10 && x < 14 && y >= 10 && y < 14;
                bits[y * 40 + x] = (byte) (hole ? 0 : 1);
            }
        }
        for (int y = 25; y < 28; y++) {
            for (int x = 30; x < 33; x++) {
                bits[y * 40 + x] = 1;
            }
        }
        return new BinaryMask(40, 30, bits);
    }

    @Test
    void framesShowMasksAsPolygonsAndReadBackWithoutThem() throws IOException {
        AnnotationProject project = new AnnotationProject("clip.mp4", 40, 30, 5);
        project.addObject("donut").putMask(2, ringAndDot());
        project.frame(2).addShape(Shape.point("donut", 1, 5, 5));
        Path file = ProjectStore.projectFileFor(dir.resolve("clip.mp4"));
        ProjectStore.save(project, file);

        Path frameFile = ProjectStore.framesFolderFor(file).resolve("frame_000002.json");
        JsonObject root = JsonParser.parseString(Files.readString(frameFile, StandardCharsets.UTF_8)).getAsJsonObject();
        JsonArray shapes = root.getAsJsonArray("shapes");
        assertEquals(3, shapes.size(), "the drawn point and two outline polygons: " + shapes);
        JsonObject big = shapes.get(1).getAsJsonObject();
        assertEquals("polygon", big.get("shape_type").getAsString());
        assertEquals(1, big.get("group_id").getAsInt());
        assertEquals(1, big.getAsJsonArray("masklet_holes").size());
        assertEquals(2, root.getAsJsonObject("masklet").getAsJsonArray("objects").get(0).getAsJsonObject()
                .get("outline_shapes").getAsInt());

        LoadReport report = ProjectStore.open(file);
        assertEquals(List.of(), report.warnings());
        assertEquals(List.of(Shape.point("donut", 1, 5, 5)), report.project().frame(2).shapes());
        assertEquals(ringAndDot(), report.project().object(1).orElseThrow().mask(2));

        // another tool moves a vertex of the outline
        JsonArray firstPoint = big.getAsJsonArray("points").get(0).getAsJsonArray();
        firstPoint.set(0, JsonParser.parseString("0.0"));
        Files.writeString(frameFile, root.toString(), StandardCharsets.UTF_8);
        LoadReport edited = ProjectStore.open(file);
        assertEquals(1, edited.warnings().size());
        assertTrue(edited.warnings().get(0).contains("edited in another tool"), edited.warnings().get(0));
        assertEquals(3, edited.project().frame(2).shapes().size(), "the edited outlines are kept as shapes");
        assertEquals(ringAndDot(), edited.project().object(1).orElseThrow().mask(2));
    }
}
