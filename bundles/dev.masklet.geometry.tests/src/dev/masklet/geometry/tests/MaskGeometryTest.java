package dev.masklet.geometry.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.masklet.core.image.RgbImage;
import dev.masklet.core.mask.BinaryMask;
import dev.masklet.geometry.Box;
import dev.masklet.geometry.MaskGeometry;
import dev.masklet.geometry.PolygonPart;
import dev.masklet.geometry.Polygons;
import dev.masklet.geometry.Ring;
import dev.masklet.geometry.RotatedBox;

/** Property tests of the OpenCV-backed geometry on seeded random shapes, plus the edge cases. */
class MaskGeometryTest {
    private static final int W = 160;
    private static final int H = 120;

    /** A random object: 1 or 2 star-shaped parts, the first with a hole half of the time. */
    private static Polygons randomObject(Random rnd) {
        double r1 = 12 + rnd.nextDouble() * 20;
        double cx = r1 + 2 + rnd.nextDouble() * (W / 2.0 - 2 * r1 - 4);
        double cy = r1 + 2 + rnd.nextDouble() * (H - 2 * r1 - 4);
        Ring outer = Shapes.star(rnd, cx, cy, r1 * 0.6, r1);
        List<Ring> holes = rnd.nextBoolean() ? List.of(Shapes.star(rnd, cx, cy, r1 * 0.15, r1 * 0.3)) : List.of();
        PolygonPart first = new PolygonPart(outer, holes);
        if (rnd.nextBoolean()) {
            return Polygons.of(first);
        }
        double r2 = 6 + rnd.nextDouble() * 15;
        double cx2 = W / 2.0 + r2 + 2 + rnd.nextDouble() * (W / 2.0 - 2 * r2 - 4);
        double cy2 = r2 + 2 + rnd.nextDouble() * (H - 2 * r2 - 4);
        return Polygons.of(first, new PolygonPart(Shapes.star(rnd, cx2, cy2, r2 * 0.5, r2)));
    }

    @Test
    void polygonToMaskToPolygonIsExactWithoutSimplification() {
        Random rnd = new Random(20261125L);
        for (int i = 0; i < 150; i++) {
            BinaryMask mask = MaskGeometry.rasterize(randomObject(rnd), W, H);
            Polygons back = MaskGeometry.polygons(mask, 0);
            BinaryMask again = MaskGeometry.rasterize(back, W, H);
            int[] far = Shapes.firstFarDifference(mask, again);
            assertNull(far, () -> "shape " + Arrays.toString(far));
            assertTrue(mask.iou(again) > 0.995, "shape: IoU " + mask.iou(again));
        }
    }

    @Test
    void polygonRoundTripWithDefaultFinenessStaysWithinOnePixel() {
        Random rnd = new Random(7L);
        for (double epsilon : new double[] {0.5, 1.0}) {
            for (int i = 0; i < 150; i++) {
                Polygons drawn = randomObject(rnd);
                BinaryMask mask = MaskGeometry.rasterize(drawn, W, H);
                Polygons back = MaskGeometry.polygons(mask, epsilon);
                assertEquals(drawn.parts().size(), back.parts().size(), "parts of shape " + i);
                BinaryMask again = MaskGeometry.rasterize(back, W, H);
                double iou = mask.iou(again);
                assertTrue(iou > 0.93, "epsilon " + epsilon + ", shape " + i + ": IoU " + iou);
                int[] far = Shapes.firstFarDifference(mask, again);
                assertNull(far, () -> "epsilon " + epsilon + ": pixel " + Arrays.toString(far)
                        + " changed more than one pixel away from the boundary");
                int fewer = back.rings().stream().mapToInt(Ring::size).sum();
                int all = MaskGeometry.polygons(mask, 0).rings().stream().mapToInt(Ring::size).sum();
                assertTrue(fewer <= all, "simplification must not add vertices");
            }
        }
    }

