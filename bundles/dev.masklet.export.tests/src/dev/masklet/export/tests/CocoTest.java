package dev.masklet.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.mask.CocoRle;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.export.DatasetImporters;
import dev.masklet.export.ExportOptions;
import dev.masklet.export.ExportResult;
import dev.masklet.export.ImportResult;

/** COCO instances against the published format (cocodataset.org "data format", pycocotools) and round trips. */
class CocoTest {
    private static JsonObject read(Path file) throws Exception {
        return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    @Test
    void fieldsFollowTheCocoSpecification(@TempDir Path dir) throws Exception {
        AnnotationProject project = Fixtures.project();
        ExportResult result = Fixtures.export("coco", dir, ExportOptions.defaults());
        JsonObject root = read(dir.resolve("annotations.json"));
        assertTrue(result.files().contains(dir.resolve("annotations.json")));
        JsonArray categories = root.getAsJsonArray("categories");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            JsonObject c = categories.get(i).getAsJsonObject();
            assertEquals(i + 1, c.get("id").getAsInt(), "category ids from 1");
            names.add(c.get("name").getAsString());
        }
        assertEquals(List.of(Fixtures.BALL, Fixtures.TRAM, Fixtures.PAN, Fixtures.LINE, Fixtures.GHOST), names,
                "labels with quotes, commas and non-ASCII letters survive");
        JsonArray images = root.getAsJsonArray("images");
        assertEquals(5, images.size(), "one image per annotated frame (frame 5 has none)");
        Set<Integer> imageIds = new HashSet<>();
        for (int i = 0; i < images.size(); i++) {
            JsonObject im = images.get(i).getAsJsonObject();
            assertEquals(i, im.get("frame_index").getAsInt());
            assertEquals(i + 1, im.get("id").getAsInt());
            assertEquals(String.format("frame_%06d.jpg", i), im.get("file_name").getAsString());
            assertEquals(Fixtures.W, im.get("width").getAsInt());
            assertEquals(Fixtures.H, im.get("height").getAsInt());
            imageIds.add(im.get("id").getAsInt());
        }
        JsonArray annotations = root.getAsJsonArray("annotations");
        Set<Integer> annotationIds = new HashSet<>();
        int withRle = 0;
        for (JsonElement e : annotations) {
            JsonObject a = e.getAsJsonObject();
            assertTrue(annotationIds.add(a.get("id").getAsInt()), "annotation ids are unique");
            assertTrue(imageIds.contains(a.get("image_id").getAsInt()));
            int frame = a.get("image_id").getAsInt() - 1;
            TrackedObject o = project.object(a.get("track_id").getAsInt()).orElseThrow();
            assertEquals(names.indexOf(o.label()) + 1, a.get("category_id").getAsInt());
            BinaryMask mask = o.mask(frame);
            assertEquals(mask.area(), a.get("area").getAsInt(), "area is the pixel count");
            int[] b = mask.bounds();
            JsonArray bbox = a.getAsJsonArray("bbox");
            assertEquals(List.of(b[0], b[1], b[2] - b[0] + 1, b[3] - b[1] + 1),
                    List.of(bbox.get(0).getAsInt(), bbox.get(1).getAsInt(), bbox.get(2).getAsInt(),
                            bbox.get(3).getAsInt()), "bbox is [x, y, width, height]");
            assertEquals(0, a.get("iscrowd").getAsInt());
            JsonElement seg = a.get("segmentation");
            if (seg.isJsonObject()) {
                withRle++;
                JsonObject rle = seg.getAsJsonObject();
                assertEquals(List.of(Fixtures.H, Fixtures.W), List.of(rle.getAsJsonArray("size").get(0).getAsInt(),
                        rle.getAsJsonArray("size").get(1).getAsInt()), "size is [height, width]");
                assertTrue(rle.get("counts").isJsonPrimitive(), "counts is pycocotools' compressed string");
                assertEquals(mask, CocoRle.decode(rle.get("counts").getAsString(), Fixtures.W, Fixtures.H));
                assertTrue(o.label().equals(Fixtures.PAN) || o.label().equals(Fixtures.LINE),
                        "auto: RLE only where polygons would lose something, not for " + o.label());
            } else {
                JsonArray polys = seg.getAsJsonArray();
                List<double[]> rings = new ArrayList<>();
                for (JsonElement p : polys) {
                    JsonArray flat = p.getAsJsonArray();
                    assertTrue(flat.size() >= 6 && flat.size() % 2 == 0, "a polygon is x,y pairs, at least 3");
                    double[] xy = new double[flat.size()];
                    for (int i = 0; i < xy.length; i++) {
                        xy[i] = flat.get(i).getAsDouble();
                    }
                    rings.add(xy);
                }
                assertEquals(o.label().equals(Fixtures.TRAM) ? 2 : 1, polys.size(),
                        "a split object is one annotation with one polygon per part");
                BinaryMask filled = Fixtures.fill(rings);
                assertTrue(mask.iou(filled) > 0.9, "polygon fits the mask: IoU " + mask.iou(filled));
            }
        }
        assertEquals(5 + 3 + 5 + 1, annotations.size(), "ball x5, tram x3, pan x5, line x1; the empty mask is left out");
        assertEquals(6, withRle, "the pan (hole) on 5 frames and the thin line");
        assertTrue(result.warnings().contains("frame 1, object 5 (\"ghost\"): empty mask, left out"),
                result.warnings().toString());
    }

