package dev.masklet.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The annotations of one video or frame folder: its size and frame count, the label classes with their colours,
 * the objects annotated in it (track id, label, mask and visibility per frame) and per frame the drawn shapes and
 * flags. {@link #changes()} knows what changed since the last save.
 */
public final class AnnotationProject {
    private final String mediaName;
    private final int width;
    private final int height;
    private final int frameCount;
    private final List<TrackedObject> objects = new ArrayList<>();
    private final Map<String, LabelClass> labels = new LinkedHashMap<>();
    private final SortedMap<Integer, FrameAnnotations> frames = new TreeMap<>();
    private final ProjectChanges changes = new ProjectChanges();
    private String outputMode = "";

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

    /**
     * How the workbench stores and shows kept objects (the name of its output mode, e.g. {@code box}), or "" when
     * none was chosen: kept with the project so that it opens as it was left.
     */
    public String outputMode() {
        return outputMode;
    }

    public void setOutputMode(String mode) {
        String m = mode == null ? "" : mode.strip();
        if (!m.equals(outputMode)) {
            outputMode = m;
            changes.projectChanged();
        }
    }

    /** The objects in track id order. */
    public List<TrackedObject> objects() {
        return Collections.unmodifiableList(objects);
    }

    /** Creates an object with the next free track id. */
    public TrackedObject addObject(String label) {
        int next = objects.stream().mapToInt(TrackedObject::trackId).max().orElse(0) + 1;
        TrackedObject object = new TrackedObject(next, label);
        addObject(object);
        return object;
    }

    /** Adds an object made elsewhere (read from a file, or put back by an undo), keeping its track id. */
    public void addObject(TrackedObject object) {
        if (object(object.trackId()).isPresent()) {
            throw new IllegalArgumentException("track id " + object.trackId() + " is used twice");
        }
        if (object.project() != null && object.project() != this) {
            // its changes would be reported to the other project only, and never saved here
            throw new IllegalArgumentException("object " + object.trackId() + " belongs to another project; copy it");
        }
        int at = 0;
        while (at < objects.size() && objects.get(at).trackId() < object.trackId()) {
            at++;
        }
        objects.add(at, object); // kept in track id order, also when an undo puts an object back
        object.attach(this);
        labelUsed(object.label());
        objectFramesChanged(object);
    }

    /** Removes an object with all its masks (its shapes stay; see {@link FrameAnnotations#removeShapesOf}). */
    public boolean removeObject(int trackId) {
        Optional<TrackedObject> found = object(trackId);
        found.ifPresent(o -> {
            objects.remove(o);
            o.attach(null);
            objectFramesChanged(o);
        });
        return found.isPresent();
    }

    public Optional<TrackedObject> object(int trackId) {
        return objects.stream().filter(o -> o.trackId() == trackId).findFirst();
    }

    private void objectFramesChanged(TrackedObject o) {
        o.masks().keySet().forEach(changes::frameChanged);
        o.visibilities().keySet().forEach(changes::frameChanged);
        o.trackingConfidences().keySet().forEach(changes::frameChanged);
        changes.projectChanged();
    }

    /** The label classes in the order they were first used, each with its colour. */
    public List<LabelClass> labelClasses() {
        return List.copyOf(labels.values());
    }

    public Optional<LabelClass> labelClass(String name) {
        return Optional.ofNullable(labels.get(name));
    }

    /** Adds a label class or changes its colour. */
    public void putLabelClass(LabelClass labelClass) {
        LabelClass old = labels.put(labelClass.name(), labelClass);
        if (!labelClass.equals(old)) {
            changes.projectChanged();
        }
    }

    /** Removes a label class (objects keep their label; it gets a default colour again when next used). */
    public boolean removeLabelClass(String name) {
        boolean had = labels.remove(name) != null;
        if (had) {
            changes.projectChanged();
        }
        return had;
    }

    /** The colour of a label: its class's, or the default the next new class would get. */
    public int colourOf(String label) {
        LabelClass c = labels.get(label);
        return c != null ? c.rgb() : LabelClass.defaultColour(labels.size());
    }

    /** Makes sure a label has a class (with the next default colour). */
    void labelUsed(String label) {
        if (!labels.containsKey(label)) {
            labels.put(label, new LabelClass(label, LabelClass.defaultColour(labels.size())));
            changes.projectChanged();
        }
    }

    /** The shapes and flags of a frame, created empty when the frame has none yet. */
    public FrameAnnotations frame(int frame) {
        if (frame < 0) {
            throw new IllegalArgumentException("frame index must be >= 0, got " + frame);
        }
        return frames.computeIfAbsent(frame, f -> new FrameAnnotations(this, f));
    }

    /** The frame's shapes and flags if it has any. */
    public Optional<FrameAnnotations> existingFrame(int frame) {
        FrameAnnotations f = frames.get(frame);
        return f == null || f.isEmpty() ? Optional.empty() : Optional.of(f);
    }

    /** Frames with anything on them: a mask, a recorded visibility, a tracking result, a shape, a flag. */
    public SortedSet<Integer> annotatedFrames() {
        SortedSet<Integer> all = new TreeSet<>();
        for (TrackedObject o : objects) {
            all.addAll(o.masks().keySet());
            all.addAll(o.visibilities().keySet());
            all.addAll(o.trackingConfidences().keySet());
        }
        frames.forEach((index, f) -> {
            if (!f.isEmpty()) {
                all.add(index);
            }
        });
        return all;
    }

    /** What changed since the last save (or since the project was read). */
    public ProjectChanges changes() {
        return changes;
    }
}