    @Test
    void holesSurvive() {
        Random rnd = new Random(42L);
        for (int i = 0; i < 60; i++) {
            double cx = 40 + rnd.nextDouble() * 80;
            double cy = 40 + rnd.nextDouble() * 40;
            BinaryMask disk = MaskGeometry.rasterize(Polygons.of(new PolygonPart(Shapes.star(rnd, cx, cy, 25, 35))),
                    W, H);
            BinaryMask hole = MaskGeometry.rasterize(Polygons.of(new PolygonPart(Shapes.star(rnd, cx, cy, 6, 12))),
                    W, H);
            BinaryMask donut = Shapes.andNot(disk, hole);
            Polygons p = MaskGeometry.polygons(donut, 0);
            assertEquals(1, p.parts().size());
            assertEquals(1, p.holeCount(), "the hole is a hole of the one part");
            BinaryMask back = MaskGeometry.rasterize(p, W, H);
            assertEquals(donut.area(), back.area());
            assertTrue(donut.equals(back), "donut " + i + " survives exactly");
            assertFalse(back.get((int) cx, (int) cy), "the centre stays empty");
            Polygons simplified = MaskGeometry.polygons(donut, 1.0);
            assertEquals(1, simplified.holeCount());
            assertFalse(MaskGeometry.rasterize(simplified, W, H).get((int) cx, (int) cy));
        }
    }

    @Test
    void anIslandInsideAHoleSurvivesRasterizing() {
        BinaryMask ring = Shapes.andNot(Shapes.rect(W, H, 10, 10, 90, 90), Shapes.rect(W, H, 30, 30, 70, 70));
        BinaryMask withIsland = Shapes.or(ring, Shapes.rect(W, H, 45, 45, 55, 55));
        Polygons p = MaskGeometry.polygons(withIsland, 0);
        assertEquals(2, p.parts().size(), "the ring and the island");
        assertEquals(1, p.holeCount());
        assertEquals(withIsland, MaskGeometry.rasterize(p, W, H));
        Polygons reversed = new Polygons(List.of(p.parts().get(1), p.parts().get(0)), 0);
        assertEquals(withIsland, MaskGeometry.rasterize(reversed, W, H), "order of the parts does not matter");
    }

    @Test
    void aSplitObjectStaysOneObjectWithSeveralParts() {
        BinaryMask two = Shapes.or(Shapes.rect(W, H, 5, 5, 30, 40), Shapes.rect(W, H, 100, 50, 140, 100));
        Polygons p = MaskGeometry.polygons(two, 1.0);
        assertEquals(2, p.parts().size());
        assertTrue(p.parts().get(0).outer().area() > p.parts().get(1).outer().area(), "largest part first");
        assertEquals(new Box(5, 5, 136, 96), MaskGeometry.box(two).orElseThrow());
        assertEquals(two, MaskGeometry.rasterize(p, W, H));
    }

    @Test
    void rotatedBoxOfADrawnRotatedRectangle() {
        Random rnd = new Random(99L);
        for (int i = 0; i < 100; i++) {
            double w = 20 + rnd.nextDouble() * 50;
            double h = 10 + rnd.nextDouble() * 30;
            double angle = rnd.nextDouble() * 180 - 90;
            RotatedBox drawn = new RotatedBox(80 + rnd.nextDouble() * 4, 60 + rnd.nextDouble() * 4, w, h, angle);
            BinaryMask mask = MaskGeometry.rasterize(Polygons.of(new PolygonPart(Ring.of(drawn.corners()))), W, H);
            RotatedBox found = MaskGeometry.rotatedBox(mask).orElseThrow();
            assertEquals(drawn.centerX(), found.centerX(), 0.75, "centre x of " + drawn + " vs " + found);
            assertEquals(drawn.centerY(), found.centerY(), 0.75, "centre y of " + drawn + " vs " + found);
            double[] sides = sorted(found.width(), found.height());
            double[] expected = sorted(w, h);
            // the rasterized rectangle covers the pixels its edges touch: up to ~1 px more on each side
            assertEquals(expected[0], sides[0], 2.0, "short side of " + drawn + " vs " + found);
            assertEquals(expected[1], sides[1], 2.0, "long side of " + drawn + " vs " + found);
            if (expected[1] > 1.3 * expected[0]) {
                double drawnLong = w >= h ? angle : angle + 90;
                double foundLong = found.width() >= found.height() ? found.angle() : found.angle() + 90;
                double diff = Math.abs(((drawnLong - foundLong) % 180 + 270) % 180 - 90);
                assertTrue(diff < 4, "direction of the long side: " + drawn + " vs " + found);
            }
            // every drawn corner is close to one found corner, whatever angle convention OpenCV reports
            double[] dc = drawn.corners();
            double[] fc = found.corners();
            for (int k = 0; k < 4; k++) {
                double best = Double.MAX_VALUE;
                for (int m = 0; m < 4; m++) {
                    best = Math.min(best, Math.hypot(dc[2 * k] - fc[2 * m], dc[2 * k + 1] - fc[2 * m + 1]));
                }
                assertTrue(best < 2.0, "corner " + k + " of " + drawn + " is " + best + " px from " + found);
            }
        }
    }

