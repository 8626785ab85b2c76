package dev.masklet.engine.prompted;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.LabelNames;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.engine.Prompt;

/**
 * The prompts file of {@code masklet-cli track}:
 *
 * <pre>
 * {"objects": [{"id": 1, "label": "horse", "frame": 0,
 *               "points": [[x, y], ...], "point_labels": [1, 0, ...], "box": [x0, y0, x1, y1]}]}
 * </pre>
 *
 * Video pixel coordinates; points and box are optional but an entry needs one of them; {@code point_labels} default
 * to 1 (positive); several entries per object (on different frames) are allowed, later ones correct the tracking.
 * Every problem is reported as one line naming the file and the entry. One format for {@code masklet-cli track
 * --prompts} and the batch job's manifest.
 */
public final class TrackPrompts {
    /**
     * One entry: one object's prompt on one frame; {@code index} is its place in the file's list.
     *
     * @param mask a person's mask to start from as it is ({@link #fromProject}), null for a prompts file's entry
     */
    public record Entry(int objectId, int frame, Prompt prompt, BinaryMask mask, int index) {
    }

    private final List<Entry> entries;
    private final Map<Integer, String> labels;

    private TrackPrompts(List<Entry> entries, Map<Integer, String> labels) {
        this.entries = List.copyOf(entries);
        this.labels = labels;
    }

    /** The entries in file order. */
    public List<Entry> entries() {
        return entries;
    }

    /** Object ids in order of first appearance, with their labels. */
    public Map<Integer, String> labels() {
        return labels;
    }

