package dev.masklet.ui.tests.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.FrameAnnotations;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.engine.TrackedFrame;
import dev.masklet.ui.internal.editor.model.FrameMarks;

/** The timeline's frame marks: read from and written to the project's frame flags, and navigation between them. */
class FrameMarksTest {
    private static final float SURE = 0.99f;
    private static final float UNSURE = TrackedFrame.ObjectResult.UNCERTAIN_BELOW / 2;

    private static BinaryMask dot() {
        byte[] bits = new byte[16];
        bits[5] = 1;
        return new BinaryMask(4, 4, bits);
    }

    @Test
    void promptedAndCorrectedBecomeFrameFlagsAndComeBackOnReload() {
        AnnotationProject p = new AnnotationProject("v.mp4", 4, 4, 10);
        FrameMarks marks = new FrameMarks();
        marks.startFrom(p);
        marks.prompted(2);
        marks.corrected(5);
        assertTrue(p.frame(2).flag(FrameMarks.PROMPTED));
        assertTrue(p.frame(5).flag(FrameMarks.CORRECTED));
        FrameMarks again = new FrameMarks();
        again.startFrom(p);
        assertEquals(List.of(2), List.copyOf(again.prompted()));
        assertEquals(List.of(5), List.copyOf(again.corrected()));
    }

    @Test
    void aFileWithoutMarksCountsEachObjectsFirstMaskAsPrompted() {
        AnnotationProject p = new AnnotationProject("v.mp4", 4, 4, 10);
        p.addObject("cup").putMask(3, dot());
        p.object(1).orElseThrow().putMask(7, dot());
        p.addObject("saucer").putMask(6, dot());
        FrameMarks marks = new FrameMarks();
        marks.startFrom(p);
        assertEquals(List.of(3, 6), List.copyOf(marks.prompted()));
    }

    @Test
    void uncertainFollowsTheTrackingConfidencesOfTheFrame() {
        AnnotationProject p = new AnnotationProject("v.mp4", 4, 4, 10);
        TrackedObject cup = p.addObject("cup");
        FrameMarks marks = new FrameMarks();
        marks.startFrom(p);
        cup.putTracked(4, dot(), UNSURE);
        marks.updateUncertain(4);
        assertTrue(marks.uncertain().contains(4));
        assertTrue(p.frame(4).flag(FrameAnnotations.UNCERTAIN), "saved as a frame flag");
        cup.putTracked(4, dot(), SURE);
        marks.updateUncertain(4);
        assertFalse(marks.uncertain().contains(4));
        assertFalse(p.frame(4).flag(FrameAnnotations.UNCERTAIN), "cleared when no result there is unsure");
    }

    @Test
    void reviewedUncertainFramesAreSkippedByNavigation() {
        AnnotationProject p = new AnnotationProject("v.mp4", 4, 4, 20);
        TrackedObject cup = p.addObject("cup");
        for (int f : new int[] {3, 8, 12}) {
            cup.putTracked(f, dot(), UNSURE);
        }
        p.frame(8).setFlag(FrameAnnotations.REVIEWED, Boolean.TRUE);
        FrameMarks marks = new FrameMarks();
        marks.startFrom(p);
        assertEquals(List.of(3, 8, 12), List.copyOf(marks.uncertain()));
        assertEquals(List.of(8), List.copyOf(marks.reviewed()));
        assertEquals(List.of(3, 12), List.copyOf(marks.toReview()));
        assertEquals(12, marks.nextUncertain(3, 1), "frame 8 was reviewed");
        assertEquals(3, marks.nextUncertain(12, -1));
        assertEquals(-1, marks.nextUncertain(12, 1));
        assertEquals(-1, marks.nextUncertain(3, -1));
    }

    @Test
    void promptedNavigationVisitsPromptedAndCorrectedFrames() {
        AnnotationProject p = new AnnotationProject("v.mp4", 4, 4, 20);
        FrameMarks marks = new FrameMarks();
        marks.startFrom(p);
        marks.prompted(2);
        marks.corrected(9);
        marks.prompted(15);
        assertEquals(9, marks.nextPrompted(2, 1));
        assertEquals(15, marks.nextPrompted(9, 1));
        assertEquals(2, marks.nextPrompted(9, -1));
        assertEquals(-1, marks.nextPrompted(15, 1));
        assertEquals(2, marks.nextPrompted(0, 1));
    }
}
