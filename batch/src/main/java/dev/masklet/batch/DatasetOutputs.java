package dev.masklet.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * What the driver writes over all items once they are done: {@code summary.csv} (one row per item), the merged
 * {@code dataset/coco/annotations.json} and the merged YOLO set {@code dataset/yolo/} ({@code data.yaml} and the
 * labels of every item, class indices mapped to the merged names). Items are merged in manifest order; a rerun
 * writes the same files again.
 */
final class DatasetOutputs {
    private final ItemStore store;

    DatasetOutputs(ItemStore store) {
        this.store = store;
    }

    void writeSummary(List<ItemOutcome> outcomes) throws IOException {
        StringBuilder csv = new StringBuilder(ItemOutcome.csvHeader()).append('\n');
        for (ItemOutcome o : outcomes) {
            csv.append(o.csvRow()).append('\n');
        }
        write(new Path(store.root(), "summary.csv"), csv.toString());
    }

    /**
     * One COCO file over the items' {@code exports/coco/annotations.json}: images and annotations numbered anew
     * (unique over the dataset), categories merged by name, each image and annotation with the {@code video_id} of
     * its item (listed in {@code videos}), so a {@code track_id} stays what it was within its video; an image's
     * {@code file_name} gets the item id as its folder.
     *
     * @return how many items were merged
     */
    int mergeCoco(List<ItemOutcome> outcomes) throws IOException {
        JsonArray videos = new JsonArray();
        JsonArray images = new JsonArray();
        JsonArray annotations = new JsonArray();
        Map<String, Integer> categories = new LinkedHashMap<>();
        int nextImage = 1;
        int nextAnnotation = 1;
        int merged = 0;
        for (ItemOutcome o : outcomes) {
            Path file = new Path(store.itemDir(o.id()), "exports/coco/annotations.json");
            if (o.status().equals(ItemOutcome.FAILED) || !store.fs().exists(file)) {
                continue;
            }
            int videoId = ++merged;
            JsonObject video = new JsonObject();
            video.addProperty("id", videoId);
            video.addProperty("name", o.id());
            videos.add(video);
            JsonObject coco = JsonParser.parseString(read(file)).getAsJsonObject();
            Map<Integer, Integer> categoryIds = new LinkedHashMap<>();
            for (JsonElement e : coco.getAsJsonArray("categories")) {
                JsonObject c = e.getAsJsonObject();
                String name = c.get("name").getAsString();
                categoryIds.put(c.get("id").getAsInt(), categories.computeIfAbsent(name, n -> categories.size() + 1));
            }
            Map<Integer, Integer> imageIds = new LinkedHashMap<>();
            for (JsonElement e : coco.getAsJsonArray("images")) {
                JsonObject image = e.getAsJsonObject().deepCopy();
                imageIds.put(image.get("id").getAsInt(), nextImage);
                image.addProperty("id", nextImage++);
                image.addProperty("file_name", o.id() + "/" + image.get("file_name").getAsString());
                image.addProperty("video_id", videoId);
                images.add(image);
            }
            for (JsonElement e : coco.getAsJsonArray("annotations")) {
                JsonObject a = e.getAsJsonObject().deepCopy();
                a.addProperty("id", nextAnnotation++);
                a.addProperty("image_id", imageIds.get(a.get("image_id").getAsInt()));
                a.addProperty("category_id", categoryIds.get(a.get("category_id").getAsInt()));
                a.addProperty("video_id", videoId);
                annotations.add(a);
            }
        }
        JsonObject info = new JsonObject();
        info.addProperty("description", "Masklet batch export of " + merged + " videos");
        info.addProperty("contributor", "Masklet");
        JsonArray cats = new JsonArray();
        categories.forEach((name, id) -> {
            JsonObject c = new JsonObject();
            c.addProperty("id", id);
            c.addProperty("name", name);
            c.addProperty("supercategory", "");
            cats.add(c);
        });
        JsonObject out = new JsonObject();
        out.add("info", info);
        out.add("videos", videos);
        out.add("images", images);
        out.add("annotations", annotations);
        out.add("categories", cats);
        write(new Path(store.root(), "dataset/coco/annotations.json"), out.toString());
        return merged;
    }

    /**
     * One YOLO set over the items' {@code exports/yolo/}: {@code labels/<item>_<file>} with each line's class index
     * mapped from the item's names to the merged ones, and one {@code data.yaml} naming them.
     *
     * @return how many items were merged
     */
    int mergeYolo(List<ItemOutcome> outcomes) throws IOException {
        List<String> names = new ArrayList<>();
        int merged = 0;
        Path labelsOut = new Path(store.root(), "dataset/yolo/labels");
        for (ItemOutcome o : outcomes) {
            Path dir = new Path(store.itemDir(o.id()), "exports/yolo");
            if (o.status().equals(ItemOutcome.FAILED) || !store.fs().exists(new Path(dir, "data.yaml"))) {
                continue;
            }
            merged++;
            List<String> itemNames = yamlNames(read(new Path(dir, "data.yaml")));
            int[] map = new int[itemNames.size()];
            for (int i = 0; i < map.length; i++) {
                if (!names.contains(itemNames.get(i))) {
                    names.add(itemNames.get(i));
                }
                map[i] = names.indexOf(itemNames.get(i));
            }
            Path labels = new Path(dir, "labels");
            if (!store.fs().exists(labels)) {
                continue;
            }
            for (FileStatus f : store.fs().listStatus(labels)) {
                StringBuilder lines = new StringBuilder();
                for (String line : read(f.getPath()).split("\n")) {
                    if (line.isBlank()) {
                        continue;
                    }
                    int space = line.indexOf(' ');
                    lines.append(map[Integer.parseInt(line.substring(0, space))]).append(line.substring(space))
                            .append('\n');
                }
                write(new Path(labelsOut, o.id() + "_" + f.getPath().getName()), lines.toString());
            }
        }
        if (merged > 0) {
            StringBuilder y = new StringBuilder("# YOLO dataset merged by masklet-batch over " + merged + " videos;"
                    + " labels/<item>_<frame>.txt\n");
            y.append("train: images\nval: images\nnc: ").append(names.size()).append("\nnames:\n");
            for (int i = 0; i < names.size(); i++) {
                y.append("  ").append(i).append(": ").append(new com.google.gson.JsonPrimitive(names.get(i)))
                        .append('\n');
            }
            write(new Path(store.root(), "dataset/yolo/data.yaml"), y.toString());
        }
        return merged;
    }

    /** The {@code names:} of a data.yaml the YOLO exporter wrote ({@code  k: 'name'} lines, in order). */
    static List<String> yamlNames(String yaml) {
        List<String> names = new ArrayList<>();
        boolean inNames = false;
        for (String line : yaml.split("\n")) {
            if (line.startsWith("names:")) {
                inNames = true;
            } else if (inNames && line.startsWith("  ")) {
                String value = line.substring(line.indexOf(':') + 1).strip();
                names.add(unquote(value));
            } else {
                inNames = false;
            }
        }
        return names;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && v.startsWith("'") && v.endsWith("'")) {
            return v.substring(1, v.length() - 1).replace("''", "'");
        }
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            return JsonParser.parseString(v).getAsString();
        }
        return v;
    }

    private String read(Path file) throws IOException {
        try (InputStream in = store.fs().open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    void write(Path file, String text) throws IOException {
        try (OutputStream out = store.fs().create(file, true)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
