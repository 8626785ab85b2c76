package dev.masklet.engine.onnx.tests.mobilesam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.masklet.core.mask.BinaryMask;

/** The J and F measures on masks whose scores are known by hand. */
class SegmentationScoresTest {
    private static BinaryMask square(int x0, int y0, int size) {
        byte[] bits = new byte[640 * 360];
        for (int y = y0; y < y0 + size; y++) {
            for (int x = x0; x < x0 + size; x++) {
                bits[y * 640 + x] = 1;
            }
        }
        return new BinaryMask(640, 360, bits);
    }

    @Test
    void identicalMasksScoreOne() {
        BinaryMask a = square(100, 100, 50);
        assertEquals(1.0, SegmentationScores.regionJ(a, a), 1e-12);
        assertEquals(1.0, SegmentationScores.contourF(a, a), 1e-12);
    }

    @Test
    void absentInBothScoresOneAndInOneOnlyZero() {
        BinaryMask empty = BinaryMask.empty(640, 360);
        assertEquals(1.0, SegmentationScores.regionJ(empty, empty), 1e-12);
        assertEquals(1.0, SegmentationScores.contourF(empty, empty), 1e-12);
        assertEquals(0.0, SegmentationScores.regionJ(square(10, 10, 20), empty), 1e-12);
        assertEquals(0.0, SegmentationScores.contourF(empty, square(10, 10, 20)), 1e-12);
    }

    @Test
    void smallShiftKeepsTheContourWithinTolerance() {
        // 100 x 100 square moved right by 2 px: overlap 98 x 100, union 102 x 100
        BinaryMask a = square(100, 100, 100);
        BinaryMask b = square(102, 100, 100);
        assertEquals(98.0 / 102.0, SegmentationScores.regionJ(a, b), 1e-12);
        // tolerance is 0.8 % of the 734 px diagonal = 6 px: every boundary pixel is matched
        assertEquals(1.0, SegmentationScores.contourF(a, b), 1e-12);
    }

    @Test
    void largeShiftLosesTheSidesThatMoved() {
        BinaryMask a = square(100, 100, 100);
        BinaryMask b = square(130, 100, 100);
        double f = SegmentationScores.contourF(a, b);
        // the top and bottom edges still overlap on 70 of 100 columns; the vertical edges are 30 px away
        assertTrue(f > 0.3 && f < 0.6, "F " + f);
        assertEquals(70.0 / 130.0, SegmentationScores.regionJ(a, b), 1e-12);
    }

    @Test
    void disjointMasksScoreZero() {
        assertEquals(0.0, SegmentationScores.regionJ(square(0, 0, 20), square(300, 200, 20)), 1e-12);
        assertEquals(0.0, SegmentationScores.contourF(square(0, 0, 20), square(300, 200, 20)), 1e-12);
    }
}
