package dev.masklet.engine.onnx.internal.models;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.masklet.engine.EngineException;

/**
 * A model descriptor ({@code models/NAME.json}, installed as {@code model.json}): the model's name and kind and the
 * files it consists of. Only what installing and checking need is read; the rest stays in {@link #json()}.
 */
public record ModelDescriptor(String name, String kind, List<FileEntry> files, JsonObject json, String text) {

    /**
     * One file of a model.
     *
     * @param bytes its size, -1 when the descriptor does not say
     * @param sha256 lower-case hex, null when the descriptor does not say
     * @param url where to download it from, null to take it from the install source folder
     */
    public record FileEntry(String role, String name, long bytes, String sha256, String url) {
    }

    public static ModelDescriptor read(Path file) throws EngineException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EngineException("model descriptor " + file + " cannot be read (" + e.getMessage() + ")", e);
        }
        return parse(text, file.toString());
    }

    /** @param origin where the text came from, for messages */
    public static ModelDescriptor parse(String text, String origin) throws EngineException {
        try {
            JsonObject json = JsonParser.parseString(text).getAsJsonObject();
            String name = string(json, "name");
            if (name == null || name.isBlank()) {
                throw new EngineException("model descriptor " + origin + " has no \"name\"");
            }
            JsonElement filesJson = json.get("files");
            if (filesJson == null || !filesJson.isJsonArray() || filesJson.getAsJsonArray().isEmpty()) {
                throw new EngineException("model descriptor " + origin + " lists no \"files\"");
            }
            List<FileEntry> files = new ArrayList<>();
            for (JsonElement e : filesJson.getAsJsonArray()) {
                JsonObject f = e.getAsJsonObject();
                String fileName = string(f, "name");
                if (fileName == null || fileName.isBlank() || fileName.contains("/") || fileName.contains("\\")
                        || fileName.startsWith(".")) {
                    throw new EngineException("model descriptor " + origin + " has a file without a plain name: "
                            + f);
                }
                files.add(new FileEntry(string(f, "role"), fileName, f.has("bytes") ? f.get("bytes").getAsLong() : -1,
                        f.has("sha256") ? f.get("sha256").getAsString().toLowerCase(java.util.Locale.ROOT) : null,
                        string(f, "url")));
            }
            String kind = string(json, "kind");
            return new ModelDescriptor(name, kind == null ? "unknown" : kind, List.copyOf(files), json, text);
        } catch (RuntimeException e) {
            throw new EngineException("model descriptor " + origin + " is not valid JSON of a model ("
                    + e.getMessage() + ")", e);
        }
    }

    /**
     * Installing needs the size and sha256 of every file: without them a download cannot be verified or resumed.
     */
    public void requireChecksums(String origin) throws EngineException {
        for (FileEntry f : files) {
            if (f.sha256() == null || f.bytes() < 0) {
                throw new EngineException("model descriptor " + origin + " gives no size and sha256 for "
                        + f.name() + ", so it cannot be verified; use a descriptor written for this model's files"
                        + " (models/convert_sam2.py writes one for SAM 2 models)");
            }
        }
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }
}
