package dev.masklet.batch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The job's input: JSON lines, one item each (blank lines and lines starting with {@code #} are skipped):
 *
 * <pre>
 * {"id": "clip1", "video": "file:///data/clip1.mp4", "prompts": {"objects": [...]}, "range": "0:99",
 *  "reverse": false, "model": "mobilesam", "exports": ["coco", "masks"], "cleanup": 20}
 * {"frames": "hdfs:///shots/take2", "prompts": "hdfs:///shots/take2.prompts.json"}
 * </pre>
 *
 * Exactly one of {@code video} and {@code frames}; {@code prompts} inline or as a location, or {@code project}: a
 * Masklet project file whose kept masks are the prompts ({@code TrackPrompts.fromProject}); the rest optional
 * ({@code id} defaults to the media's name, {@code exports} to the job's). A bad line fails the whole manifest with
 * its line number, before anything runs: a typo should not cost a night of tracking.
 */
public final class Manifest {
    private Manifest() {
    }

    /**
     * @param defaultExports the exports of items that name none
     * @throws IllegalArgumentException naming the line and what is wrong with it
     */
    public static List<BatchItem> parse(String text, List<String> defaultExports) {
        List<BatchItem> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            BatchItem item = item(line, i + 1, defaultExports);
            if (!ids.add(item.id())) {
                throw new IllegalArgumentException("manifest line " + (i + 1) + ": id '" + item.id()
                        + "' is already used by an earlier line");
            }
            items.add(item);
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException("the manifest has no items");
        }
        return items;
    }

    private static BatchItem item(String text, int line, List<String> defaultExports) {
        String where = "manifest line " + line;
        JsonObject o;
        try {
            JsonElement e = JsonParser.parseString(text);
            if (!e.isJsonObject()) {
                throw new IllegalArgumentException(where + " is not a JSON object");
            }
            o = e.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new IllegalArgumentException(where + " is not valid JSON");
        }
        String video = string(o, "video", where);
        String frames = string(o, "frames", where);
        if ((video == null) == (frames == null)) {
            throw new IllegalArgumentException(where + " needs exactly one of \"video\" and \"frames\"");
        }
        String media = video != null ? video : frames;
        JsonElement p = o.get("prompts");
        String project = string(o, "project", where);
        String prompts = null;
        String promptsLocation = null;
        if (p != null && project != null) {
            throw new IllegalArgumentException(where + " has both \"prompts\" and \"project\"; give one");
        } else if (p != null && p.isJsonObject()) {
            prompts = p.toString();
        } else if (p != null && p.isJsonPrimitive() && p.getAsJsonPrimitive().isString()) {
            promptsLocation = p.getAsString();
        } else if (project == null) {
            throw new IllegalArgumentException(where + " needs \"prompts\" (the prompts {\"objects\": [...]} or where"
                    + " a prompts file is) or \"project\" (a Masklet project whose kept masks are the prompts)");
        }
        String id = string(o, "id", where);
        if (id == null) {
            id = defaultId(media);
        }
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}")) {
            throw new IllegalArgumentException(where + ": id '" + id + "' must be letters, digits, '.', '_' or '-'"
                    + " (it names the item's output folder)");
        }
        List<String> exports = defaultExports;
        JsonElement x = o.get("exports");
        if (x != null && !x.isJsonNull()) {
            if (!x.isJsonArray()) {
                throw new IllegalArgumentException(where + ": \"exports\" must be a list of format ids");
            }
            exports = new ArrayList<>();
            for (JsonElement e : (JsonArray) x) {
                exports.add(e.getAsString());
            }
        }
        int cleanup = 0;
        if (o.has("cleanup")) {
            cleanup = o.get("cleanup").getAsInt();
            if (cleanup < 0) {
                throw new IllegalArgumentException(where + ": \"cleanup\" (smallest mask part kept, pixels) must be"
                        + " >= 0");
            }
        }
        boolean reverse = o.has("reverse") && o.get("reverse").getAsBoolean();
        return new BatchItem(id, line, media, frames != null, prompts, promptsLocation, project, string(o, "range",
                where),
                reverse, string(o, "model", where), exports, cleanup);
    }

    /** {@code hdfs:///a/clip1.mp4} → {@code clip1.mp4}: the media's last name. */
    static String defaultId(String media) {
        String s = media.replaceAll("/+$", "");
        return s.substring(s.lastIndexOf('/') + 1);
    }

    private static String string(JsonObject o, String key, String where) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw new IllegalArgumentException(where + ": \"" + key + "\" must be a string");
        }
        return e.getAsString();
    }
}
