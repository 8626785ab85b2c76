package dev.masklet.engine.onnx.internal.models;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.masklet.engine.EngineException;
import dev.masklet.engine.onnx.internal.graph.CheckpointException;
import dev.masklet.engine.onnx.internal.graph.GraphTemplates;
import dev.masklet.engine.onnx.internal.graph.OnnxGraphFile;
import dev.masklet.engine.onnx.internal.graph.SafetensorsFile;
import dev.masklet.engine.onnx.internal.graph.proto.OnnxProtos.ModelProto;

/**
 * Builds a SAM 2 model folder from graph templates ({@code *.onnx} with weights stripped) and a transformers
 * checkpoint ({@code model.safetensors} and its {@code config.json}) in the staging folder: the graphs filled
 * ({@link GraphTemplates}), {@code constants.json}/{@code .bin} built from the checkpoint
 * ({@link CheckpointConstants}), and installs it in one rename with a {@code model.json} listing every file's size
 * and sha256. On any error the staging folder is deleted:
 * nothing is installed and models installed before are unchanged.
 */
final class CheckpointInstaller {
    /** Written by the converter next to the templates: checkpoint keys that fill no graph slot. */
    static final String ELSEWHERE = "checkpoint_keys_elsewhere.txt";
    /** The checkpoint's transformers configuration, beside its {@code model.safetensors}. */
    static final String CONFIG = "config.json";
    /** Files of a template folder that are not copied: built here from the checkpoint, or only for the build. */
    private static final Set<String> BUILT_OR_SKIPPED = Set.of(ModelInstaller.DESCRIPTOR, ELSEWHERE,
            CheckpointConstants.JSON_FILE, CheckpointConstants.BIN_FILE);
    private final Path root;

    CheckpointInstaller(Path root) {
        this.root = root;
    }

    /**
     * @param checkpoint the checkpoint's {@code model.safetensors}; its {@code config.json} lies beside it
     * @param base the model's descriptor from the catalogue (kept in model.json with the built files' sums), or null
     * @param origin where the checkpoint came from, for constants.json's provenance
     */
    Path install(String name, Path templates, Path checkpoint, JsonObject base, String origin)
            throws EngineException {
        Path staging = ModelInstaller.stagingFolder(root, name);
        try {
            ModelInstaller.deleteTree(staging);
            Files.createDirectories(staging);
            Map<String, ModelProto> graphs = new LinkedHashMap<>();
            List<Path> others;
            try (Stream<Path> files = Files.list(templates)) {
                others = files.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : others) {
                if (f.getFileName().toString().endsWith(".onnx")) {
                    graphs.put(f.getFileName().toString(), OnnxGraphFile.read(f));
                }
            }
            if (graphs.isEmpty()) {
                throw new EngineException(templates + " holds no graph templates (*.onnx); nothing was installed");
            }
            Path listed = templates.resolve(ELSEWHERE);
            Set<String> elsewhere = Files.isRegularFile(listed) ? Files.readAllLines(listed).stream()
                    .map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toSet()) : Set.of();
            Path configFile = checkpoint.resolveSibling(CONFIG);
            if (!Files.isRegularFile(configFile)) {
                throw new EngineException("the checkpoint " + checkpoint + " has no " + CONFIG
                        + " beside it; nothing was installed");
            }
            JsonObject config = CheckpointConstants.readConfig(configFile);
            try (SafetensorsFile weights = SafetensorsFile.open(checkpoint)) {
                Map<String, ModelProto> filled = GraphTemplates.fill(graphs, weights, elsewhere);
                Map<String, Long> sizes = new LinkedHashMap<>();
                for (Map.Entry<String, ModelProto> e : filled.entrySet()) {
                    Path file = staging.resolve(e.getKey());
                    Files.write(file, e.getValue().toByteArray());
                    sizes.put(e.getKey(), Files.size(file));
                }
                CheckpointConstants.write(staging, config, weights, filled, sizes, origin);
            }
            for (Path f : others) {
                String file = f.getFileName().toString();
                if (!file.endsWith(".onnx") && !BUILT_OR_SKIPPED.contains(file)) {
                    Files.copy(f, staging.resolve(file));
                }
            }
            writeDescriptor(staging, name, base, origin);
        } catch (CheckpointException e) {
            ModelInstaller.deleteTree(staging);
            throw new EngineException(e.getMessage(), e);
        } catch (IOException e) {
            ModelInstaller.deleteTree(staging);
            throw new EngineException("cannot build " + name + " from " + checkpoint + " (" + e.getMessage()
                    + "); nothing was installed", e);
        } catch (EngineException | RuntimeException e) {
            ModelInstaller.deleteTree(staging);
            throw e;
        }
        return new ModelInstaller(root, null).commitStaged(staging, name);
    }

    /** model.json: the catalogue's descriptor (when there is one) with the built files' sizes and sums. */
    private static void writeDescriptor(Path staging, String name, JsonObject base, String origin)
            throws IOException {
        JsonObject d = base == null ? new JsonObject() : base.deepCopy();
        d.addProperty("name", name);
        d.addProperty("kind", "video");
        JsonObject source = d.get("source") instanceof JsonObject s ? s : new JsonObject();
        source.addProperty("built_from", origin);
        source.addProperty("builder", "Masklet's Java installer: graph templates filled from model.safetensors");
        d.add("source", source);
        d.remove("install");
        JsonArray files = new JsonArray();
        try (Stream<Path> list = Files.list(staging)) {
            for (Path f : list.sorted().toList()) {
                JsonObject entry = new JsonObject();
                entry.addProperty("role", role(f.getFileName().toString()));
                entry.addProperty("name", f.getFileName().toString());
                entry.addProperty("bytes", Files.size(f));
                entry.addProperty("sha256", Sha256.of(f));
                files.add(entry);
            }
        }
        d.add("files", files);
        Files.writeString(staging.resolve(ModelInstaller.DESCRIPTOR),
                new GsonBuilder().setPrettyPrinting().create().toJson(d));
    }

    /** The roles convert_sam2.py gives the files of a SAM 2 model. */
    private static String role(String file) {
        return switch (file) {
            case CheckpointConstants.JSON_FILE -> "constants";
            case CheckpointConstants.BIN_FILE -> "constants_data";
            default -> file.replaceFirst("\\.onnx$", "");
        };
    }
}
