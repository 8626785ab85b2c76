package dev.masklet.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.masklet.core.model.FrameRange;

/**
 * The one frame-range type and its two text conventions: the command line's {@code A:B} with 0-based frames
 * ({@code export --range}, {@code track --range}) and the workbench's {@code first-last} with the 1-based frame
 * numbers it shows (Annotate > Track Frame Range).
 */
class FrameRangeTest {
    @Test
    void zeroBasedForms() {
        assertEquals(new FrameRange(3, 7), FrameRange.parseZeroBased("3:7"));
        assertEquals(new FrameRange(3, 7), FrameRange.parseZeroBased(" 3 : 7 "));
        assertEquals(new FrameRange(3, FrameRange.OPEN_END), FrameRange.parseZeroBased("3:"));
        assertEquals(new FrameRange(0, 9), FrameRange.parseZeroBased(":9"));
        assertEquals(new FrameRange(0, FrameRange.OPEN_END), FrameRange.parseZeroBased(":"));
        assertEquals(new FrameRange(4, 4), FrameRange.parseZeroBased("4"));
        assertEquals(new FrameRange(0, 0), FrameRange.parseZeroBased("0:0"));
    }

    @Test
    void zeroBasedRefusesWhatIsNotARange() {
        for (String bad : List.of("", "a:b", "1-5", "-1:3", "3:-1", "1:2:3", "1 2", "99999999999:1")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> FrameRange.parseZeroBased(bad), bad);
            assertTrue(e.getMessage().contains("A:B"), e.getMessage());
        }
    }

    @Test
    void zeroBasedRefusesAnEmptyRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FrameRange.parseZeroBased("7:3"));
        assertTrue(e.getMessage().contains("7:3") && e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void clippingToTheVideo() {
        assertEquals(new FrameRange(3, 5), FrameRange.parseZeroBased("3:").clip(6));
        assertEquals(new FrameRange(0, 5), FrameRange.parseZeroBased("0:99").clip(6));
        assertNull(FrameRange.parseZeroBased("6:").clip(6), "nothing is left of a range past the end");
        assertEquals(new FrameRange(0, 5), FrameRange.all(6));
    }

    @Test
    void zeroBasedWithinAMedia() {
        assertEquals(new FrameRange(0, 5), FrameRange.parseZeroBased(null, 6), "no range is every frame");
        assertEquals(new FrameRange(3, 5), FrameRange.parseZeroBased("3:", 6), "an open end runs to the last frame");
        assertEquals(new FrameRange(0, 2), FrameRange.parseZeroBased(":2", 6));
        assertEquals(new FrameRange(2, 5), FrameRange.parseZeroBased("2:5", 6), "the last frame is inside");
        assertEquals(new FrameRange(5, 5), FrameRange.parseZeroBased("5", 6));
    }

    @Test
    void zeroBasedWithinAMediaRefusesFramesBeyondIt() {
        for (String beyond : List.of("2:6", "6:", "6", "7:9")) {
            IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class,
                    () -> FrameRange.parseZeroBased(beyond, 6), beyond);
            assertEquals("its frames are 0..5", e.getMessage());
        }
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> FrameRange.parseZeroBased("1-5", 6), "the text is checked before the media");
        assertTrue(bad.getMessage().contains("A:B"), bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FrameRange.parseZeroBased("9:3", 6));
    }

    @Test
    void containsAndLength() {
        FrameRange r = new FrameRange(2, 4);
        assertFalse(r.contains(1));
        assertTrue(r.contains(2) && r.contains(4));
        assertFalse(r.contains(5));
        assertEquals(3, r.length());
        assertEquals("2:4", r.toString(), "printed as the command line writes it");
        assertThrows(IllegalArgumentException.class, () -> new FrameRange(-1, 3));
        assertThrows(IllegalArgumentException.class, () -> new FrameRange(4, 3));
    }

    @Test
    void oneBasedAsTheWorkbenchShowsFrames() {
        assertArrayEquals(new int[] {0, 9}, FrameRange.parseOneBased("1-10", 10));
        assertArrayEquals(new int[] {4, 39}, FrameRange.parseOneBased(" 5 - 40 ", 40));
        assertArrayEquals(new int[] {9, 0}, FrameRange.parseOneBased("10-1", 10), "backward: last before first");
        assertArrayEquals(new int[] {2, 2}, FrameRange.parseOneBased("3-3", 10));
    }

    @Test
    void oneBasedRefusesFramesOutsideTheVideoAndOtherText() {
        for (String bad : List.of("0-5", "1-11", "5", "5:8", "a-b", "1-2-3", "", "-3", "99999999999-1")) {
            assertNull(FrameRange.parseOneBased(bad, 10), bad);
        }
    }
}