    private static double[] sorted(double a, double b) {
        return new double[] {Math.min(a, b), Math.max(a, b)};
    }

    @Test
    void boxIsTheTightPixelBox() {
        Random rnd = new Random(5L);
        for (int i = 0; i < 50; i++) {
            BinaryMask mask = MaskGeometry.rasterize(randomObject(rnd), W, H);
            int[] b = mask.bounds();
            Box box = MaskGeometry.box(mask).orElseThrow();
            assertEquals(new Box(b[0], b[1], b[2] - b[0] + 1, b[3] - b[1] + 1), box);
        }
    }

    @Test
    void emptyAndDegenerateMasksGiveNoPolygonsAndNoCrash() {
        BinaryMask empty = BinaryMask.empty(W, H);
        assertTrue(MaskGeometry.polygons(empty, 1).isEmpty());
        assertTrue(MaskGeometry.box(empty).isEmpty());
        assertTrue(MaskGeometry.rotatedBox(empty).isEmpty());
        assertEquals(empty, MaskGeometry.rasterize(new Polygons(List.of(), 0), W, H));

        BinaryMask pixel = Shapes.rect(W, H, 7, 9, 7, 9);
        Polygons p = MaskGeometry.polygons(pixel, 0);
        assertTrue(p.isEmpty());
        assertEquals(1, p.degenerateParts());
        assertEquals(new Box(7, 9, 1, 1), MaskGeometry.box(pixel).orElseThrow());
        assertEquals(0, MaskGeometry.rotatedBox(pixel).orElseThrow().area(), 1e-9);

        BinaryMask line = Shapes.rect(W, H, 10, 50, 80, 50);
        assertEquals(1, MaskGeometry.polygons(line, 0).degenerateParts());
        BinaryMask lineAndSquare = Shapes.or(line, Shapes.rect(W, H, 100, 10, 120, 30));
        Polygons mixed = MaskGeometry.polygons(lineAndSquare, 0);
        assertEquals(1, mixed.parts().size());
        assertEquals(1, mixed.degenerateParts());

        // degenerate input rings are ignored by the rasterizer rather than drawn as lines or refused
        Polygons twoPoints = Polygons.of(new PolygonPart(Ring.of(1, 1, 50, 50)));
        assertEquals(0, MaskGeometry.rasterize(twoPoints, W, H).area());
        assertTrue(Ring.of(0, 0, 10, 10, 20, 20).isDegenerate(), "collinear vertices");
        assertThrows(IllegalArgumentException.class, () -> Ring.of(1, 2, 3));
        assertThrows(IllegalArgumentException.class, () -> MaskGeometry.polygons(pixel, -1));
    }

    @Test
    void verticesOutsideTheMaskAreClipped() {
        Polygons big = Polygons.of(new PolygonPart(Ring.of(-20, -20, W + 20, -20, W + 20, H + 20, -20, H + 20)));
        assertEquals(W * H, MaskGeometry.rasterize(big, W, H).area());
    }

