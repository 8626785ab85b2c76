package dev.masklet.export.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.export.DatasetImporters;
import dev.masklet.export.ImportResult;

/** Importers on hand-written files in the published formats of X-AnyLabeling and COCO (fixtures/). */
class ImportFixturesTest {
    @Test
    void xAnyLabelingFolder(@TempDir Path dir) throws Exception {
        Path folder = Fixtures.copyFixtures("xanylabeling", List.of("frame_000010.json", "frame_000011.json",
                "notes.json"), dir);
        ImportResult result = DatasetImporters.labelMe(folder);
        AnnotationProject p = result.project();
        assertEquals("xanylabeling", p.mediaName());
        assertEquals(160, p.width());
        assertEquals(120, p.height());
        assertEquals(12, p.frameCount(), "frames from the file names");
        assertEquals(List.of(1, 2, 7, 8), p.objects().stream().map(TrackedObject::trackId).toList(),
                "group ids are track ids; the ungrouped sign gets the next free id");
        TrackedObject person = p.object(1).orElseThrow();
        assertEquals("person", person.label());
        assertEquals(List.of(10, 11), List.copyOf(person.masks().keySet()));
        assertArrayEquals(new int[] {10, 10, 40, 50}, person.mask(10).bounds(), "4-point rectangle");
        assertArrayEquals(new int[] {12, 10, 42, 50}, person.mask(11).bounds());
        assertEquals(31 * 41, person.mask(10).area());
        TrackedObject car = p.object(2).orElseThrow();
        assertEquals("voiture électrique", car.label());
        BinaryMask car10 = car.mask(10);
        assertTrue(car10.get(80, 40) && car10.get(135, 25), "both parts of group 2 are one object");
        assertTrue(!car10.get(115, 25), "the parts stay apart");
        TrackedObject sign = p.object(8).orElseThrow();
        assertEquals("sign \"stop\"", sign.label());
        assertArrayEquals(new int[] {130, 80, 150, 100}, sign.mask(10).bounds(), "2-point LabelMe rectangle");
        TrackedObject ball = p.object(7).orElseThrow();
        assertEquals("ball", ball.label());
        assertArrayEquals(new int[] {70, 80, 90, 100}, ball.mask(11).bounds(), "circle: centre and radius 10");
        assertEquals(Math.PI * 100, ball.mask(11).area(), 60);
        assertEquals(List.of(
                "notes.json: not a LabelMe file (no \"shapes\"); left out",
                "frame_000010.json, point \"tree\": a point is not an area; left out",
                "frame_000010.json, polygon \"scratch\": 2 points with no area; left out"), result.warnings());
    }

    @Test
    void cocoFile(@TempDir Path dir) throws Exception {
        Path folder = Fixtures.copyFixtures("coco", List.of("instances.json"), dir);
        ImportResult result = DatasetImporters.coco(folder.resolve("instances.json"));
        AnnotationProject p = result.project();
        assertEquals("instances", p.mediaName());
        assertEquals(5, p.frameCount(), "frames from the file names: 3 and 4");
        assertEquals(List.of(4, 5, 6, 7), p.objects().stream().map(TrackedObject::trackId).toList());
        TrackedObject person = p.object(4).orElseThrow();
        assertEquals("person", person.label());
        assertEquals(List.of(3, 4), List.copyOf(person.masks().keySet()), "track_id joins the frames");
        assertArrayEquals(new int[] {10, 10, 40, 50}, person.mask(3).bounds(), "polygon");
        assertTrue(person.mask(4).get(20, 30) && person.mask(4).get(68, 12), "two polygons, one object");
        assertArrayEquals(new int[] {140, 100, 149, 107}, p.object(5).orElseThrow().mask(4).bounds(),
                "an annotation with only a bbox becomes its box");
        TrackedObject bike = p.object(6).orElseThrow();
        assertEquals("vélo \"rapide\"", bike.label());
        assertEquals(100, bike.mask(3).area(), "compressed RLE (pycocotools area 100)");
        assertArrayEquals(new int[] {100, 60, 109, 69}, bike.mask(3).bounds());
        TrackedObject bike2 = p.object(7).orElseThrow();
        assertEquals(450, bike2.mask(4).area(), "uncompressed RLE (pycocotools area 450)");
        assertArrayEquals(new int[] {120, 30, 149, 44}, bike2.mask(4).bounds());
        assertEquals(List.of(
                "image big.jpg is 320x240, the first was 160x120; left out",
                "annotation 5: a polygon with 2 points and no area; left out",
                "annotation 5: no usable polygon; left out",
                "annotation 6: a crowd region, not an object; left out",
                "annotation 7: its image is missing or was left out; left out",
                "annotation 8: unknown category 99; left out",
                "annotations without segmentation were imported as their boxes"), result.warnings());
    }

    @Test
    void filesThatAreNotTheFormatFailNamingTheFile(@TempDir Path dir) throws Exception {
        Path notCoco = Files.writeString(dir.resolve("x.json"), "{\"hello\": 1}");
        IOException e = assertThrows(IOException.class, () -> DatasetImporters.coco(notCoco));
        assertTrue(e.getMessage().contains("x.json") && e.getMessage().contains("not a COCO file"), e.getMessage());
        Path broken = Files.writeString(dir.resolve("y.json"), "{\"images\": [");
        assertThrows(IOException.class, () -> DatasetImporters.coco(broken));
        assertThrows(IOException.class, () -> DatasetImporters.labelMe(dir.resolve("missing")));
        ImportResult empty = DatasetImporters.labelMe(Files.createDirectories(dir.resolve("empty")));
        assertEquals(0, empty.project().objects().size());
    }
}
