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
 * Builds a SAM 2 model folder from graph templates ({@code *.onnx} with weights stripped, plus the other files of the
 * model such as {@code constants.json}) and a safetensors checkpoint, in the staging folder, and installs it in one
 * rename with a {@code model.json} listing every file's size and sha256. On any error the staging folder is deleted:
 * nothing is installed and models installed before are unchanged.
 */
final class CheckpointInstaller {
    /** Written by the converter next to the templates: checkpoint keys that fill no graph slot. */
    static final String ELSEWHERE = "checkpoint_keys_elsewhere.txt";
    private final Path root;

    CheckpointInstaller(Path root) {
        this.root = root;
    }

    Path install(String name, Path templates, Path checkpoint) throws EngineException {
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
            try (SafetensorsFile weights = SafetensorsFile.open(checkpoint)) {
                for (Map.Entry<String, ModelProto> e : GraphTemplates.fill(graphs, weights, elsewhere).entrySet()) {
                    Files.write(staging.resolve(e.getKey()), e.getValue().toByteArray());
                }
            }
            for (Path f : others) {
                String file = f.getFileName().toString();
                if (!file.endsWith(".onnx") && !file.equals(ModelInstaller.DESCRIPTOR) && !file.equals(ELSEWHERE)) {
                    Files.copy(f, staging.resolve(file));
                }
            }
            writeDescriptor(staging, name);
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

    private static void writeDescriptor(Path staging, String name) throws IOException {
        JsonObject d = new JsonObject();
        d.addProperty("name", name);
        d.addProperty("kind", "video");
        d.addProperty("source", "built by Masklet from a safetensors checkpoint and graph templates");
        JsonArray files = new JsonArray();
        try (Stream<Path> list = Files.list(staging)) {
            for (Path f : list.sorted().toList()) {
                JsonObject entry = new JsonObject();
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
}