    @Test
    void fractionalVerticesAreRoundedToTheNearestPixel() {
        // from 2.3 to 12.7: rounded to pixels 2..13
        Polygons p = Polygons.of(new PolygonPart(Ring.of(2.3, 2.3, 12.7, 2.3, 12.7, 12.7, 2.3, 12.7)));
        assertEquals(Shapes.rect(20, 20, 2, 2, 13, 13), MaskGeometry.rasterize(p, 20, 20));
        // from 2.6 to 12.4: pixels 3..12
        Polygons q = Polygons.of(new PolygonPart(Ring.of(2.6, 2.6, 12.4, 2.6, 12.4, 12.4, 2.6, 12.4)));
        assertEquals(Shapes.rect(20, 20, 3, 3, 12, 12), MaskGeometry.rasterize(q, 20, 20));
    }

    @Test
    void resizeMasksWithNearestNeighbourAndImagesSmoothly() {
        Random rnd = new Random(3L);
        BinaryMask mask = MaskGeometry.rasterize(randomObject(rnd), W, H);
        BinaryMask twice = MaskGeometry.resize(mask, W * 2, H * 2);
        assertEquals(W * 2, twice.width());
        assertEquals(4L * mask.area(), twice.area(), "exact 2x nearest-neighbour upscaling");
        assertEquals(mask, MaskGeometry.resize(twice, W, H), "and back");
        BinaryMask half = MaskGeometry.resize(mask, W / 2, H / 2);
        assertEquals(mask.area() / 4.0, half.area(), mask.area() * 0.1);
        for (byte b : half.bits()) {
            assertTrue(b == 0 || b == 1, "a resized mask stays binary");
        }

        byte[] rgb = new byte[64 * 48 * 3];
        for (int i = 0; i < rgb.length; i += 3) {
            rgb[i] = (byte) 200;
            rgb[i + 1] = 10;
            rgb[i + 2] = (byte) 130;
        }
        RgbImage small = MaskGeometry.resize(new RgbImage(64, 48, rgb), 16, 12);
        assertEquals(16, small.width());
        assertEquals(12, small.height());
        assertEquals(0xC80A82, small.pixel(5, 5), "a flat colour stays the same colour and channel order");
        RgbImage big = MaskGeometry.resize(new RgbImage(64, 48, rgb), 100, 70);
        assertEquals(0xC80A82, big.pixel(99, 69));
        assertThrows(IllegalArgumentException.class, () -> MaskGeometry.resize(mask, 0, 10));
    }

    @Test
    void joiningPartsAndHolesIntoOneRingKeepsTheShape() {
        Random rnd = new Random(11L);
        for (int i = 0; i < 60; i++) {
            BinaryMask mask = MaskGeometry.rasterize(randomObject(rnd), W, H);
            Polygons p = MaskGeometry.polygons(mask, 1.0);
            Ring joined = MaskGeometry.joinToSingleRing(p);
            assertEquals(p.rings().stream().mapToInt(Ring::size).sum() + 2 * (p.rings().size() - 1), joined.size(),
                    "each spliced ring adds its closing vertex and the return vertex");
            BinaryMask back = MaskGeometry.rasterize(Polygons.of(new PolygonPart(joined)), W, H);
            assertTrue(mask.iou(back) > 0.85, "IoU " + mask.iou(back));
        }
        assertEquals(0, MaskGeometry.joinToSingleRing(new Polygons(List.of(), 0)).size());
    }

    @Test
    void ringGeometry() {
        Ring square = Ring.of(0, 0, 10, 0, 10, 10, 0, 10);
        assertEquals(100, square.area(), 1e-9);
        assertEquals(100, square.signedArea(), 1e-9, "clockwise on screen is positive");
        assertEquals(-100, square.reversed().signedArea(), 1e-9);
        assertArrayEquals(new double[] {0, 0, 10, 10}, square.bounds());
        assertEquals(Ring.of(0, 0, 10, 0, 10, 10, 0, 10), square);
    }
}
