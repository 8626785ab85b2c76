package dev.masklet.engine.onnx.internal.models;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import dev.masklet.engine.onnx.internal.graph.CheckpointException;
import dev.masklet.engine.onnx.internal.graph.SafetensorsFile;
import dev.masklet.engine.onnx.internal.graph.proto.OnnxProtos.ModelProto;
import dev.masklet.engine.onnx.internal.graph.proto.OnnxProtos.OperatorSetIdProto;
import dev.masklet.engine.onnx.internal.graph.proto.OnnxProtos.TensorShapeProto;
import dev.masklet.engine.onnx.internal.graph.proto.OnnxProtos.ValueInfoProto;

/**
 * Writes a SAM 2 model's {@code constants.json} and {@code constants.bin} from the checkpoint itself, as
 * {@code models/convert_sam2.py} ({@code write_constants}) does from the loaded model: the learned vectors the host
 * applies are read from {@code model.safetensors} by their transformers keys, the numbers of the algorithm from
 * {@code config.json} (with transformers' {@code Sam2VideoConfig} defaults for keys it leaves out), and each graph's
 * inputs, outputs and opset from the built graphs.
 */
final class CheckpointConstants {
    static final String JSON_FILE = "constants.json";
    static final String BIN_FILE = "constants.bin";
    /** SAM 2's placeholder score for a missing object (NO_OBJ_SCORE), a constant of the algorithm. */
    private static final double NO_OBJECT_SCORE = -1024.0;
    private static final double[] IMAGE_MEAN = { 0.485, 0.456, 0.406 };
    private static final double[] IMAGE_STD = { 0.229, 0.224, 0.225 };

    private CheckpointConstants() {
    }

    /** Reads {@code config.json} of a transformers checkpoint; a damaged file is a named error. */
    static JsonObject readConfig(Path configFile) throws CheckpointException {
        try {
            JsonElement json = JsonParser.parseString(Files.readString(configFile, StandardCharsets.UTF_8));
            if (!json.isJsonObject()) {
                throw new CheckpointException(configFile.getFileName()
                        + " is not a JSON object; nothing was installed");
            }
            return json.getAsJsonObject();
        } catch (IOException e) {
            throw new CheckpointException("cannot read " + configFile + " (" + e.getMessage() + ")");
        } catch (JsonParseException e) {
            throw new CheckpointException(configFile.getFileName() + " is not valid JSON; nothing was installed");
        }
    }

    /**
     * @param graphs graph file name ({@code vision_encoder.onnx} …) → the filled graph
     * @param graphBytes graph file name → its size on disk
     * @param origin where the checkpoint came from, recorded as provenance
     */
    static void write(Path folder, JsonObject config, SafetensorsFile weights, Map<String, ModelProto> graphs,
            Map<String, Long> graphBytes, String origin) throws CheckpointException, IOException {
        int hidden = integer(vision(config), "fpn_hidden_size", 256);
        int memDim = integer(config, "memory_encoder_output_channels", 64);
        int numMaskmem = integer(config, "num_maskmem", 7);
        Map<String, float[]> arrays = new LinkedHashMap<>();
        Map<String, long[]> shapes = new LinkedHashMap<>();
        put(arrays, shapes, weights, "no_memory_embedding", "no_memory_embedding", hidden);
        put(arrays, shapes, weights, "no_memory_positional_encoding", "no_memory_positional_encoding", hidden);
        put(arrays, shapes, weights, "memory_temporal_positional_encoding", "memory_temporal_positional_encoding",
                numMaskmem, memDim);
        put(arrays, shapes, weights, "no_object_pointer", "no_object_pointer", hidden);
        if (bool(config, "enable_occlusion_spatial_embedding", true)) {
            put(arrays, shapes, weights, "occlusion_spatial_embedding", "occlusion_spatial_embedding_parameter",
                    memDim);
        }
        if (bool(config, "enable_temporal_pos_encoding_for_object_pointers", true)) {
            put(arrays, shapes, weights, "obj_ptr_tpos_proj_weight",
                    "temporal_positional_encoding_projection_layer.weight", memDim, hidden);
            put(arrays, shapes, weights, "obj_ptr_tpos_proj_bias",
                    "temporal_positional_encoding_projection_layer.bias", memDim);
        }
        arrays.put("image_mean", floats(IMAGE_MEAN));
        shapes.put("image_mean", new long[] { 3 });
        arrays.put("image_std", floats(IMAGE_STD));
        shapes.put("image_std", new long[] { 3 });

        JsonObject index = new JsonObject();
        int total = arrays.values().stream().mapToInt(a -> a.length * Float.BYTES).sum();
        ByteBuffer bin = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        for (Map.Entry<String, float[]> e : arrays.entrySet()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("offset", bin.position());
            entry.addProperty("nbytes", e.getValue().length * Float.BYTES);
            entry.addProperty("dtype", "float32");
            entry.add("shape", longs(shapes.get(e.getKey())));
            index.add(e.getKey(), entry);
            for (float v : e.getValue()) {
                bin.putFloat(v);
            }
        }
        JsonObject document = new JsonObject();
        document.addProperty("format", "constants.bin = concatenation of little-endian float32 arrays, row-major"
                + " (C order); arrays[name] = {offset (bytes), nbytes, dtype, shape}");
        document.add("arrays", index);
        document.add("config", numbers(config, hidden, memDim, numMaskmem));
        JsonObject specs = new JsonObject();
        for (Map.Entry<String, ModelProto> g : graphs.entrySet()) {
            specs.add(g.getKey().replaceFirst("\\.onnx$", ""), spec(g.getValue(), graphBytes.get(g.getKey())));
        }
        document.add("graphs", specs);
        JsonObject provenance = new JsonObject();
        provenance.addProperty("checkpoint", origin);
        provenance.addProperty("converter", "Masklet's Java installer (graph templates filled from the checkpoint)");
        provenance.add("config", config);
        document.add("provenance", provenance);
        Files.write(folder.resolve(BIN_FILE), bin.array());
        // serializeNulls: the checkpoint's configuration is recorded as it is, None values included
        Files.writeString(folder.resolve(JSON_FILE), new GsonBuilder().serializeNulls().setPrettyPrinting().create()
                .toJson(document) + "\n", StandardCharsets.UTF_8);
    }

