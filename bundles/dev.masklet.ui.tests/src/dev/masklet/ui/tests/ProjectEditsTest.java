package dev.masklet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.ui.internal.editor.operations.ProjectEdits;

/** The label and track operations of the managers on a project (the dialogs are driven in ManagersTest). */
class ProjectEditsTest {
    private static BinaryMask mask(int x) {
        byte[] bits = new byte[16];
        bits[x] = 1;
        return new BinaryMask(4, 4, bits);
    }

    private static AnnotationProject project() {
        AnnotationProject p = new AnnotationProject("v.mp4", 4, 4, 5);
        TrackedObject a = p.addObject("car");
        a.putMask(0, mask(0));
        a.putMask(1, mask(1));
        TrackedObject b = p.addObject("truck");
        b.putMask(1, mask(2));
        b.putMask(2, mask(3));
        return p;
    }

    @Test
    void renameToAnExistingLabelMergesTheClasses() {
        AnnotationProject p = project();
        ProjectEdits.renameLabel(p, "truck", "car");
        assertEquals(2, p.objects().stream().filter(o -> o.label().equals("car")).count());
    }

    @Test
    void deleteLabelRemovesItsObjects() {
        AnnotationProject p = project();
        ProjectEdits.deleteLabel(p, "car");
        assertEquals(1, p.objects().size());
        assertEquals("truck", p.objects().get(0).label());
    }

    @Test
    void reassignKeepsLabelAndMasks() {
        AnnotationProject p = project();
        ProjectEdits.reassign(p, 2, 9);
        TrackedObject moved = p.object(9).orElseThrow();
        assertEquals("truck", moved.label());
        assertEquals(mask(3), moved.mask(2));
        assertEquals(java.util.Optional.empty(), p.object(2));
    }

    @Test
    void mergeFillsOnlyFramesTheTargetLacks() {
        AnnotationProject p = project();
        ProjectEdits.merge(p, 2, 1);
        TrackedObject a = p.object(1).orElseThrow();
        assertEquals(1, p.objects().size());
        assertEquals(mask(1), a.mask(1), "frame 2 keeps the target's own mask");
        assertEquals(mask(3), a.mask(2), "frame 3 comes from the merged track");
    }

    @Test
    void deleteRangeCutsOnlyThoseFrames() {
        AnnotationProject p = project();
        ProjectEdits.deleteRange(p, 1, 1, 4);
        TrackedObject a = p.object(1).orElseThrow();
        assertEquals(mask(0), a.mask(0));
        assertNull(a.mask(1));
        assertArrayEquals(new int[] {0}, a.masks().keySet().stream().mapToInt(Integer::intValue).toArray());
    }
}
