package dev.masklet.core.model;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

import dev.masklet.core.mask.BinaryMask;

/**
 * One labelled object with a track id, its mask on each frame where it has one, and how visible it is there
 * (only frames where it is not plainly {@link Visibility#VISIBLE} are recorded). Changes are reported to the
 * project the object belongs to, so saving writes only the frames that changed.
 */
public final class TrackedObject {
    private final int trackId;
    private String label;
    private final SortedMap<Integer, BinaryMask> masks = new TreeMap<>();
    private final SortedMap<Integer, Visibility> visibility = new TreeMap<>();
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

    public void putMask(int frame, BinaryMask mask) {
        if (frame < 0) {
            throw new IllegalArgumentException("frame index must be >= 0, got " + frame);
        }
        masks.put(frame, mask);
        frameChanged(frame);
    }

    /** Forgets the mask on a frame (the object is absent there); returns whether there was one. */
    public boolean removeMask(int frame) {
        boolean had = masks.remove(frame) != null;
        if (had) {
            frameChanged(frame);
        }
        return had;
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
