package dev.masklet.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.mask.CocoRle;

class CocoRleTest {
    /** 3x3, column-major runs: 2 zeros, 3 ones, 4 zeros. */
    private static BinaryMask small() {
        byte[] bits = new byte[9];
        // column 0 rows 2; column 1 rows 0,1 => ones at (x0,y2), (x1,y0), (x1,y1)
        bits[2 * 3 + 0] = 1;
        bits[0 * 3 + 1] = 1;
        bits[1 * 3 + 1] = 1;
        return new BinaryMask(3, 3, bits);
    }

    @Test
    void runsAreColumnMajorStartingWithZeros() {
        assertArrayEquals(new long[] {2, 3, 4}, CocoRle.runs(small()));
    }

    @Test
    void countsStringFollowsPycocotoolsEncoding() {
        // single 5-bit digits offset by '0', no delta for the first three runs
        assertEquals("234", CocoRle.encode(small()));
        // a 16-pixel run needs a continuation digit (bit 0x10 would read as a sign): '0' + (16 | 32), then '0' + 0
        assertEquals("`0", CocoRle.encode(BinaryMask.empty(4, 4)));
    }

    @Test
    void deltaEncodingOfLaterRunsRoundTrips() {
        // runs 1,1,1,5 -> the fourth run is stored as 5 - 1 = 4
        BinaryMask mask = new BinaryMask(1, 8, new byte[] {0, 1, 0, 1, 1, 1, 1, 1});
        assertArrayEquals(new long[] {1, 1, 1, 5}, CocoRle.runs(mask));
        assertEquals("1114", CocoRle.encode(mask));
        assertEquals(mask, CocoRle.decode("1114", 1, 8));
    }

    @Test
    void randomMasksRoundTripExactly() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            int w = 1 + random.nextInt(60);
            int h = 1 + random.nextInt(60);
            byte[] bits = new byte[w * h];
            double density = random.nextDouble();
            for (int i = 0; i < bits.length; i++) {
                bits[i] = (byte) (random.nextDouble() < density ? 1 : 0);
            }
            BinaryMask mask = new BinaryMask(w, h, bits);
            assertEquals(mask, CocoRle.decode(CocoRle.encode(mask), w, h), "trial " + trial);
        }
    }

    @Test
    void damagedCountsAreRejectedWithAMessage() {
        assertThrows(IllegalArgumentException.class, () -> CocoRle.decode("234", 4, 4)); // wrong pixel total
        assertThrows(IllegalArgumentException.class, () -> CocoRle.decode("2 4", 3, 3)); // invalid character
        assertThrows(IllegalArgumentException.class, () -> CocoRle.decode("`", 4, 4)); // truncated
    }
}
