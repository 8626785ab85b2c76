package dev.masklet.geometry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.geometry.MaskCleanup;
import dev.masklet.geometry.MaskGeometry;

/** Islands and holes below the size go, larger ones and the object itself stay. */
class MaskCleanupTest {
    private static final int W = 80;
    private static final int H = 60;

    private static void fill(byte[] bits, int x0, int y0, int w, int h, int value) {
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                bits[y * W + x] = (byte) value;
            }
        }
    }

    @Test
    void smallIslandsAndHolesGoLargeOnesStay() {
        byte[] bits = new byte[W * H];
        fill(bits, 10, 10, 30, 30, 1); // the object, 900 pixels
        fill(bits, 15, 15, 2, 2, 0); // a 4-pixel hole
        fill(bits, 25, 25, 6, 6, 0); // a 36-pixel hole
        fill(bits, 50, 5, 3, 3, 1); // a 9-pixel island
        fill(bits, 50, 30, 10, 10, 1); // a 100-pixel island
        fill(bits, 0, 55, 2, 2, 1); // a 4-pixel island at the border
        fill(bits, 78, 0, 2, 60, 1); // a strip at the right border: the background between is open, not a hole
        BinaryMask mask = new BinaryMask(W, H, bits);

        BinaryMask clean = MaskCleanup.removeSpecks(mask, 20);
        byte[] expected = bits.clone();
        fill(expected, 15, 15, 2, 2, 1);
        fill(expected, 50, 5, 3, 3, 0);
        fill(expected, 0, 55, 2, 2, 0);
        assertEquals(new BinaryMask(W, H, expected), clean);
        assertEquals(3, MaskGeometry.polygons(clean, 0).parts().size(), "object, large island, border strip");
        assertEquals(1, MaskGeometry.polygons(clean, 0).holeCount(), "the 36-pixel hole stays");
    }

    @Test
    void theLargestIslandStaysEvenWhenSmallAndZeroMeansOff() {
        byte[] bits = new byte[W * H];
        fill(bits, 10, 10, 3, 3, 1);
        fill(bits, 40, 40, 2, 2, 1);
        BinaryMask mask = new BinaryMask(W, H, bits);
        BinaryMask clean = MaskCleanup.removeSpecks(mask, 50);
        assertEquals(9, clean.area(), "the 9-pixel object stays, the 4-pixel speck goes");
        assertTrue(clean.get(11, 11));
        assertSame(mask, MaskCleanup.removeSpecks(mask, 0));
        assertSame(mask, MaskCleanup.removeSpecks(mask, 4), "nothing below 4 pixels: the same mask");
        assertEquals(0, MaskCleanup.removeSpecks(BinaryMask.empty(W, H), 50).area());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> MaskCleanup.removeSpecks(mask, -1));
        assertTrue(negative.getMessage().contains("-1"), negative.getMessage());
    }
}
