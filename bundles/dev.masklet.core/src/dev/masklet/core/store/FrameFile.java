package dev.masklet.core.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.FrameAnnotations;
import dev.masklet.core.model.Shape;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.core.model.Visibility;

/**
 * One frame's annotations as a LabelMe / X-AnyLabeling file: {@code version, flags, shapes, imagePath,
 * imageData (null), imageHeight, imageWidth}, plus the {@code masklet} field with the objects' masks (COCO RLE)
 * visibility and, where tracking decided the frame, its confidence; those tools keep it as an unknown top-level key.
 */
final class FrameFile {
    /** The X-AnyLabeling file version whose layout the files follow. */
    static final String FILE_VERSION = "3.0.0";
    static final String FIELD = "masklet";
    static final String FORMAT = "masklet-frame";
    static final int VERSION = 1;

    private static final Set<String> TOP_KEYS = Set.of("version", "flags", "shapes", "imagePath", "imageData",
            "imageHeight", "imageWidth", FIELD);
    private static final Pattern OWN_NAME = Pattern.compile("frame_(\\d+)\\.json");
    private static final Pattern LAST_NUMBER = Pattern.compile("(\\d+)(?!.*\\d)");

    private FrameFile() {
    }

    static String fileName(int frame) {
        return String.format(Locale.ROOT, "frame_%06d.json", frame);
    }

    static String imageName(int frame) {
        return String.format(Locale.ROOT, "frame_%06d.jpg", frame);
    }

    /** The frame a file holds: its {@code masklet.frame}, else the number in {@code frame_N.json}, else the last number in the name. */
    static int frameOf(String fileName, JsonObject root) {
        JsonElement ext = root.get(FIELD);
        if (ext != null && ext.isJsonObject() && ext.getAsJsonObject().has("frame")) {
            return Json.integer(ext.getAsJsonObject(), "frame");
        }
        Matcher own = OWN_NAME.matcher(fileName);
        if (own.matches()) {
            return Integer.parseInt(own.group(1));
        }
        Matcher last = LAST_NUMBER.matcher(fileName);
        if (last.find()) {
            return Integer.parseInt(last.group(1));
        }
        throw new IllegalArgumentException("the file name has no frame number and the file no \"masklet\" field");
    }

    static JsonObject toJson(AnnotationProject project, int frame) {
        FrameAnnotations annotations = project.existingFrame(frame).orElse(null);
        JsonObject root = new JsonObject();
        root.addProperty("version", FILE_VERSION);
        root.add("flags", Json.flags(annotations == null ? Map.of() : annotations.flags()));
        JsonArray shapes = new JsonArray();
        if (annotations != null) {
            annotations.shapes().forEach(s -> shapes.add(ShapeJson.write(s)));
        }
        MaskOutlines outlines = ProjectStore.maskOutlines();
        Map<Integer, Integer> outlineCounts = new LinkedHashMap<>();
        if (outlines != null) {
            for (TrackedObject o : project.objects()) {
                if (o.mask(frame) != null) {
                    List<Shape> derived = outlines.outline(o.mask(frame), o.label(), o.trackId());
                    derived.forEach(s -> shapes.add(ShapeJson.write(s)));
                    outlineCounts.put(o.trackId(), derived.size());
                }
            }
        }
        root.add("shapes", shapes);
        String imagePath = annotations != null && annotations.imagePath() != null ? annotations.imagePath()
                : imageName(frame);
        root.addProperty("imagePath", imagePath);
        root.add("imageData", JsonNull.INSTANCE);
        root.addProperty("imageHeight", project.height());
        root.addProperty("imageWidth", project.width());
        if (annotations != null) {
            annotations.extras().forEach((k, v) -> root.add(k, Json.raw(v)));
        }
        JsonObject ext = new JsonObject();
        ext.addProperty("format", FORMAT);
        ext.addProperty("version", VERSION);
        ext.addProperty("media", project.mediaName());
        ext.addProperty("frame", frame);
        JsonArray objects = new JsonArray();
        for (TrackedObject o : project.objects()) {
            boolean masked = o.mask(frame) != null;
            boolean marked = o.visibilities().containsKey(frame);
            Float confidence = o.trackingConfidence(frame);
            if (!masked && !marked && confidence == null) {
                continue;
            }
            JsonObject entry = new JsonObject();
            entry.addProperty("group_id", o.trackId());
            entry.addProperty("label", o.label());
            entry.addProperty("visibility", o.visibility(frame).id());
            entry.add("mask", masked ? Json.rle(o.mask(frame)) : JsonNull.INSTANCE);
            if (confidence != null) {
                // rounded: a tracker's confidence is not meaningful to more digits, and the files stay readable
                entry.addProperty("confidence", Math.round(confidence * 1000f) / 1000f);
            }
            Integer outline = outlineCounts.get(o.trackId());
            if (outline != null) {
                entry.addProperty("outline_shapes", outline);
                entry.addProperty("shapes_sha256", OutlineShapes.fingerprint(OutlineShapes.polygonsOf(shapes, o.trackId())));
            }
            objects.add(entry);
        }
        ext.add("objects", objects);
        root.add(FIELD, ext);
        return root;
    }

