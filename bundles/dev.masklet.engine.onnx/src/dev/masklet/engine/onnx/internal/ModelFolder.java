package dev.masklet.engine.onnx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.masklet.engine.EngineException;
import dev.masklet.engine.ModelManager;

/**
 * A model installed on disk: a folder holding {@code model.json} (the descriptor from the repository's
 * {@code models/}) and the files it lists. Verifies sizes and sha256 sums before anything is loaded, so a missing or
 * damaged file is reported by name together with the command that fetches it again.
 */
public final class ModelFolder {
    /** Told to the user whenever the default model is missing or damaged. */
    public static final String FETCH_HINT = ModelManager.FETCH_HINT;

    private final Path dir;
    private final Map<String, Path> filesByRole = new LinkedHashMap<>();

    private ModelFolder(Path dir) {
        this.dir = dir;
    }

    /**
     * Where models live: system property masklet.models, else the preference {@code models.folder}
     * (MaskletPreferences.MODELS_FOLDER), else {@link #defaultModelsRoot}.
     */
    public static Path modelsRoot() {
        String prop = System.getProperty("masklet.models");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String preference = EngineSettings.modelsFolder();
        if (preference != null) {
            return Path.of(preference);
        }
        return defaultModelsRoot(System.getenv(), System.getProperty("user.home"));
    }

    /**
     * The models folder as the scripts (models/fetch-default-model.sh, run-masklet, run-tests) resolve it:
     * {@code $MASKLET_MODELS}, else {@code $HOME/.cache/masklet/models}; the JVM's {@code user.home} only when
     * {@code HOME} is not set (it differs from {@code HOME} under sudo and in some containers).
     */
    public static Path defaultModelsRoot(Map<String, String> environment, String userHome) {
        String models = environment.get("MASKLET_MODELS");
        if (models != null && !models.isBlank()) {
            return Path.of(models);
        }
        String home = environment.get("HOME");
        return Path.of(home != null && !home.isBlank() ? home : userHome, ".cache", "masklet", "models");
    }

    public static ModelFolder open(Path dir) throws EngineException {
        Path descriptor = dir.resolve("model.json");
        if (!Files.isRegularFile(descriptor)) {
            throw new EngineException("Model descriptor " + descriptor + " is missing; " + FETCH_HINT);
        }
        JsonObject json;
        try {
            json = JsonParser.parseString(Files.readString(descriptor, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (IOException | RuntimeException e) {
            throw new EngineException("Model descriptor " + descriptor + " cannot be read (" + e.getMessage()
                    + "); " + FETCH_HINT, e);
        }
        ModelFolder folder = new ModelFolder(dir);
        for (JsonElement e : json.getAsJsonArray("files")) {
            JsonObject f = e.getAsJsonObject();
            Path file = dir.resolve(f.get("name").getAsString());
            verify(file, f.get("bytes").getAsLong(), f.get("sha256").getAsString());
            folder.filesByRole.put(f.get("role").getAsString(), file);
        }
        return folder;
    }

    public Path dir() {
        return dir;
    }

    public Path file(String role) throws EngineException {
        Path p = filesByRole.get(role);
        if (p == null) {
            throw new EngineException("Model " + dir + " has no file with role '" + role + "' in model.json");
        }
        return p;
    }

    private static void verify(Path file, long bytes, String sha256) throws EngineException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new EngineException("Model file " + file + " is missing; " + FETCH_HINT);
            }
            long size = Files.size(file);
            if (size != bytes) {
                throw new EngineException("Model file " + file + " is damaged: " + size + " bytes, expected " + bytes
                        + "; " + FETCH_HINT);
            }
            String actual = sha256(file);
            if (!actual.equalsIgnoreCase(sha256)) {
                throw new EngineException("Model file " + file + " is damaged: sha256 " + actual + ", expected "
                        + sha256 + "; " + FETCH_HINT);
            }
        } catch (IOException e) {
            throw new EngineException("Model file " + file + " cannot be read (" + e.getMessage() + ")", e);
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