    /** The numbers of convert_sam2.py's {@code write_constants}, from the transformers configuration. */
    private static JsonObject numbers(JsonObject config, int hidden, int memDim, int numMaskmem) {
        JsonElement sizes = vision(config).get("backbone_feature_sizes");
        int rows = 64;
        int cols = 64;
        if (sizes != null && sizes.isJsonArray() && !sizes.getAsJsonArray().isEmpty()) {
            JsonArray last = sizes.getAsJsonArray().get(sizes.getAsJsonArray().size() - 1).getAsJsonArray();
            rows = last.get(0).getAsInt();
            cols = last.get(1).getAsInt();
        }
        JsonObject decoder = config.get("mask_decoder_config") instanceof JsonObject d ? d : new JsonObject();
        JsonObject n = new JsonObject();
        n.addProperty("image_size", integer(config, "image_size", 1024));
        n.add("image_mean", doubles(IMAGE_MEAN));
        n.add("image_std", doubles(IMAGE_STD));
        n.addProperty("rescale_factor", 1.0 / 255.0);
        n.addProperty("low_res_mask_size", 4 * rows);
        JsonArray feature = new JsonArray();
        feature.add(rows);
        feature.add(cols);
        n.add("backbone_feature_size", feature);
        n.addProperty("hidden_dim", hidden);
        n.addProperty("mem_dim", memDim);
        n.addProperty("memory_tokens_per_frame", rows * cols);
        n.addProperty("obj_ptr_tokens_per_pointer", memDim < hidden ? hidden / memDim : 1);
        n.addProperty("num_maskmem", numMaskmem);
        n.addProperty("max_object_pointers_in_encoder", integer(config, "max_object_pointers_in_encoder", 16));
        n.addProperty("max_cond_frame_num", integer(config, "max_cond_frame_num", -1));
        n.addProperty("multimask_output_in_sam", bool(config, "multimask_output_in_sam", true));
        n.addProperty("multimask_min_pt_num", integer(config, "multimask_min_pt_num", 0));
        n.addProperty("multimask_max_pt_num", integer(config, "multimask_max_pt_num", 1));
        n.addProperty("multimask_output_for_tracking", bool(config, "multimask_output_for_tracking", true));
        n.addProperty("sigmoid_scale_for_mem_enc", number(config, "sigmoid_scale_for_mem_enc", 20.0));
        n.addProperty("sigmoid_bias_for_mem_enc", number(config, "sigmoid_bias_for_mem_enc", -10.0));
        n.addProperty("enable_occlusion_spatial_embedding", bool(config, "enable_occlusion_spatial_embedding", true));
        n.addProperty("enable_temporal_pos_encoding_for_object_pointers",
                bool(config, "enable_temporal_pos_encoding_for_object_pointers", true));
        n.addProperty("dynamic_multimask_via_stability", bool(decoder, "dynamic_multimask_via_stability", true));
        n.addProperty("dynamic_multimask_stability_delta", number(decoder, "dynamic_multimask_stability_delta", 0.05));
        n.addProperty("dynamic_multimask_stability_thresh",
                number(decoder, "dynamic_multimask_stability_thresh", 0.98));
        n.addProperty("no_obj_score", NO_OBJECT_SCORE);
        n.addProperty("maskmem_features_bfloat16_rounding", true);
        n.addProperty("memory_attention_num_layers", integer(config, "memory_attention_num_layers", 4));
        return n;
    }