    /**
     * Reads one frame file into the project: shapes and flags onto the frame, masks and visibility onto the objects.
     * An object known only from this file (a group id of another tool, or a save interrupted before the project
     * file was written) is created with the label found here. The whole file is checked before anything is put
     * into the project, so a damaged file changes nothing (it is skipped and reported).
     */
    static void read(String fileName, JsonObject root, AnnotationProject project, List<String> warnings) {
        JsonArray shapeArray = Json.array(root, "shapes"); // a LabelMe file must have shapes, even an empty list
        int frame = frameOf(fileName, root);
        if (frame < 0) {
            throw new IllegalArgumentException("frame index must be >= 0, got " + frame);
        }
        JsonElement ext = root.get(FIELD);
        Set<Integer> outlineShapes = new java.util.HashSet<>();
        List<MaskEntry> masks = List.of();
        List<String> fileWarnings = new java.util.ArrayList<>();
        if (ext != null && ext.isJsonObject()) {
            masks = readMasks(ext.getAsJsonObject(), project);
            outlineShapes = OutlineShapes.indices(fileName, ext.getAsJsonObject(), shapeArray, fileWarnings);
        }
        List<Shape> shapes = new java.util.ArrayList<>();
        for (int i = 0; i < shapeArray.size(); i++) {
            if (outlineShapes.contains(i)) {
                continue; // drawn from the mask when written; drawn again at the next save
            }
            try {
                shapes.add(ShapeJson.read(shapeArray.get(i).getAsJsonObject()));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("shape " + (i + 1) + ": " + PlainReasons.of(e), e);
            }
        }
        Map<String, Boolean> flags = Json.flags(root.get("flags"));
        String imagePath = Json.optionalText(root, "imagePath");
        // checked: from here on nothing throws
        warnings.addAll(fileWarnings);
        FrameAnnotations annotations = project.frame(frame);
        if (!OWN_NAME.matcher(fileName).matches()) {
            annotations.setFileName(fileName);
        }
        // the frame file is written before the project file, so its flags are the newer ones
        List.copyOf(annotations.flags().keySet()).forEach(k -> annotations.setFlag(k, null));
        flags.forEach(annotations::setFlag);
        for (MaskEntry m : masks) {
            m.putInto(project, frame);
        }
        for (Shape shape : shapes) {
            if (shape.groupId() != null && project.object(shape.groupId()).isEmpty()) {
                project.addObject(new TrackedObject(shape.groupId(), shape.label()));
            }
            annotations.addShape(shape);
        }
        if (imagePath != null && !imagePath.equals(imageName(frame))) {
            annotations.setImagePath(imagePath);
        }
        for (Map.Entry<String, JsonElement> e : root.entrySet()) {
            if (!TOP_KEYS.contains(e.getKey())) {
                annotations.putExtra(e.getKey(), e.getValue().toString());
            }
        }
    }

    /** One object's entry in the {@code masklet} field, checked, not yet put into the project. */
    private record MaskEntry(int trackId, String label, BinaryMask mask, Float confidence, Visibility visibility) {
        void putInto(AnnotationProject project, int frame) {
            TrackedObject object = project.object(trackId).orElseGet(() -> {
                TrackedObject created = new TrackedObject(trackId, label);
                project.addObject(created);
                return created;
            });
            if (confidence != null) {
                object.putTracked(frame, mask, confidence);
            } else if (mask != null) {
                object.putMask(frame, mask);
            }
            if (visibility != null) {
                object.setVisibility(frame, visibility);
            }
        }
    }

    private static float confidence(JsonElement value) {
        float c;
        try {
            c = value.getAsFloat();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("\"confidence\" must be a number from 0 to 1, got " + value);
        }
        if (!(c >= 0f && c <= 1f)) {
            throw new IllegalArgumentException("\"confidence\" must be a number from 0 to 1, got " + value);
        }
        return c;
    }

    private static List<MaskEntry> readMasks(JsonObject ext, AnnotationProject project) {
        if (!FORMAT.equals(Json.text(ext, "format"))) {
            throw new IllegalArgumentException("\"masklet.format\" must be \"" + FORMAT + "\"");
        }
        if (Json.integer(ext, "version") > VERSION) {
            throw new IllegalArgumentException("\"masklet.version\" " + Json.integer(ext, "version")
                    + " is newer than this Masklet understands (" + VERSION + ")");
        }
        List<MaskEntry> entries = new java.util.ArrayList<>();
        for (JsonElement e : Json.array(ext, "objects")) {
            JsonObject entry = e.getAsJsonObject();
            int id = Json.integer(entry, "group_id");
            if (id < 1) {
                throw new IllegalArgumentException("group ids (track ids) start at 1, got " + id);
            }
            String label = Json.text(entry, "label");
            try {
                JsonElement mask = entry.get("mask");
                BinaryMask read = mask != null && mask.isJsonObject() ? Json.mask(mask.getAsJsonObject()) : null;
                if (read != null && (read.width() != project.width() || read.height() != project.height())) {
                    throw new IllegalArgumentException("the mask is " + read.width() + "×" + read.height()
                            + " pixels, the media " + project.width() + "×" + project.height());
                }
                JsonElement confidence = entry.get("confidence");
                String visibility = Json.optionalText(entry, "visibility");
                entries.add(new MaskEntry(id, label, read,
                        confidence != null && !confidence.isJsonNull() ? confidence(confidence) : null,
                        visibility != null ? Visibility.of(visibility) : null));
            } catch (RuntimeException ex) {
                throw new IllegalArgumentException("the mask of object " + id + ": " + PlainReasons.of(ex), ex);
            }
        }
        return entries;
    }
}
