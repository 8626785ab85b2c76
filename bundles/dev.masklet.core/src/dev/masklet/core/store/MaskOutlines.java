package dev.masklet.core.store;

import java.util.List;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.Shape;

/**
 * Turns a mask into polygon shapes, so that frame files show every masked object to LabelMe and X-AnyLabeling, which
 * do not read Masklet's lossless masks. Core has no image library; {@code dev.masklet.geometry} registers the
 * OpenCV implementation with {@link ProjectStore#useMaskOutlines} when it starts. Without one, masks are written
 * only in the {@code masklet} field.
 */
@FunctionalInterface
public interface MaskOutlines {
    /** Polygon shapes (with holes) of the mask, each labelled {@code label} with group id {@code trackId}. */
    List<Shape> outline(BinaryMask mask, String label, int trackId);
}
