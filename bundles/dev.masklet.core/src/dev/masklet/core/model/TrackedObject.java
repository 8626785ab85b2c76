package dev.masklet.core.model;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

import dev.masklet.core.mask.BinaryMask;

/**
 * One labelled object with a track id, its mask on each frame where it has one, and how visible it is there
 * (only frames where it is not plainly {@link Visibility#VISIBLE} are recorded), and on frames a tracking run
 * decided, how confident the tracker was of the mask or of the object's absence. Changes are reported to the
 * project the object belongs to, so saving writes only the frames that changed.
 */
public final class TrackedObject {
    private final int trackId;
    private String label;
    private final SortedMap<Integer, BinaryMask> masks = new TreeMap<>();
    private final SortedMap<Integer, Visibility> visibility = new TreeMap<>();
    /** Frames whose mask (or absence) a tracking run decided, with its confidence 0..1; a person's mask has none. */
    private final SortedMap<Integer, Float> trackingConfidence = new TreeMap<>();
    private AnnotationProject project;

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

    /** Renames the object; every frame file naming it is written again at the next save. */
    public void setLabel(String label) {
        String checked = LabelNames.check(label);
        if (checked.equals(this.label)) {
            return;
        }
        this.label = checked;
        if (project != null) {
            project.labelUsed(checked);
            masks.keySet().forEach(project.changes()::frameChanged);
            visibility.keySet().forEach(project.changes()::frameChanged);
            project.changes().projectChanged();
        }
    }

    /** Puts a mask made or checked by a person (kept, corrected, drawn, imported): it has no tracking confidence. */
    public void putMask(int frame, BinaryMask mask) {
        if (frame < 0) {
            throw new IllegalArgumentException("frame index must be >= 0, got " + frame);
        }
        masks.put(frame, mask);
        trackingConfidence.remove(frame);
        frameChanged(frame);
    }

    /**
     * Puts what a tracking run decided on a frame: the mask, or null when it judged the object absent, and how
     * confident it was of that (0..1).
     */
    public void putTracked(int frame, BinaryMask mask, float confidence) {
        if (frame < 0) {
            throw new IllegalArgumentException("frame index must be >= 0, got " + frame);
        }
        if (!(confidence >= 0f && confidence <= 1f)) {
            throw new IllegalArgumentException("confidence must be in 0..1, got " + confidence);
        }
        if (mask == null) {
            masks.remove(frame);
        } else {
            masks.put(frame, mask);
        }
        trackingConfidence.put(frame, confidence);
        frameChanged(frame);
    }

    /** Forgets the mask on a frame (the object is absent there) and what tracking said of it; returns whether there was a mask. */
    public boolean removeMask(int frame) {
        boolean had = masks.remove(frame) != null;
        boolean tracked = trackingConfidence.remove(frame) != null;
        if (had || tracked) {
            frameChanged(frame);
        }
        return had;
    }

    /** The tracker's confidence (0..1) in the object's mask or absence on a frame, or null where no tracking run decided it. */
    public Float trackingConfidence(int frame) {
        return trackingConfidence.get(frame);
    }

    /** The frames a tracking run decided, with its confidence. */
    public SortedMap<Integer, Float> trackingConfidences() {
        return Collections.unmodifiableSortedMap(trackingConfidence);
    }

    public BinaryMask mask(int frame) {
        return masks.get(frame);
    }

    public SortedMap<Integer, BinaryMask> masks() {
        return Collections.unmodifiableSortedMap(masks);
    }

    /** How visible the object is on a frame; {@link Visibility#VISIBLE} unless set otherwise. */
    public Visibility visibility(int frame) {
        return visibility.getOrDefault(frame, Visibility.VISIBLE);
    }

    public void setVisibility(int frame, Visibility value) {
        if (frame < 0) {
            throw new IllegalArgumentException("frame index must be >= 0, got " + frame);
        }
        Visibility old = value == null || value == Visibility.VISIBLE ? visibility.remove(frame)
                : visibility.put(frame, value);
        Visibility now = value == null ? Visibility.VISIBLE : value;
        if ((old == null ? Visibility.VISIBLE : old) != now) {
            frameChanged(frame);
        }
    }

    /** The frames where a visibility other than {@link Visibility#VISIBLE} is recorded. */
    public SortedMap<Integer, Visibility> visibilities() {
        return Collections.unmodifiableSortedMap(visibility);
    }

    private void frameChanged(int frame) {
        if (project != null) {
            project.changes().frameChanged(frame);
        }
    }

    AnnotationProject project() {
        return project;
    }

    /** Called by the project when the object joins it (null when it leaves). */
    void attach(AnnotationProject owner) {
        this.project = owner;
    }
}
