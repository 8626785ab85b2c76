package dev.masklet.core.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.mask.CocoRle;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.TrackedObject;

/**
 * Reads and writes the Masklet project file {@code <media>.masklet.json} next to the media. Masks are stored
 * losslessly as COCO RLE ({@code size: [h, w], counts: "..."}), so any COCO tool can decode them. Format:
 *
 * <pre>
 * {"format": "masklet-project", "version": 1,
 *  "media": {"name": "clip.mp4", "width": 640, "height": 360, "frames": 90},
 *  "objects": [{"track_id": 1, "label": "ball",
 *               "frames": [{"frame": 0, "bbox": [x, y, w, h], "area": 1234,
 *                           "mask": {"size": [360, 640], "counts": "..."}}]}]}
 * </pre>
 */
public final class ProjectStore {
    public static final String SUFFIX = ".masklet.json";
    private static final String FORMAT = "masklet-project";
    private static final int VERSION = 1;
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private ProjectStore() {
    }

    /** The project file that belongs to a media file or frame folder. */
    public static Path projectFileFor(Path media) {
        Path abs = media.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + SUFFIX);
    }

    public static void save(AnnotationProject project, Path file) throws IOException {
        byte[] json = GSON.toJson(toJson(project)).getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFiles.write(file, json);
        } catch (IOException e) {
            throw new AnnotationFileException(file, "could not be saved (" + e.getMessage()
                    + "); the previous version on disk is unchanged", e);
        }
    }

    public static AnnotationProject load(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new AnnotationFileException(file, "no such file", e);
        }
        try {
            return fromJson(GSON.fromJson(text, JsonObject.class));
        } catch (JsonParseException | IllegalArgumentException | IllegalStateException | NullPointerException
                | UnsupportedOperationException e) {
            throw new AnnotationFileException(file, "is not a valid Masklet project file: " + e.getMessage(), e);
        }
    }

    static JsonObject toJson(AnnotationProject project) {
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        root.addProperty("version", VERSION);
        JsonObject media = new JsonObject();
        media.addProperty("name", project.mediaName());
        media.addProperty("width", project.width());
        media.addProperty("height", project.height());
        media.addProperty("frames", project.frameCount());
        root.add("media", media);
        JsonArray objects = new JsonArray();
        for (TrackedObject object : project.objects()) {
            JsonObject o = new JsonObject();
            o.addProperty("track_id", object.trackId());
            o.addProperty("label", object.label());
            JsonArray frames = new JsonArray();
            for (Map.Entry<Integer, BinaryMask> e : object.masks().entrySet()) {
                frames.add(frameJson(e.getKey(), e.getValue()));
            }
            o.add("frames", frames);
            objects.add(o);
        }
        root.add("objects", objects);
        return root;
    }

    private static JsonObject frameJson(int frame, BinaryMask mask) {
        JsonObject f = new JsonObject();
        f.addProperty("frame", frame);
        int[] b = mask.bounds();
        JsonArray bbox = new JsonArray();
        if (b != null) {
            bbox.add(b[0]);
            bbox.add(b[1]);
            bbox.add(b[2] - b[0] + 1);
            bbox.add(b[3] - b[1] + 1);
        }
        f.add("bbox", bbox);
        f.addProperty("area", mask.area());
        JsonObject rle = new JsonObject();
        JsonArray size = new JsonArray();
        size.add(mask.height());
        size.add(mask.width());
        rle.add("size", size);
        rle.addProperty("counts", CocoRle.encode(mask));
        f.add("mask", rle);
        return f;
    }

    static AnnotationProject fromJson(JsonObject root) {
        if (root == null) {
            throw new IllegalArgumentException("the file is empty");
        }
        if (!FORMAT.equals(string(root, "format"))) {
            throw new IllegalArgumentException("\"format\" must be \"" + FORMAT + "\"");
        }
        int version = root.get("version").getAsInt();
        if (version > VERSION) {
            throw new IllegalArgumentException("version " + version + " is newer than this Masklet understands ("
                    + VERSION + ")");
        }
        JsonObject media = root.getAsJsonObject("media");
        AnnotationProject project = new AnnotationProject(string(media, "name"), media.get("width").getAsInt(),
                media.get("height").getAsInt(), media.get("frames").getAsInt());
        for (JsonElement e : root.getAsJsonArray("objects")) {
            JsonObject o = e.getAsJsonObject();
            TrackedObject object = new TrackedObject(o.get("track_id").getAsInt(), string(o, "label"));
            for (JsonElement fe : o.getAsJsonArray("frames")) {
                JsonObject f = fe.getAsJsonObject();
                JsonObject rle = f.getAsJsonObject("mask");
                JsonArray size = rle.getAsJsonArray("size");
                object.putMask(f.get("frame").getAsInt(),
                        CocoRle.decode(string(rle, "counts"), size.get(1).getAsInt(), size.get(0).getAsInt()));
            }
            project.addObject(object);
        }
        return project;
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonPrimitive()) {
            throw new IllegalArgumentException("missing text field \"" + key + "\"");
        }
        return e.getAsString();
    }
}
