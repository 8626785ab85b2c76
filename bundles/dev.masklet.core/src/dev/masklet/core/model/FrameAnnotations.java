package dev.masklet.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a frame carries besides the objects' masks: the drawn shapes (polygons, rectangles, rotated rectangles,
 * points) and the frame's flags ({@link #REVIEWED}, or any other a team uses). Every change marks the frame as
 * changed in its project, so only changed frames are saved.
 */
public final class FrameAnnotations {
    /** The flag a reviewer sets when a frame has been checked. */
    public static final String REVIEWED = "reviewed";
    /** Frame flag: an object was prompted and kept on this frame, so its mask there is a person's. */
    public static final String PROMPTED = "prompted";
    /** Frame flag: a tracking result on this frame is one the tracker was unsure of, worth a person's review. */
    public static final String UNCERTAIN = "uncertain";

    private final AnnotationProject project;
    private final int frame;
    private final List<Shape> shapes = new ArrayList<>();
    private final Map<String, Boolean> flags = new LinkedHashMap<>();
    private final Map<String, String> extras = new LinkedHashMap<>();
    private String imagePath;
    private String fileName;

    FrameAnnotations(AnnotationProject project, int frame) {
        this.project = project;
        this.frame = frame;
    }

    public int frame() {
        return frame;
    }

    public List<Shape> shapes() {
        return Collections.unmodifiableList(shapes);
    }

    public void addShape(Shape shape) {
        shapes.add(shape);
        changed();
    }

    public void setShape(int index, Shape shape) {
        shapes.set(index, shape);
        changed();
    }

    public Shape removeShape(int index) {
        Shape removed = shapes.remove(index);
        changed();
        return removed;
    }

    /** Removes the shapes of one object (group id = track id); returns them. */
    public List<Shape> removeShapesOf(int trackId) {
        List<Shape> removed = new ArrayList<>();
        shapes.removeIf(s -> {
            boolean of = s.groupId() != null && s.groupId() == trackId;
            if (of) {
                removed.add(s);
            }
            return of;
        });
        if (!removed.isEmpty()) {
            changed();
        }
        return removed;
    }

    public Map<String, Boolean> flags() {
        return Collections.unmodifiableMap(flags);
    }

    public boolean flag(String name) {
        return Boolean.TRUE.equals(flags.get(name));
    }

    /** Sets a flag; {@code null} removes it. */
    public void setFlag(String name, Boolean value) {
        if (value == null) {
            flags.remove(name);
        } else {
            flags.put(name, value);
        }
        changed();
    }

    /** Top-level keys of the frame's file that Masklet does not use, each with its raw JSON, kept as read. */
    public Map<String, String> extras() {
        return Collections.unmodifiableMap(extras);
    }

    public void putExtra(String key, String rawJson) {
        extras.put(key, rawJson);
        changed();
    }

    /** The image path read from the frame's file, or null (then {@code frame_000123.jpg} is written). */
    public String imagePath() {
        return imagePath;
    }

    public void setImagePath(String path) {
        this.imagePath = path;
        changed();
    }

    /** Name of the file this frame was read from when another tool named it, or null for Masklet's own name. */
    public String fileName() {
        return fileName;
    }

    public void setFileName(String name) {
        this.fileName = name;
    }

    /** True when the frame has neither shapes nor flags nor extra keys (masks are counted by the project). */
    public boolean isEmpty() {
        return shapes.isEmpty() && flags.isEmpty() && extras.isEmpty();
    }

    private void changed() {
        project.changes().frameChanged(frame);
    }
}
