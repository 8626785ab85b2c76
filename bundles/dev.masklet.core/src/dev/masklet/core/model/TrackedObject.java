package dev.masklet.core.model;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

import dev.masklet.core.mask.BinaryMask;

/** One labelled object with a track id, and its mask on each frame where it has one. */
public final class TrackedObject {
    private final int trackId;
    private String label;
    private final SortedMap<Integer, BinaryMask> masks = new TreeMap<>();

    public TrackedObject(int trackId, String label) {
        if (trackId <= 0) {
            throw new IllegalArgumentException("track ids start at 1, got " + trackId);
        }
        this.trackId = trackId;
        this.label = LabelNames.check(label);
    }

    public int trackId() {
        return trackId;
    }

    public String label() {
        return label;
    }

    public void setLabel(String label) {
        this.label = LabelNames.check(label);
    }

    public void putMask(int frame, BinaryMask mask) {
        if (frame < 0) {
            throw new IllegalArgumentException("frame index must be >= 0, got " + frame);
        }
        masks.put(frame, mask);
    }

    /** Forgets the mask on a frame (the object is absent there); returns whether there was one. */
    public boolean removeMask(int frame) {
        return masks.remove(frame) != null;
    }

    public BinaryMask mask(int frame) {
        return masks.get(frame);
    }

    public SortedMap<Integer, BinaryMask> masks() {
        return Collections.unmodifiableSortedMap(masks);
    }
}
