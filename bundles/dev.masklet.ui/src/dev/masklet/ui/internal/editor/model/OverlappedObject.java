package dev.masklet.ui.internal.editor.model;

import java.util.List;
import java.util.Optional;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.TrackedObject;

/**
 * The object a new mask most likely corrects: among the objects with a mask on the shown frame (kept or tracked),
 * the one whose mask overlaps the new mask most (intersection over union), if it overlaps clearly. F's dialog
 * preselects it, so that Enter on a tracked frame corrects the object instead of making a duplicate.
 */
public record OverlappedObject(TrackedObject object, double iou) {
    /**
     * Below this overlap the new mask is taken for another object: a neighbour touching an object must not be
     * offered as its correction (that would overwrite it), while a correction of a drifted mask still overlaps it.
     */
    public static final double MIN_IOU = 0.2;

    /** The object with the largest overlap of at least {@link #MIN_IOU} on {@code frame}, if any. */
    public static Optional<OverlappedObject> of(List<TrackedObject> objects, int frame, BinaryMask mask) {
        OverlappedObject best = null;
        for (TrackedObject o : objects) {
            BinaryMask m = o.mask(frame);
            if (m == null || m.width() != mask.width() || m.height() != mask.height()) {
                continue;
            }
            double iou = m.iou(mask);
            if (iou >= MIN_IOU && (best == null || iou > best.iou())) {
                best = new OverlappedObject(o, iou);
            }
        }
        return Optional.ofNullable(best);
    }
}