    /** A graph's inputs, outputs, opset and size, as convert_sam2.py's {@code graph_spec} writes them. */
    private static JsonObject spec(ModelProto model, long bytes) {
        JsonObject spec = new JsonObject();
        JsonArray inputs = new JsonArray();
        model.getGraph().getInputList().forEach(v -> inputs.add(port(v)));
        JsonArray outputs = new JsonArray();
        model.getGraph().getOutputList().forEach(v -> outputs.add(port(v)));
        spec.add("inputs", inputs);
        spec.add("outputs", outputs);
        spec.addProperty("opset", model.getOpsetImportList().stream()
                .filter(o -> o.getDomain().isEmpty() || o.getDomain().equals("ai.onnx"))
                .mapToLong(OperatorSetIdProto::getVersion).max().orElse(0));
        spec.addProperty("bytes", bytes);
        return spec;
    }

    private static JsonObject port(ValueInfoProto value) {
        JsonObject port = new JsonObject();
        port.addProperty("name", value.getName());
        int type = value.getType().getTensorType().getElemType();
        port.addProperty("dtype", switch (type) {
            case 1 -> "float32";
            case 6 -> "int32";
            case 7 -> "int64";
            case 9 -> "bool";
            default -> Integer.toString(type);
        });
        JsonArray shape = new JsonArray();
        for (TensorShapeProto.Dimension d : value.getType().getTensorType().getShape().getDimList()) {
            if (!d.getDimParam().isEmpty()) {
                shape.add(d.getDimParam());
            } else {
                shape.add(d.getDimValue());
            }
        }
        port.add("shape", shape);
        return port;
    }

    /** One learned vector, read by its checkpoint key and checked to hold {@code shape}'s element count. */
    private static void put(Map<String, float[]> arrays, Map<String, long[]> shapes, SafetensorsFile weights,
            String name, String key, long... shape) throws CheckpointException {
        SafetensorsFile.Entry entry = weights.entries().get(key);
        if (entry == null) {
            throw new CheckpointException(weights.file().getFileName() + " lacks tensor " + key
                    + " (constants.bin needs it); nothing was installed");
        }
        long count = 1;
        for (long s : shape) {
            count *= s;
        }
        if (entry.elements() != count) {
            throw new CheckpointException(weights.file().getFileName() + ": tensor " + key + " has shape "
                    + java.util.Arrays.toString(entry.shape()) + ", constants.bin needs "
                    + java.util.Arrays.toString(shape) + "; nothing was installed");
        }
        arrays.put(name, weights.readFloats(entry));
        shapes.put(name, shape);
    }

    private static JsonObject vision(JsonObject config) {
        return config.get("vision_config") instanceof JsonObject v ? v : new JsonObject();
    }

    private static int integer(JsonObject o, String key, int fallback) {
        return o.get(key) instanceof JsonElement e && e.isJsonPrimitive() ? e.getAsInt() : fallback;
    }

    private static double number(JsonObject o, String key, double fallback) {
        return o.get(key) instanceof JsonElement e && e.isJsonPrimitive() ? e.getAsDouble() : fallback;
    }

    private static boolean bool(JsonObject o, String key, boolean fallback) {
        return o.get(key) instanceof JsonElement e && e.isJsonPrimitive() ? e.getAsBoolean() : fallback;
    }

    private static float[] floats(double[] values) {
        float[] f = new float[values.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) values[i];
        }
        return f;
    }

    private static JsonArray doubles(double[] values) {
        JsonArray a = new JsonArray();
        for (double v : values) {
            a.add(v);
        }
        return a;
    }

    private static JsonArray longs(long[] values) {
        JsonArray a = new JsonArray();
        for (long v : values) {
            a.add(v);
        }
        return a;
    }
}
