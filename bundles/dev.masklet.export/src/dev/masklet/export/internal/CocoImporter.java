package dev.masklet.export.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

/** Reads a COCO instances file; see {@code DatasetImporters#coco}. */
public final class CocoImporter {
    private CocoImporter() {
    }

    private record Image(int id, int frame, String fileName, int width, int height) {
    }

    public static ImportResult read(Path file) throws IOException {
        JsonObject root;
        try {
            JsonElement e = DatasetJson.COMPACT.fromJson(Files.readString(file, StandardCharsets.UTF_8),
                    JsonElement.class);
            if (e == null || !e.isJsonObject() || !e.getAsJsonObject().has("annotations")
                    || !e.getAsJsonObject().has("images")) {
                throw new AnnotationFileException(file, "is not a COCO file (no \"images\" and \"annotations\")", null);
            }
            root = e.getAsJsonObject();
        } catch (NoSuchFileException e) {
            throw new AnnotationFileException(file, "no such file", e);
        } catch (JsonParseException e) {
            throw new AnnotationFileException(file, "is not valid JSON: " + e.getMessage(), e);
        }
        try {
            return read(root, file);
        } catch (IllegalStateException | UnsupportedOperationException | ClassCastException e) {
            throw new AnnotationFileException(file, "is not a valid COCO file: " + e.getMessage(), e);
        }
    }

    private static ImportResult read(JsonObject root, Path file) {
        ImportBuilder b = new ImportBuilder();
        Map<Integer, String> categories = new HashMap<>();
        JsonElement cats = root.get("categories");
        if (cats != null && cats.isJsonArray()) {
            for (JsonElement e : cats.getAsJsonArray()) {
                JsonObject c = e.getAsJsonObject();
                Integer id = DatasetJson.integer(c, "id");
                String name = b.label(DatasetJson.text(c, "name"), "category " + id);
                if (id != null && name != null) {
                    categories.put(id, name);
                }
            }
        }
        List<JsonObject> rawImages = new ArrayList<>();
        for (JsonElement e : root.getAsJsonArray("images")) {
            rawImages.add(e.getAsJsonObject());
        }
        rawImages.sort(Comparator.comparingInt(o -> DatasetJson.integer(o, "id") == null ? Integer.MAX_VALUE
                : DatasetJson.integer(o, "id")));
        Map<Integer, Image> images = new HashMap<>();
        Set<Integer> frames = new HashSet<>();
        boolean byOrder = false;
        for (int i = 0; i < rawImages.size(); i++) {
            JsonObject o = rawImages.get(i);
            Integer id = DatasetJson.integer(o, "id");
            Integer w = DatasetJson.integer(o, "width");
            Integer h = DatasetJson.integer(o, "height");
            String name = DatasetJson.text(o, "file_name");
            if (id == null || w == null || h == null || w <= 0 || h <= 0) {
                b.warn("image " + (name == null ? "#" + i : name) + ": no id, width or height; left out");
                continue;
            }
            Integer frame = DatasetJson.integer(o, "frame_index");
            boolean numbered = true;
            if (frame == null || frame < 0) {
                int fromName = name == null ? -1 : ImportBuilder.frameFromName(name);
                frame = fromName >= 0 ? fromName : i;
                numbered = fromName >= 0;
            }
            if (!frames.add(frame)) {
                b.warn("image " + name + ": frame " + frame + " appears twice; left out");
                continue;
            }
            if (b.width() == 0) {
                b.size(w, h);
            } else if (w != b.width() || h != b.height()) {
                b.warn("image " + name + " is " + w + "x" + h + ", the first was " + b.width() + "x" + b.height()
                        + "; left out");
                continue;
            }
            images.put(id, new Image(id, frame, name, w, h));
            byOrder |= !numbered;
        }
        if (byOrder) {
            b.warn("some images carry no frame number; their frames were taken from the order of the image ids");
        }
        List<JsonObject> annotations = new ArrayList<>();
        for (JsonElement e : root.getAsJsonArray("annotations")) {
            annotations.add(e.getAsJsonObject());
        }
        int nextTrack = 1 + annotations.stream().map(a -> DatasetJson.integer(a, "track_id"))
                .filter(t -> t != null && t > 0).mapToInt(Integer::intValue).max().orElse(0);
        boolean boxesOnly = false;
        for (JsonObject a : annotations) {
            Integer annId = DatasetJson.integer(a, "id");
            String where = "annotation " + annId;
            Image image = images.get(DatasetJson.integer(a, "image_id"));
            if (image == null) {
                b.warn(where + ": its image is missing or was left out; left out");
                continue;
            }
            String label = categories.get(DatasetJson.integer(a, "category_id"));
            if (label == null) {
                b.warn(where + ": unknown category " + DatasetJson.integer(a, "category_id") + "; left out");
                continue;
            }
            Integer crowd = DatasetJson.integer(a, "iscrowd");
            if (crowd != null && crowd == 1) {
                b.warn(where + ": a crowd region, not an object; left out");
                continue;
            }
            BinaryMask mask;
            JsonElement seg = a.get("segmentation");
            if (seg != null && seg.isJsonObject()) {
                mask = rle(b, seg.getAsJsonObject(), where);
            } else if (seg != null && seg.isJsonArray() && !seg.getAsJsonArray().isEmpty()) {
                mask = polygons(b, seg.getAsJsonArray(), where);
            } else {
                mask = box(b, a);
                boxesOnly |= mask != null;
            }
            if (mask == null) {
                continue;
            }
            if (mask.area() == 0) {
                b.warn(where + ": covers no pixel; left out");
                continue;
            }
            Integer track = DatasetJson.integer(a, "track_id");
            if (track != null && track <= 0) {
                b.warn(where + ": track_id " + track + " is not a track id (those start at 1); imported as track "
                        + nextTrack);
                track = null;
            }
            int id = track == null ? nextTrack++ : track;
            if (b.has(id, image.frame())) {
                b.warn(where + ": track " + id + " already has a mask on frame " + image.frame() + "; united");
            }
            b.add(id, label, image.frame(), mask, where);
        }
        if (boxesOnly) {
            b.warn("annotations without segmentation were imported as their boxes");
        }
        JsonObject info = root.has("info") && root.get("info").isJsonObject() ? root.getAsJsonObject("info") : null;
        String media = info == null ? null : DatasetJson.text(info, "masklet_media");
        Integer frameCount = info == null ? null : DatasetJson.integer(info, "masklet_frames");
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return b.build(media != null ? media : stem, frameCount == null ? 0 : frameCount);
    }

