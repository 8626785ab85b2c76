package dev.masklet.core.store;

import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.FrameAnnotations;
import dev.masklet.core.model.LabelClass;
import dev.masklet.core.model.TrackedObject;

/**
 * The project file {@code <media>.masklet.json}: version 2 holds the media, label classes with colours, the objects
 * and the frame flags, while the frames' annotations are in the frames folder; version 1 (Masklet 0.1) held every
 * mask itself and is still read, never written.
 */
final class ProjectFile {
    static final String FORMAT = "masklet-project";
    static final int VERSION = 2;

    private ProjectFile() {
    }

    static JsonObject toJson(AnnotationProject project, String framesFolder) {
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        root.addProperty("version", VERSION);
        root.add("media", media(project));
        root.addProperty("frames_folder", framesFolder);
        if (!project.outputMode().isEmpty()) {
            root.addProperty("output_mode", project.outputMode());
        }
        JsonArray labels = new JsonArray();
        for (LabelClass c : project.labelClasses()) {
            JsonObject l = new JsonObject();
            l.addProperty("name", c.name());
            l.addProperty("color", c.hex());
            labels.add(l);
        }
        root.add("labels", labels);
        JsonArray objects = new JsonArray();
        for (TrackedObject object : project.objects()) {
            JsonObject o = new JsonObject();
            o.addProperty("track_id", object.trackId());
            o.addProperty("label", object.label());
            o.addProperty("masks", object.masks().size());
            if (!object.masks().isEmpty()) {
                o.addProperty("first_frame", object.masks().firstKey());
                o.addProperty("last_frame", object.masks().lastKey());
            }
            objects.add(o);
        }
        root.add("objects", objects);
        JsonObject frameFlags = new JsonObject();
        for (int frame : project.annotatedFrames()) {
            project.existingFrame(frame).map(FrameAnnotations::flags).filter(f -> !f.isEmpty())
                    .ifPresent(f -> frameFlags.add(Integer.toString(frame), Json.flags(f)));
        }
        root.add("frame_flags", frameFlags);
        root.addProperty("annotated_frames", project.annotatedFrames().size());
        return root;
    }

    private static JsonObject media(AnnotationProject project) {
        JsonObject media = new JsonObject();
        media.addProperty("name", project.mediaName());
        media.addProperty("width", project.width());
        media.addProperty("height", project.height());
        media.addProperty("frames", project.frameCount());
        return media;
    }

    /** The version of a parsed project file, after checking it is one. */
    static int version(JsonObject root) {
        if (root == null) {
            throw new IllegalArgumentException("the file is empty");
        }
        if (!FORMAT.equals(Json.text(root, "format"))) {
            throw new IllegalArgumentException("\"format\" must be \"" + FORMAT + "\"");
        }
        int version = Json.integer(root, "version");
        if (version > VERSION) {
            throw new IllegalArgumentException("version " + version + " is newer than this Masklet understands ("
                    + VERSION + ")");
        }
        return version;
    }

    /** The project described by a version 2 file, without the frames' annotations. */
    static AnnotationProject readV2(JsonObject root) {
        AnnotationProject project = newProject(root);
        JsonElement mode = root.get("output_mode"); // optional: files without it (and older Masklets) use masks
        if (mode != null && mode.isJsonPrimitive()) {
            project.setOutputMode(mode.getAsString());
        }
        JsonElement labels = root.get("labels");
        if (labels != null && labels.isJsonArray()) {
            for (JsonElement e : labels.getAsJsonArray()) {
                JsonObject l = e.getAsJsonObject();
                project.putLabelClass(new LabelClass(Json.text(l, "name"), LabelClass.parseHex(Json.text(l, "color"))));
            }
        }
        for (JsonElement e : Json.array(root, "objects")) {
            JsonObject o = e.getAsJsonObject();
            project.addObject(new TrackedObject(Json.integer(o, "track_id"), Json.text(o, "label")));
        }
        JsonElement flags = root.get("frame_flags");
        if (flags != null && flags.isJsonObject()) {
            for (Map.Entry<String, JsonElement> f : flags.getAsJsonObject().entrySet()) {
                int frame = Integer.parseInt(f.getKey());
                Json.flags(f.getValue()).forEach(project.frame(frame)::setFlag);
            }
        }
        return project;
    }

    /** A version 1 file: every object with its masks. */
    static AnnotationProject readV1(JsonObject root) {
        AnnotationProject project = newProject(root);
        for (JsonElement e : Json.array(root, "objects")) {
            JsonObject o = e.getAsJsonObject();
            TrackedObject object = new TrackedObject(Json.integer(o, "track_id"), Json.text(o, "label"));
            for (JsonElement fe : Json.array(o, "frames")) {
                JsonObject f = fe.getAsJsonObject();
                object.putMask(Json.integer(f, "frame"), Json.mask(Json.object(f, "mask")));
            }
            project.addObject(object);
        }
        return project;
    }

    private static AnnotationProject newProject(JsonObject root) {
        JsonObject media = Json.object(root, "media");
        return new AnnotationProject(Json.text(media, "name"), Json.integer(media, "width"),
                Json.integer(media, "height"), Json.integer(media, "frames"));
    }
}
