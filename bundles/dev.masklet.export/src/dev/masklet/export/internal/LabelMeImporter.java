package dev.masklet.export.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.mask.CocoRle;
import dev.masklet.core.store.AnnotationFileException;
import dev.masklet.export.ImportResult;
import dev.masklet.geometry.MaskGeometry;
import dev.masklet.geometry.PolygonPart;
import dev.masklet.geometry.Polygons;
import dev.masklet.geometry.Ring;

/** Reads a folder of LabelMe / X-AnyLabeling JSON files; see {@code DatasetImporters#labelMe}. */
public final class LabelMeImporter {
    private LabelMeImporter() {
    }

    private record FileEntry(Path file, JsonObject root, int frame) {
    }

    private record Group(String label, List<JsonObject> shapes) {
    }

    public static ImportResult read(Path folder) throws IOException {
        return read(folder, null);
    }

    /**
     * With {@code images} (the image file names of a frame folder, in frame order), a file's frame is the image it
     * labels: the one named by its {@code imagePath}, else the one with the same name stem ({@code cat_dog.json}
     * labels {@code cat_dog.jpg}); a file that labels no image is left out with a warning.
     */
    public static ImportResult read(Path folder, List<String> images) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new AnnotationFileException(folder, Files.exists(folder) ? "is not a folder of LabelMe JSON files"
                    : "no such folder", null);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                    .filter(Files::isRegularFile).sorted().toList();
        }
        ImportBuilder b = new ImportBuilder();
        List<FileEntry> entries = new ArrayList<>();
        String media = null;
        int frames = 0;
        boolean byOrder = false;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            JsonObject root;
            try {
                JsonElement e = DatasetJson.COMPACT.fromJson(Files.readString(file, StandardCharsets.UTF_8),
                        JsonElement.class);
                if (e == null || !e.isJsonObject() || !e.getAsJsonObject().has("shapes")) {
                    b.warn(file.getFileName() + ": not a LabelMe file (no \"shapes\"); left out");
                    continue;
                }
                root = e.getAsJsonObject();
            } catch (JsonParseException | IOException e) {
                b.warn(file.getFileName() + ": not readable as JSON (" + e.getMessage() + "); left out");
                continue;
            }
            JsonObject ext = extension(root);
            Integer frame = ext == null ? null : DatasetJson.integer(ext, "frame");
            if (images != null) {
                frame = imageIndex(file, root, images);
                if (frame < 0) {
                    b.warn(file.getFileName() + ": labels no image of the folder (by its imagePath or its name);"
                            + " left out");
                    continue;
                }
            } else if (frame == null || frame < 0) {
                int fromName = ImportBuilder.frameFromName(file.getFileName().toString());
                frame = fromName >= 0 ? fromName : i;
                byOrder |= fromName < 0;
            }
            if (ext != null) {
                media = media == null ? DatasetJson.text(ext, "media") : media;
                Integer n = DatasetJson.integer(ext, "frames");
                frames = Math.max(frames, n == null ? 0 : n);
            }
            entries.add(new FileEntry(file, root, frame));
        }
        if (byOrder) {
            b.warn("some file names carry no frame number; their frames were taken from the order of the names");
        }
        Map<Integer, Path> seenFrames = new HashMap<>();
        int nextTrack = 1 + entries.stream().flatMap(e -> shapes(e.root()).stream())
                .map(s -> DatasetJson.integer(s, "group_id")).filter(g -> g != null && g > 0)
                .mapToInt(Integer::intValue)
                .max().orElse(0);
        for (FileEntry entry : entries) {
            String name = entry.file().getFileName().toString();
            Path before = seenFrames.putIfAbsent(entry.frame(), entry.file());
            if (before != null) {
                b.warn(name + ": frame " + entry.frame() + " was already read from " + before.getFileName()
                        + "; left out");
                continue;
            }
            Integer w = DatasetJson.integer(entry.root(), "imageWidth");
            Integer h = DatasetJson.integer(entry.root(), "imageHeight");
            if (w == null || h == null || w <= 0 || h <= 0) {
                b.warn(name + ": no imageWidth/imageHeight; left out");
                continue;
            }
            if (b.width() == 0) {
                b.size(w, h);
            } else if (w != b.width() || h != b.height()) {
                b.warn(name + ": image is " + w + "x" + h + ", the first was " + b.width() + "x" + b.height()
                        + "; left out");
                continue;
            }
            nextTrack = readFile(b, entry, name, nextTrack);
        }
        String mediaName = media != null ? media
                : folder.toAbsolutePath().getFileName() == null ? "frames" : folder.toAbsolutePath().getFileName()
                        .toString();
        return b.build(mediaName, images != null ? images.size() : frames);
    }

    /** The index of the image a file labels: by {@code imagePath} (its last path segment), else by name stem. */
    static int imageIndex(Path file, JsonObject root, List<String> images) {
        String imagePath = DatasetJson.text(root, "imagePath");
        if (imagePath != null) {
            String name = imagePath.substring(Math.max(imagePath.lastIndexOf('/'), imagePath.lastIndexOf('\\')) + 1);
            int at = images.indexOf(name);
            if (at >= 0) {
                return at;
            }
        }
        String stem = stem(file.getFileName().toString());
        for (int i = 0; i < images.size(); i++) {
            if (stem(images.get(i)).equals(stem)) {
                return i;
            }
        }
        return -1;
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static JsonObject extension(JsonObject root) {
        JsonElement e = root.get(LabelMeFormat.FIELD);
        if (e == null || !e.isJsonObject()) {
            return null;
        }
        JsonObject ext = e.getAsJsonObject();
        return LabelMeFormat.FORMAT.equals(DatasetJson.text(ext, "format")) ? ext : null;
    }

    private static List<JsonObject> shapes(JsonObject root) {
        List<JsonObject> list = new ArrayList<>();
        JsonElement s = root.get("shapes");
        if (s != null && s.isJsonArray()) {
            for (JsonElement e : s.getAsJsonArray()) {
                if (e.isJsonObject()) {
                    list.add(e.getAsJsonObject());
                }
            }
        }
        return list;
    }

    private static int readFile(ImportBuilder b, FileEntry entry, String name, int nextTrack) {
        int frame = entry.frame();
        // shapes by group: the group id is the track id; shapes without one are objects of their own
        // ungrouped shapes get keys below 0 here and a new track id once they turn out to be an area
        Map<Integer, Group> groups = new LinkedHashMap<>();
        int track = nextTrack;
        int ungrouped = 0;
        for (JsonObject shape : shapes(entry.root())) {
            String where = name + ", shape \"" + DatasetJson.text(shape, "label") + "\"";
            String label = b.label(DatasetJson.text(shape, "label"), where);
            if (label == null) {
                continue;
            }
            Integer g = DatasetJson.integer(shape, "group_id");
            if (g != null && g <= 0) {
                b.warn(where + ": group_id " + g + " is not a track id (those start at 1); imported as a new track");
                g = null;
            }
            int id = g == null ? -++ungrouped : g;
            Group group = groups.computeIfAbsent(id, k -> new Group(label, new ArrayList<>()));
            if (!group.label().equals(label)) {
                b.warn(where + ": group " + id + " is labelled \"" + group.label() + "\" too; kept \""
                        + group.label() + "\"");
            }
            group.shapes().add(shape);
        }
        Map<Integer, JsonObject> lossless = new HashMap<>();
        JsonObject ext = extension(entry.root());
        if (ext != null && ext.get("masks") != null && ext.get("masks").isJsonArray()) {
            for (JsonElement e : ext.getAsJsonArray("masks")) {
                if (e.isJsonObject() && DatasetJson.integer(e.getAsJsonObject(), "group_id") != null) {
                    lossless.put(DatasetJson.integer(e.getAsJsonObject(), "group_id"), e.getAsJsonObject());
                }
            }
        }
        for (Map.Entry<Integer, Group> e : groups.entrySet()) {
            int key = e.getKey();
            Group group = e.getValue();
            BinaryMask mask = null;
            JsonObject m = key > 0 ? lossless.remove(key) : null;
            if (m != null) {
                if (LabelMeFormat.fingerprint(group.shapes()).equals(DatasetJson.text(m, "shapes_sha256"))) {
                    mask = decode(b, m, name + ", group " + key);
                } else {
                    b.warn(name + ", group " + key + ": the shapes were edited after Masklet wrote them; the mask is"
                            + " made from the shapes");
                }
            }
            if (mask == null) {
                mask = rasterize(b, group.shapes(), name);
            }
            if (mask != null && mask.area() > 0) {
                b.add(key > 0 ? key : track++, group.label(), frame, mask, name);
            } else if (mask != null) {
                b.warn(name + ", \"" + group.label() + "\": the shapes cover no pixel; left out");
            }
        }
        // masks whose every shape was too thin to be written as a polygon have no shapes at all
        for (Map.Entry<Integer, JsonObject> e : lossless.entrySet()) {
            JsonObject m = e.getValue();
            if (LabelMeFormat.fingerprint(List.of()).equals(DatasetJson.text(m, "shapes_sha256"))) {
                String label = b.label(DatasetJson.text(m, "label"), name + ", group " + e.getKey());
                BinaryMask mask = decode(b, m, name + ", group " + e.getKey());
                if (label != null && mask != null && mask.area() > 0) {
                    b.add(e.getKey(), label, frame, mask, name);
                }
            } else {
                b.warn(name + ", group " + e.getKey() + ": its shapes were deleted after Masklet wrote them;"
                        + " left out");
            }
        }
        return track;
    }

    private static BinaryMask decode(ImportBuilder b, JsonObject entry, String where) {
        try {
            JsonObject rle = entry.getAsJsonObject("mask");
            JsonArray size = rle.getAsJsonArray("size");
            int h = size.get(0).getAsInt();
            int w = size.get(1).getAsInt();
            if (w != b.width() || h != b.height()) {
                b.warn(where + ": mask is " + w + "x" + h + ", the image " + b.width() + "x" + b.height()
                        + "; made from the shapes instead");
                return null;
            }
            return CocoRle.decode(DatasetJson.text(rle, "counts"), w, h);
        } catch (RuntimeException e) {
            b.warn(where + ": the \"masklet\" mask is damaged (" + e.getMessage() + "); made from the shapes instead");
            return null;
        }
    }

    /** The union of a group's shapes; shapes that are not areas or have too few points are left out, with a warning. */
    private static BinaryMask rasterize(ImportBuilder b, List<JsonObject> shapes, String name) {
        List<PolygonPart> parts = new ArrayList<>();
        for (JsonObject shape : shapes) {
            String type = DatasetJson.text(shape, "shape_type");
            type = type == null ? "polygon" : type.toLowerCase(Locale.ROOT);
            String where = name + ", " + type + " \"" + DatasetJson.text(shape, "label") + "\"";
            double[] xy;
            try {
                xy = points(shape);
            } catch (RuntimeException e) {
                b.warn(where + ": unreadable points; left out");
                continue;
            }
            Ring ring = ShapeAreas.ring(type, xy);
            if (ring == null) {
                b.warn(where + ": a " + type + " is not an area; left out");
                continue;
            }
            if (ring.isDegenerate()) {
                b.warn(where + ": " + ring.size() + " points with no area; left out");
                continue;
            }
            parts.add(new PolygonPart(ring));
        }
        if (parts.isEmpty()) {
            return null;
        }
        return MaskGeometry.rasterize(new Polygons(parts, 0), b.width(), b.height());
    }

    private static double[] points(JsonObject shape) {
        JsonArray pts = shape.getAsJsonArray("points");
        double[] xy = new double[pts.size() * 2];
        for (int i = 0; i < pts.size(); i++) {
            JsonArray p = pts.get(i).getAsJsonArray();
            xy[2 * i] = p.get(0).getAsDouble();
            xy[2 * i + 1] = p.get(1).getAsDouble();
        }
        return xy;
    }
}