    @Test
    void rleCountsMatchPycocotools(@TempDir Path dir) throws Exception {
        // pycocotools.mask.encode of an 8x6 mask: rows 1-3 x cols 2-4, pixel (6, 4) and column 7
        AnnotationProject p = new AnnotationProject("tiny.mp4", 8, 6, 1);
        byte[] bits = new byte[8 * 6];
        for (int y = 1; y <= 3; y++) {
            for (int x = 2; x <= 4; x++) {
                bits[y * 8 + x] = 1;
            }
        }
        bits[4 * 8 + 6] = 1;
        for (int y = 0; y < 6; y++) {
            bits[y * 8 + 7] = 1;
        }
        p.addObject("o").putMask(0, new BinaryMask(8, 6, bits));
        Fixtures.export("coco", p, dir, ExportOptions.builder().property("coco.segmentation", "rle").build());
        JsonObject a = read(dir.resolve("annotations.json")).getAsJsonArray("annotations").get(0).getAsJsonObject();
        assertEquals("=330009NE5", a.getAsJsonObject("segmentation").get("counts").getAsString());
        assertEquals(16, a.get("area").getAsInt(), "pycocotools.mask.area");
        assertEquals("[2,0,6,6]", a.get("bbox").toString(), "pycocotools.mask.toBbox");
    }

    @Test
    void roundTripWithRleIsExact(@TempDir Path dir) throws Exception {
        Fixtures.export("coco", dir, ExportOptions.builder().property("coco.segmentation", "rle").build());
        ImportResult back = DatasetImporters.coco(dir.resolve("annotations.json"));
        Fixtures.assertSameAnnotations(Fixtures.project(), back.project(), true, Map.of());
        assertEquals("clip é.mp4", back.project().mediaName());
        assertEquals(Fixtures.FRAMES, back.project().frameCount());
        assertEquals(List.of(), back.warnings());
    }

    @Test
    void roundTripWithAutoPolygonsStaysWithinOnePixel(@TempDir Path dir) throws Exception {
        Fixtures.export("coco", dir, ExportOptions.defaults());
        ImportResult back = DatasetImporters.coco(dir.resolve("annotations.json"));
        Fixtures.assertSameAnnotations(Fixtures.project(), back.project(), false, Map.of());
        // the holed pan and the thin line went as RLE, so they are exact
        assertEquals(Fixtures.project().object(3).orElseThrow().mask(2), back.project().object(3).orElseThrow()
                .mask(2));
        assertEquals(Fixtures.project().object(4).orElseThrow().mask(0), back.project().object(4).orElseThrow()
                .mask(0));
    }

    @Test
    void polygonModeFillsHolesAndDropsThinObjectsWithWarnings(@TempDir Path dir) throws Exception {
        ExportResult result = Fixtures.export("coco", dir, ExportOptions.builder()
                .property("coco.segmentation", "polygon").polygonEpsilon(0).build());
        assertTrue(result.warnings().stream().anyMatch(w -> w.startsWith("frame 0, object 3 (\"pan, with hole\"): "
                + "COCO polygons cannot have holes")), result.warnings().toString());
        assertTrue(result.warnings().stream().anyMatch(w -> w.startsWith("frame 0, object 4 (\"thin line\"): too thin"
                + " for a polygon, left out")), result.warnings().toString());
        ImportResult back = DatasetImporters.coco(dir.resolve("annotations.json"));
        assertTrue(back.project().object(4).isEmpty(), "the line is left out");
        BinaryMask pan = Fixtures.project().object(3).orElseThrow().mask(0);
        BinaryMask panBack = back.project().object(3).orElseThrow().mask(0);
        assertEquals(Fixtures.rect(90, 60, 140, 110), panBack, "with fineness 0 the outline is exact, the hole filled");
        assertFalse(pan.equals(panBack));
        assertEquals(Fixtures.project().object(1).orElseThrow().mask(3),
                back.project().object(1).orElseThrow().mask(3), "fineness 0 is lossless for hole-free shapes");
    }

    @Test
    void frameRangeAndImages(@TempDir Path dir) throws Exception {
        ExportResult result = Fixtures.export("coco", dir, ExportOptions.builder()
                .range(dev.masklet.core.model.FrameRange.parseZeroBased("2:3")).includeImages(true).build());
        JsonArray images = read(dir.resolve("annotations.json")).getAsJsonArray("images");
        assertEquals(2, images.size());
        assertEquals("frame_000002.jpg", images.get(0).getAsJsonObject().get("file_name").getAsString());
        Path jpg = dir.resolve("images/frame_000002.jpg");
        assertTrue(result.files().contains(jpg));
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(jpg.toFile());
        assertEquals(Fixtures.W, img.getWidth());
        assertEquals(Fixtures.H, img.getHeight());
        assertEquals(80, img.getRGB(50, 50) >> 16 & 0xff, 6.0, "frame 2's red channel (JPEG, so nearly)");
        assertFalse(Files.exists(dir.resolve("images/frame_000001.jpg")), "outside the range");
    }
}
