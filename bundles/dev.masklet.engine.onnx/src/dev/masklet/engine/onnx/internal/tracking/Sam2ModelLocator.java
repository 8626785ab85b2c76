package dev.masklet.engine.onnx.internal.tracking;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.masklet.engine.EngineException;
import dev.masklet.engine.onnx.internal.ModelFolder;

/**
 * Finds a tracking model: a folder given by path, or a name under the models folder. A folder may hold a
 * {@code model.json} (written by {@code models/convert_sam2.py}); its files are then checked by size and sha256
 * where it gives them, and its {@code kind} must be {@code video}. A folder without one (such as the micro test
 * fixture) is used as it is; the graphs are checked against the contract when they are opened either way.
 */
public final class Sam2ModelLocator {
    /** Told to the user when a named tracking model is not installed. */
    public static final String CONVERT_HINT = "convert a SAM 2.1 checkpoint with models/convert_sam2.py "
            + "(see README.md) or give the model's folder";
    static final String CONSTANTS = "constants.json";
    static final String DESCRIPTOR = "model.json";

    private Sam2ModelLocator() {
    }

    /** Names of the folders under the models folder that hold a video tracking model. */
    public static List<String> installed(Path root) {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return names;
        }
        try (Stream<Path> dirs = Files.list(root)) {
            dirs.filter(d -> Files.isRegularFile(d.resolve(CONSTANTS))).filter(Sam2ModelLocator::isVideoKind)
                    .map(d -> d.getFileName().toString()).sorted().forEach(names::add);
        } catch (IOException e) {
            // an unreadable models folder lists nothing
        }
        return names;
    }

    /**
     * @return the model's folder, checked as far as its descriptor allows
     * @throws EngineException with a message naming the model and the problem
     */
    public static Path resolve(String nameOrDirectory, Path root) throws EngineException {
        if (nameOrDirectory == null || nameOrDirectory.isBlank()) {
            throw new EngineException("no tracking model given");
        }
        Path given = Path.of(nameOrDirectory);
        Path dir;
        if (Files.isDirectory(given)) {
            dir = given;
        } else if (given.getNameCount() > 1 || given.isAbsolute() || nameOrDirectory.startsWith(".")) {
            throw new EngineException("tracking model folder " + given + " does not exist");
        } else {
            dir = root.resolve(nameOrDirectory);
            if (!Files.isDirectory(dir)) {
                List<String> known = installed(root);
                throw new EngineException("unknown tracking model '" + nameOrDirectory + "': it is not installed in "
                        + root + (known.isEmpty() ? " (no tracking model is installed there)"
                                : " (installed: " + String.join(", ", known) + ")")
                        + "; " + CONVERT_HINT);
            }
        }
        Path descriptor = dir.resolve(DESCRIPTOR);
        if (Files.isRegularFile(descriptor)) {
            verify(dir, readDescriptor(descriptor));
        } else if (!Files.isRegularFile(dir.resolve(CONSTANTS))) {
            throw new EngineException("tracking model folder " + dir + " holds neither " + DESCRIPTOR + " nor "
                    + CONSTANTS + "; " + CONVERT_HINT);
        }
        return dir;
    }

    private static boolean isVideoKind(Path dir) {
        Path descriptor = dir.resolve(DESCRIPTOR);
        if (!Files.isRegularFile(descriptor)) {
            return true;
        }
        try {
            JsonElement kind = readDescriptor(descriptor).get("kind");
            return kind == null || "video".equals(kind.getAsString());
        } catch (EngineException | RuntimeException e) {
            return false;
        }
    }

    private static JsonObject readDescriptor(Path descriptor) throws EngineException {
        try {
            return JsonParser.parseString(Files.readString(descriptor, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (IOException | RuntimeException e) {
            throw new EngineException("model descriptor " + descriptor + " cannot be read (" + e.getMessage() + ")",
                    e);
        }
    }

    private static void verify(Path dir, JsonObject json) throws EngineException {
        JsonElement kind = json.get("kind");
        if (kind != null && !"video".equals(kind.getAsString())) {
            throw new EngineException("model " + dir + " is an '" + kind.getAsString()
                    + "' model, not a video tracking model");
        }
        JsonElement files = json.get("files");
        if (files == null || !files.isJsonArray()) {
            return;
        }
        for (JsonElement e : files.getAsJsonArray()) {
            JsonObject f = e.getAsJsonObject();
            Path file = dir.resolve(f.get("name").getAsString());
            if (!Files.isRegularFile(file)) {
                throw new EngineException("model file " + file + " is missing; " + CONVERT_HINT);
            }
            try {
                if (f.has("bytes") && Files.size(file) != f.get("bytes").getAsLong()) {
                    throw new EngineException("model file " + file + " is damaged: " + Files.size(file)
                            + " bytes, expected " + f.get("bytes").getAsLong() + "; " + CONVERT_HINT);
                }
                if (f.has("sha256")) {
                    String actual = sha256(file);
                    if (!actual.equalsIgnoreCase(f.get("sha256").getAsString())) {
                        throw new EngineException("model file " + file + " is damaged: sha256 " + actual
                                + ", expected " + f.get("sha256").getAsString() + "; " + CONVERT_HINT);
                    }
                }
            } catch (IOException ex) {
                throw new EngineException("model file " + file + " cannot be read (" + ex.getMessage() + ")", ex);
            }
        }
    }

    /** The models folder the product uses (see {@link ModelFolder#modelsRoot()}). */
    public static Path modelsRoot() {
        return ModelFolder.modelsRoot();
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
