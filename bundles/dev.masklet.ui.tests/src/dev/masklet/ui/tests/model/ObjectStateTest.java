package dev.masklet.ui.tests.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.engine.TrackedFrame;
import dev.masklet.ui.internal.editor.model.FrameMarks;
import dev.masklet.ui.internal.editor.model.ObjectState;
import dev.masklet.ui.internal.views.ObjectFrames;

/**
 * The Objects view's State column and what its actions read: a person's mask on a prompted or corrected frame is
 * "kept", and tracked / absent / uncertain appear only where a tracking run left a confidence.
 */
class ObjectStateTest {
    private static final float SURE = 0.95f;
    private static final float UNSURE = TrackedFrame.ObjectResult.UNCERTAIN_BELOW / 2;

    private static BinaryMask dot() {
        byte[] bits = new byte[16];
        bits[5] = 1;
        return new BinaryMask(4, 4, bits);
    }

    @Test
    void keptOnPromptedFramesTrackedStatesOnlyWhereTrackingDecided() {
        AnnotationProject p = new AnnotationProject("v.mp4", 4, 4, 10);
        FrameMarks marks = new FrameMarks();
        marks.startFrom(p);
        TrackedObject o = p.addObject("cup");
        o.putMask(0, dot());
        marks.prompted(0);
        o.putMask(4, dot());
        marks.corrected(4);
        o.putMask(6, dot()); // imported: no flag, no confidence
        o.putTracked(1, dot(), SURE);
        o.putTracked(2, null, SURE);
        o.putTracked(3, dot(), UNSURE);
        o.putTracked(5, null, UNSURE);

        assertEquals(ObjectState.KEPT, ObjectState.of(p, o, 0), "kept with f on a prompted frame, before any run");
        assertEquals("kept", ObjectState.of(p, o, 0).text());
        assertEquals(ObjectState.TRACKED, ObjectState.of(p, o, 1));
        assertEquals(ObjectState.ABSENT, ObjectState.of(p, o, 2));
        assertEquals(ObjectState.UNCERTAIN, ObjectState.of(p, o, 3));
        assertEquals(ObjectState.KEPT, ObjectState.of(p, o, 4), "a correction is a person's mask");
        assertEquals(ObjectState.UNCERTAIN, ObjectState.of(p, o, 5), "judged absent, unsure");
        assertEquals(ObjectState.MASK, ObjectState.of(p, o, 6), "no record of how it was made: never 'tracked'");
        assertEquals(ObjectState.NONE, ObjectState.of(p, o, 7));
    }

    @Test
    void nearestMaskAndMaskCounts() {
        AnnotationProject p = new AnnotationProject("v.mp4", 4, 4, 20);
        TrackedObject o = p.addObject("cup");
        assertEquals(-1, ObjectFrames.nearestMask(o, 3), "no mask anywhere");
        for (int f : new int[] {2, 3, 10, 15}) {
            o.putMask(f, dot());
        }
        assertEquals(3, ObjectFrames.nearestMask(o, 3), "a mask on the shown frame: stay");
        assertEquals(2, ObjectFrames.nearestMask(o, 0));
        assertEquals(3, ObjectFrames.nearestMask(o, 6), "3 is nearer than 10");
        assertEquals(10, ObjectFrames.nearestMask(o, 7));
        assertEquals(15, ObjectFrames.nearestMask(o, 19));
        assertEquals(10, ObjectFrames.nearestMask(o, 12), "10 is nearer than 15");
        o.putMask(14, dot());
        assertEquals(10, ObjectFrames.nearestMask(o, 12), "the earlier of two at the same distance");
        assertEquals(2, ObjectFrames.masksIn(o, 0, 3));
        assertEquals(2, ObjectFrames.masksIn(o, 3, 0), "either order");
        assertEquals(0, ObjectFrames.masksIn(o, 4, 9));
        assertEquals(5, ObjectFrames.masksIn(o, 0, 19));
    }
}