    private static BinaryMask rle(ImportBuilder b, JsonObject rle, String where) {
        try {
            JsonArray size = rle.getAsJsonArray("size");
            int h = size.get(0).getAsInt();
            int w = size.get(1).getAsInt();
            if (w != b.width() || h != b.height()) {
                b.warn(where + ": RLE of size " + w + "x" + h + " on a " + b.width() + "x" + b.height()
                        + " image; left out");
                return null;
            }
            JsonElement counts = rle.get("counts");
            if (counts.isJsonPrimitive()) {
                return CocoRle.decode(counts.getAsString(), w, h);
            }
            return uncompressed(counts.getAsJsonArray(), w, h);
        } catch (RuntimeException e) {
            b.warn(where + ": damaged RLE (" + e.getMessage() + "); left out");
            return null;
        }
    }

    /** Uncompressed COCO RLE: run lengths, column-major, starting with zeros. */
    private static BinaryMask uncompressed(JsonArray counts, int w, int h) {
        byte[] bits = new byte[w * h];
        long pos = 0;
        boolean value = false;
        for (JsonElement c : counts) {
            long run = c.getAsLong();
            if (run < 0 || pos + run > (long) w * h) {
                throw new IllegalArgumentException("runs exceed the mask");
            }
            if (value) {
                for (long i = pos; i < pos + run; i++) {
                    bits[(int) (i % h) * w + (int) (i / h)] = 1;
                }
            }
            pos += run;
            value = !value;
        }
        if (pos != (long) w * h) {
            throw new IllegalArgumentException("runs cover " + pos + " of " + (long) w * h + " pixels");
        }
        return new BinaryMask(w, h, bits);
    }

    private static BinaryMask polygons(ImportBuilder b, JsonArray polys, String where) {
        List<PolygonPart> parts = new ArrayList<>();
        for (JsonElement p : polys) {
            double[] xy;
            try {
                JsonArray flat = p.getAsJsonArray();
                xy = new double[flat.size()];
                for (int i = 0; i < xy.length; i++) {
                    xy[i] = flat.get(i).getAsDouble();
                }
            } catch (RuntimeException e) {
                b.warn(where + ": unreadable polygon; left out");
                continue;
            }
            if (xy.length % 2 != 0) {
                b.warn(where + ": a polygon with an odd count of coordinates; left out");
                continue;
            }
            Ring ring = Ring.of(xy);
            if (ring.isDegenerate()) {
                b.warn(where + ": a polygon with " + ring.size() + " points and no area; left out");
                continue;
            }
            parts.add(new PolygonPart(ring));
        }
        if (parts.isEmpty()) {
            b.warn(where + ": no usable polygon; left out");
            return null;
        }
        return MaskGeometry.rasterize(new Polygons(parts, 0), b.width(), b.height());
    }

    private static BinaryMask box(ImportBuilder b, JsonObject a) {
        JsonElement bbox = a.get("bbox");
        if (bbox == null || !bbox.isJsonArray() || bbox.getAsJsonArray().size() != 4) {
            b.warn("annotation " + DatasetJson.integer(a, "id") + ": neither segmentation nor bbox; left out");
            return null;
        }
        JsonArray x = bbox.getAsJsonArray();
        double x0 = x.get(0).getAsDouble();
        double y0 = x.get(1).getAsDouble();
        double x1 = x0 + x.get(2).getAsDouble() - 1;
        double y1 = y0 + x.get(3).getAsDouble() - 1;
        Ring ring = Ring.of(x0, y0, x1, y0, x1, y1, x0, y1);
        if (ring.isDegenerate()) {
            b.warn("annotation " + DatasetJson.integer(a, "id") + ": empty bbox; left out");
            return null;
        }
        return MaskGeometry.rasterize(Polygons.of(new PolygonPart(ring)), b.width(), b.height());
    }
}
