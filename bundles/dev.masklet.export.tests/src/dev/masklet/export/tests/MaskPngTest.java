package dev.masklet.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.export.ExportOptions;

/** Instance and semantic mask PNGs with the VOC palette. */
class MaskPngTest {
    @Test
    void instancePixelsAreTrackIdsAndSemanticPixelsCategoryIds(@TempDir Path dir) throws Exception {
        AnnotationProject project = Fixtures.project();
        TrackedObject second = project.addObject(Fixtures.BALL); // same label: same category, new track id 6
        second.putMask(2, Fixtures.disk(130, 20, 8));
        Fixtures.export("masks", project, dir, ExportOptions.defaults());
        BufferedImage inst = ImageIO.read(dir.resolve("instances/frame_000002.png").toFile());
        BufferedImage sem = ImageIO.read(dir.resolve("semantic/frame_000002.png").toFile());
        assertTrue(inst.getColorModel() instanceof IndexColorModel);
        assertTrue(sem.getColorModel() instanceof IndexColorModel);
        for (TrackedObject o : project.objects()) {
            if (o.mask(2) == null || o.mask(2).area() == 0) {
                continue;
            }
            int[] b = o.mask(2).bounds();
            // a pixel of the object: scan its bounding box for the first pixel that is set
            int px = -1;
            int py = -1;
            for (int y = b[1]; y <= b[3] && px < 0; y++) {
                for (int x = b[0]; x <= b[2]; x++) {
                    if (o.mask(2).get(x, y)) {
                        px = x;
                        py = y;
                        break;
                    }
                }
            }
            assertEquals(o.trackId(), inst.getRaster().getSample(px, py, 0), "instance value of " + o.label());
        }
        assertEquals(6, inst.getRaster().getSample(130, 20, 0));
        assertEquals(1, sem.getRaster().getSample(130, 20, 0), "the second ball is category 1 too");
        assertEquals(1, sem.getRaster().getSample(36, 30, 0));
        assertEquals(3, sem.getRaster().getSample(95, 65, 0));
        assertEquals(0, sem.getRaster().getSample(115, 85, 0), "the hole");
        JsonObject labels = JsonParser.parseString(Files.readString(dir.resolve("labels.json"),
                StandardCharsets.UTF_8)).getAsJsonObject();
        assertEquals(Fixtures.TRAM, labels.getAsJsonArray("categories").get(1).getAsJsonObject().get("name")
                .getAsString());
        assertEquals("[128,0,0]", labels.getAsJsonArray("categories").get(0).getAsJsonObject().get("color")
                .toString());
        assertEquals(6, labels.getAsJsonArray("objects").size());
    }

    @Test
    void trackIdsAbove255GiveSixteenBitPngs(@TempDir Path dir) throws Exception {
        AnnotationProject p = new AnnotationProject("many.mp4", Fixtures.W, Fixtures.H, 1);
        TrackedObject o = new TrackedObject(300, "far");
        o.putMask(0, Fixtures.rect(5, 5, 20, 20));
        p.addObject(o);
        var result = Fixtures.export("masks", p, dir, ExportOptions.defaults());
        BufferedImage inst = ImageIO.read(dir.resolve("instances/frame_000000.png").toFile());
        assertEquals(16, inst.getColorModel().getPixelSize());
        assertEquals(300, inst.getRaster().getSample(10, 10, 0));
        assertTrue(result.warnings().get(0).startsWith("track ids go up to 300"));
    }
}
