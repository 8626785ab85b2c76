package dev.masklet.engine.onnx.internal.models;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.ModelStatus;
import dev.masklet.engine.ModelStatus.State;
import dev.masklet.engine.onnx.internal.sam2.Sam2Exception;
import dev.masklet.engine.onnx.internal.sam2.Sam2Model;

/**
 * Checks an installed model folder the way loading it would, and says what is wrong in one line: the descriptor,
 * then every file's presence, size and sha256, then the graphs' inputs and outputs. Image models name their graphs'
 * I/O in {@code <role>_io} ({@code {"inputs": {name: shape}, "outputs": {...}}}, -1 = any length); video models are
 * opened as the SAM 2 host does, which validates all five graphs against the contract.
 */
final class ModelChecker {
    private ModelChecker() {
    }

    static ModelStatus check(Path dir) {
        String name = dir.getFileName().toString();
        Path descriptorFile = dir.resolve(ModelInstaller.DESCRIPTOR);
        if (!Files.isRegularFile(descriptorFile)) {
            return new ModelStatus(name, "unknown", dir, State.BAD_DESCRIPTOR,
                    "model descriptor " + descriptorFile + " is missing");
        }
        ModelDescriptor descriptor;
        try {
            descriptor = ModelDescriptor.read(descriptorFile);
        } catch (EngineException e) {
            return new ModelStatus(name, "unknown", dir, State.BAD_DESCRIPTOR, e.getMessage());
        }
        String kind = descriptor.kind();
        for (ModelDescriptor.FileEntry f : descriptor.files()) {
            Path file = dir.resolve(f.name());
            if (!Files.isRegularFile(file)) {
                return new ModelStatus(name, kind, dir, State.MISSING_FILE, "model file " + file + " is missing");
            }
            try {
                long size = Files.size(file);
                if (f.bytes() >= 0 && size != f.bytes()) {
                    return new ModelStatus(name, kind, dir, State.CHECKSUM_MISMATCH, "model file " + file
                            + " is damaged: " + size + " bytes, expected " + f.bytes());
                }
                if (f.sha256() != null) {
                    String sha = Sha256.of(file);
                    if (!sha.equals(f.sha256())) {
                        return new ModelStatus(name, kind, dir, State.CHECKSUM_MISMATCH, "model file " + file
                                + " is damaged: sha256 " + sha + ", expected " + f.sha256());
                    }
                }
            } catch (IOException e) {
                return new ModelStatus(name, kind, dir, State.MISSING_FILE,
                        "model file " + file + " cannot be read (" + e.getMessage() + ")");
            }
        }
        String ioProblem = "video".equals(kind) ? videoIoProblem(dir) : imageIoProblem(dir, descriptor);
        if (ioProblem != null) {
            return new ModelStatus(name, kind, dir, State.WRONG_IO, ioProblem);
        }
        return new ModelStatus(name, kind, dir, State.OK, "ok");
    }

    private static String videoIoProblem(Path dir) {
        try (Sam2Model model = Sam2Model.open(dir, 1)) {
            return null;
        } catch (Sam2Exception e) {
            return e.getMessage();
        }
    }

    private static String imageIoProblem(Path dir, ModelDescriptor descriptor) {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        for (ModelDescriptor.FileEntry f : descriptor.files()) {
            JsonElement io = f.role() == null ? null : descriptor.json().get(f.role() + "_io");
            if (io == null || !io.isJsonObject()) {
                continue;
            }
            Path file = dir.resolve(f.name());
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                    OrtSession session = env.createSession(file.toString(), options)) {
                List<String> problems = new ArrayList<>();
                compare("input", io.getAsJsonObject().getAsJsonObject("inputs"), session.getInputInfo(), problems);
                compare("output", io.getAsJsonObject().getAsJsonObject("outputs"), session.getOutputInfo(), problems);
                if (!problems.isEmpty()) {
                    return "model file " + file + " does not have the I/O model.json names: "
                            + String.join("; ", problems);
                }
            } catch (OrtException e) {
                return "model file " + file + " cannot be loaded by ONNX Runtime (" + e.getMessage() + ")";
            }
        }
        return null;
    }

    private static void compare(String what, JsonObject expected, Map<String, NodeInfo> actual,
            List<String> problems) {
        if (expected == null) {
            return;
        }
        for (Map.Entry<String, JsonElement> e : expected.entrySet()) {
            NodeInfo node = actual.get(e.getKey());
            if (node == null) {
                problems.add(what + " '" + e.getKey() + "' is missing (has " + actual.keySet() + ")");
                continue;
            }
            if (!(node.getInfo() instanceof TensorInfo info) || !e.getValue().isJsonArray()) {
                continue;
            }
            JsonArray shape = e.getValue().getAsJsonArray();
            long[] has = info.getShape();
            boolean fits = has.length == shape.size();
            for (int i = 0; fits && i < has.length; i++) {
                long want = shape.get(i).getAsLong();
                fits = want < 0 || has[i] < 0 || has[i] == want;
            }
            if (!fits) {
                problems.add(what + " '" + e.getKey() + "' has shape " + Arrays.toString(has) + ", expected "
                        + shape);
            }
        }
    }
}