    /**
     * The prompts a Masklet project holds: every object's masks that a person made (kept, corrected or imported:
     * those without a tracking confidence), each handed to the tracker as it is, as the workbench's Ctrl+M does.
     *
     * @throws IllegalArgumentException when the project has no such mask
     */
    public static TrackPrompts fromProject(AnnotationProject project) {
        List<Entry> entries = new ArrayList<>();
        Map<Integer, String> labels = new LinkedHashMap<>();
        List<TrackedObject> objects = new ArrayList<>(project.objects());
        objects.sort(java.util.Comparator.comparingInt(TrackedObject::trackId));
        for (TrackedObject object : objects) {
            object.masks().forEach((frame, mask) -> {
                if (object.trackingConfidence(frame) == null && mask.area() > 0) {
                    entries.add(new Entry(object.trackId(), frame, Prompt.fromMask(mask), mask, entries.size()));
                    labels.putIfAbsent(object.trackId(), object.label());
                }
            });
        }
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("the project has no kept masks to track from");
        }
        return new TrackPrompts(entries, labels);
    }

    /**
     * Reads a prompts file.
     *
     * @throws IOException when the file cannot be read, with a message for the user naming the file
     * @throws IllegalArgumentException when it is not a valid prompts file, with a message naming the file and entry
     */
    public static TrackPrompts read(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IOException("prompts file " + file + " not found", e);
        } catch (IOException e) {
            throw new IOException("prompts file " + file + " cannot be read (" + e.getMessage() + ")", e);
        }
        return parse(text, "prompts file " + file);
    }

    /**
     * Parses the text of a prompts file.
     *
     * @param where what the text is, for the messages (e.g. "prompts file a.json")
     * @throws IllegalArgumentException naming {@code where} and the entry
     */
    public static TrackPrompts parse(String text, String where) {
        JsonElement root;
        try {
            root = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException(where + " is not valid JSON (" + oneLine(e) + ")");
        }
        try {
            return parse(root);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage());
        }
    }

    /** Parses a prompts document; the message of the exception names the entry. */
    public static TrackPrompts parse(JsonElement root) {
        if (root == null || !root.isJsonObject() || !root.getAsJsonObject().has("objects")
                || !root.getAsJsonObject().get("objects").isJsonArray()) {
            throw new IllegalArgumentException("expected {\"objects\": [...]}");
        }
        JsonArray objects = root.getAsJsonObject().getAsJsonArray("objects");
        if (objects.isEmpty()) {
            throw new IllegalArgumentException("\"objects\" is empty: nothing to track");
        }
        List<Entry> entries = new ArrayList<>();
        Map<Integer, String> labels = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < objects.size(); i++) {
            String where = "objects[" + i + "]";
            if (!objects.get(i).isJsonObject()) {
                throw new IllegalArgumentException(where + " is not an object");
            }
            JsonObject o = objects.get(i).getAsJsonObject();
            int id = integer(o, "id", where);
            if (id < 1) {
                throw new IllegalArgumentException(where + ": \"id\" must be >= 1, got " + id);
            }
            where = where + " (object " + id + ")";
            int frame = integer(o, "frame", where);
            if (frame < 0) {
                throw new IllegalArgumentException(where + ": \"frame\" must be >= 0, got " + frame);
            }
            if (!seen.add(id + "@" + frame)) {
                throw new IllegalArgumentException(where + " has a second entry for frame " + frame
                        + "; put all its points of that frame in one entry");
            }
            String label = label(o, where);
            String known = labels.get(id);
            if (label != null && known != null && !known.equals(label)) {
                throw new IllegalArgumentException(where + " is labelled \"" + label + "\" but also \"" + known + "\"");
            }
            if (label != null || !labels.containsKey(id)) {
                labels.put(id, label);
            }
            entries.add(new Entry(id, frame, prompt(o, where), null, i));
        }
        labels.replaceAll((id, label) -> label != null ? label : "object " + id);
        return new TrackPrompts(entries, labels);
    }

    private static Prompt prompt(JsonObject o, String where) {
        List<Prompt.Point> points = new ArrayList<>();
        JsonElement p = o.get("points");
        if (p != null && !p.isJsonNull()) {
            if (!p.isJsonArray()) {
                throw new IllegalArgumentException(where + ": \"points\" must be [[x, y], ...]");
            }
            JsonArray array = p.getAsJsonArray();
            int[] pointLabels = pointLabels(o, array.size(), where);
            for (int k = 0; k < array.size(); k++) {
                double[] xy = numbers(array.get(k), 2, where + ": points[" + k + "] must be [x, y]");
                points.add(new Prompt.Point(xy[0], xy[1], pointLabels[k] == 1));
            }
        } else if (o.has("point_labels") && !o.get("point_labels").isJsonNull()) {
            throw new IllegalArgumentException(where + " has \"point_labels\" but no \"points\"");
        }
        Prompt.Box box = null;
        JsonElement b = o.get("box");
        if (b != null && !b.isJsonNull()) {
            double[] v = numbers(b, 4, where + ": \"box\" must be [x0, y0, x1, y1]");
            if (v[0] == v[2] || v[1] == v[3]) {
                throw new IllegalArgumentException(where + ": \"box\" has no area");
            }
            box = new Prompt.Box(Math.min(v[0], v[2]), Math.min(v[1], v[3]), Math.max(v[0], v[2]),
                    Math.max(v[1], v[3]));
        }
        if (points.isEmpty() && box == null) {
            throw new IllegalArgumentException(where + " has neither \"points\" nor \"box\"");
        }
        return Prompt.of(points, box);
    }

    private static int[] pointLabels(JsonObject o, int count, String where) {
        int[] labels = new int[count];
        JsonElement l = o.get("point_labels");
        if (l == null || l.isJsonNull()) {
            java.util.Arrays.fill(labels, 1);
            return labels;
        }
        if (!l.isJsonArray() || l.getAsJsonArray().size() != count) {
            throw new IllegalArgumentException(where + ": \"point_labels\" must have one label (1 or 0) per point ("
                    + count + ")");
        }
        for (int k = 0; k < count; k++) {
            JsonElement e = l.getAsJsonArray().get(k);
            if (!isNumber(e) || (e.getAsDouble() != 0 && e.getAsDouble() != 1)) {
                throw new IllegalArgumentException(where + ": point_labels[" + k + "] must be 1 (object) or 0"
                        + " (background), got " + e);
            }
            labels[k] = e.getAsInt();
        }
        return labels;
    }

    private static String label(JsonObject o, String where) {
        JsonElement l = o.get("label");
        if (l == null || l.isJsonNull()) {
            return null;
        }
        if (!l.isJsonPrimitive() || !l.getAsJsonPrimitive().isString()) {
            throw new IllegalArgumentException(where + ": \"label\" must be a string");
        }
        try {
            return LabelNames.check(l.getAsString());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage());
        }
    }

    private static int integer(JsonObject o, String key, String where) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            throw new IllegalArgumentException(where + " has no \"" + key + "\"");
        }
        if (!isNumber(e) || e.getAsDouble() != Math.rint(e.getAsDouble())
                || Math.abs(e.getAsDouble()) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(where + ": \"" + key + "\" must be a whole number, got " + e);
        }
        return e.getAsInt();
    }

    private static double[] numbers(JsonElement e, int count, String problem) {
        if (!e.isJsonArray() || e.getAsJsonArray().size() != count) {
            throw new IllegalArgumentException(problem);
        }
        double[] v = new double[count];
        for (int k = 0; k < count; k++) {
            JsonElement x = e.getAsJsonArray().get(k);
            if (!isNumber(x) || !Double.isFinite(x.getAsDouble())) {
                throw new IllegalArgumentException(problem);
            }
            v[k] = x.getAsDouble();
        }
        return v;
    }

    private static boolean isNumber(JsonElement e) {
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber();
    }

    private static String oneLine(Exception e) {
        String m = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                : e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.replaceAll("\\s+", " ").trim();
    }
}
