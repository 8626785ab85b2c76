package dev.masklet.engine.onnx.internal.models;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.masklet.engine.EngineException;

/**
 * A descriptor's {@code checkpoint} section: where the official transformers checkpoint of a SAM 2 model is
 * ({@code address}, a folder holding {@code config.json} and {@code model.safetensors}; absent when the descriptor
 * names none), which files to fetch (with size and sha256 where known), and where the graph templates the Java
 * installer fills are ({@code templates}, a folder relative to the descriptor).
 */
record CheckpointSource(String repository, URI address, String templates, List<ModelDescriptor.FileEntry> files) {
    static final String SECTION = "checkpoint";
    static final String WEIGHTS = "model.safetensors";

    static boolean present(JsonObject descriptor) {
        return descriptor.get(SECTION) instanceof JsonObject;
    }

    /** The {@code templates} folder the section names (relative to the descriptor), or null. */
    static String templates(JsonObject descriptor) {
        return descriptor.get(SECTION) instanceof JsonObject c ? text(c, "templates") : null;
    }

    static CheckpointSource of(ModelDescriptor descriptor, String origin) throws EngineException {
        if (!(descriptor.json().get(SECTION) instanceof JsonObject c)) {
            throw new EngineException(descriptor.name() + " is not installed from a checkpoint (its descriptor "
                    + origin + " has no \"" + SECTION + "\" section); install it with --from URL|DIR");
        }
        try {
            String address = text(c, "address");
            URI uri = address == null ? null : ModelInstaller.child(URI.create(address), "").normalize();
            List<ModelDescriptor.FileEntry> files = new ArrayList<>();
            if (c.get("files") != null && c.get("files").isJsonArray()) {
                for (JsonElement e : c.getAsJsonArray("files")) {
                    JsonObject f = e.getAsJsonObject();
                    String sha = text(f, "sha256");
                    String file = text(f, "name");
                    if (file == null || file.isBlank() || file.contains("/") || file.contains("\\")
                            || file.startsWith(".")) {
                        throw new EngineException("the \"" + SECTION + "\" section of " + origin
                                + " has a file without a plain name: " + f);
                    }
                    files.add(new ModelDescriptor.FileEntry(text(f, "role"), file,
                            f.has("bytes") ? f.get("bytes").getAsLong() : -1,
                            sha == null ? null : sha.toLowerCase(Locale.ROOT), null));
                }
            }
            List<String> names = files.stream().map(ModelDescriptor.FileEntry::name).toList();
            if (!names.contains(CheckpointInstaller.CONFIG) || !names.contains(WEIGHTS)) {
                throw new EngineException("the \"" + SECTION + "\" section of " + origin + " must list "
                        + CheckpointInstaller.CONFIG + " and " + WEIGHTS);
            }
            return new CheckpointSource(text(c, "repository"), uri, templates(descriptor.json()), List.copyOf(files));
        } catch (IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
            throw new EngineException("the \"" + SECTION + "\" section of " + origin + " cannot be read ("
                    + e.getMessage() + ")", e);
        }
    }

    private static String text(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }
}
