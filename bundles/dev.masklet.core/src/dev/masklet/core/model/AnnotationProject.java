package dev.masklet.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** The annotations of one video or frame folder: its size and frame count, and the objects annotated in it. */
public final class AnnotationProject {
    private final String mediaName;
    private final int width;
    private final int height;
    private final int frameCount;
    private final List<TrackedObject> objects = new ArrayList<>();

    public AnnotationProject(String mediaName, int width, int height, int frameCount) {
        this.mediaName = mediaName;
        this.width = width;
        this.height = height;
        this.frameCount = frameCount;
    }

    /** File name of the media, relative to the project file's folder. */
    public String mediaName() {
        return mediaName;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int frameCount() {
        return frameCount;
    }

    public List<TrackedObject> objects() {
        return Collections.unmodifiableList(objects);
    }

    /** Creates an object with the next free track id. */
    public TrackedObject addObject(String label) {
        int next = objects.stream().mapToInt(TrackedObject::trackId).max().orElse(0) + 1;
        TrackedObject object = new TrackedObject(next, label);
        objects.add(object);
        return object;
    }

    /** Adds an object read from a file, keeping its track id. */
    public void addObject(TrackedObject object) {
        if (object(object.trackId()).isPresent()) {
            throw new IllegalArgumentException("track id " + object.trackId() + " is used twice");
        }
        objects.add(object);
    }

    /** Removes an object with all its masks; returns whether it was there. */
    public boolean removeObject(int trackId) {
        return objects.removeIf(o -> o.trackId() == trackId);
    }

    public Optional<TrackedObject> object(int trackId) {
        return objects.stream().filter(o -> o.trackId() == trackId).findFirst();
    }
}
