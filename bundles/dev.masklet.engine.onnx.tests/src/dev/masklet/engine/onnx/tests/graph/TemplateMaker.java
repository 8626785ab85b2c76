package dev.masklet.engine.onnx.tests.graph;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.masklet.engine.onnx.internal.graph.OnnxGraphFile;
import dev.masklet.engine.onnx.internal.graph.proto.OnnxProtos.GraphProto;
import dev.masklet.engine.onnx.internal.graph.proto.OnnxProtos.ModelProto;
import dev.masklet.engine.onnx.internal.graph.proto.OnnxProtos.TensorProto;

/**
 * Test tool standing in for the converter's template export (which needs PyTorch): splits the micro fixture's graphs
 * into graph templates (every float32 initializer's data stripped, its name kept as the checkpoint key) and a
 * transformers checkpoint: one safetensors file holding those weights in F32 and the learned vectors of the fixture's
 * {@code constants.bin} under their transformers keys and shapes ({@link #CONSTANT_KEYS}, listed in the templates'
 * {@code checkpoint_keys_elsewhere.txt} as the converter lists them), and {@code config.json}, the checkpoint's
 * configuration the fixture records in {@code constants.json}'s {@code provenance.config}. So the Java install path can
 * be checked against the fixture's reference run and its constants.
 * <p>
 * Run as a main class: {@code TemplateMaker FIXTURE_DIR OUT_DIR} writes {@code OUT_DIR/templates/},
 * {@code OUT_DIR/model.safetensors} and {@code OUT_DIR/config.json}.
 */
public final class TemplateMaker {
    public static final List<String> GRAPHS = List.of("vision_encoder.onnx", "mask_decoder.onnx",
            "memory_encoder.onnx", "memory_attention.onnx", "obj_ptr_tpos_proj.onnx");
    /**
     * constants.bin's arrays → the transformers key and shape of the parameter they come from (Sam2VideoModel).
     */
    public static final Map<String, String> CONSTANT_KEYS = Map.of("no_memory_embedding", "no_memory_embedding",
            "no_memory_positional_encoding", "no_memory_positional_encoding", "memory_temporal_positional_encoding",
            "memory_temporal_positional_encoding", "no_object_pointer", "no_object_pointer",
            "occlusion_spatial_embedding", "occlusion_spatial_embedding_parameter", "obj_ptr_tpos_proj_weight",
            "temporal_positional_encoding_projection_layer.weight", "obj_ptr_tpos_proj_bias",
            "temporal_positional_encoding_projection_layer.bias");

    private TemplateMaker() {
    }

    public static void main(String[] args) throws IOException {
        make(Path.of(args[0]), Path.of(args[1]));
    }

    /** @return the checkpoint file written ({@code out/model.safetensors}); templates are in {@code out/templates} */
    public static Path make(Path fixture, Path out) throws IOException {
        Path templates = Files.createDirectories(out.resolve("templates"));
        Map<String, SafetensorsWriter.Tensor> weights = new LinkedHashMap<>();
        for (String graph : GRAPHS) {
            ModelProto model = OnnxGraphFile.read(fixture.resolve(graph));
            GraphProto.Builder g = model.getGraph().toBuilder();
            for (int i = 0; i < g.getInitializerCount(); i++) {
                TensorProto t = g.getInitializer(i);
                if (t.getDataType() != TensorProto.DataType.FLOAT_VALUE || t.hasDataLocation()) {
                    continue;
                }
                if (weights.containsKey(t.getName())) {
                    throw new IOException(graph + ": initializer " + t.getName() + " also in another graph");
                }
                weights.put(t.getName(), new SafetensorsWriter.Tensor(floats(t),
                        t.getDimsList().stream().mapToLong(Long::longValue).toArray(), "F32"));
                g.setInitializer(i, t.toBuilder().clearRawData().clearFloatData());
            }
            Files.write(templates.resolve(graph), model.toBuilder().setGraph(g).build().toByteArray());
        }
        JsonObject constants = JsonParser.parseString(Files.readString(fixture.resolve("constants.json")))
                .getAsJsonObject();
        ByteBuffer bin = ByteBuffer.wrap(Files.readAllBytes(fixture.resolve("constants.bin")))
                .order(ByteOrder.LITTLE_ENDIAN);
        List<String> elsewhere = new ArrayList<>();
        for (Map.Entry<String, JsonElement> e : constants.getAsJsonObject("arrays").entrySet()) {
            String key = CONSTANT_KEYS.get(e.getKey());
            if (key == null) {
                continue; // image_mean, image_std: numbers of the algorithm, not learned
            }
            JsonObject entry = e.getValue().getAsJsonObject();
            float[] values = new float[entry.get("nbytes").getAsInt() / Float.BYTES];
            bin.position(entry.get("offset").getAsInt());
            bin.asFloatBuffer().get(values);
            weights.put(key, new SafetensorsWriter.Tensor(values, transformersShape(e.getKey(), entry), "F32"));
            elsewhere.add(key);
        }
        Files.write(templates.resolve("checkpoint_keys_elsewhere.txt"), elsewhere.stream().sorted().toList());
        Files.writeString(out.resolve("config.json"),
                constants.getAsJsonObject("provenance").getAsJsonObject("config").toString());
        Path checkpoint = out.resolve("model.safetensors");
        SafetensorsWriter.write(checkpoint, weights);
        return checkpoint;
    }

    /** Sam2VideoModel's parameter shapes: (1, 1, hidden), (num_maskmem, 1, 1, mem_dim), (1, hidden), (1, mem_dim). */
    private static long[] transformersShape(String array, JsonObject entry) {
        JsonArray shape = entry.getAsJsonArray("shape");
        long first = shape.get(0).getAsLong();
        return switch (array) {
            case "no_memory_embedding", "no_memory_positional_encoding" -> new long[] { 1, 1, first };
            case "memory_temporal_positional_encoding" -> new long[] { first, 1, 1, shape.get(1).getAsLong() };
            case "no_object_pointer", "occlusion_spatial_embedding" -> new long[] { 1, first };
            default -> shape.asList().stream().mapToLong(JsonElement::getAsLong).toArray();
        };
    }

    private static float[] floats(TensorProto t) {
        if (t.getFloatDataCount() > 0) {
            float[] v = new float[t.getFloatDataCount()];
            for (int i = 0; i < v.length; i++) {
                v[i] = t.getFloatData(i);
            }
            return v;
        }
        float[] v = new float[t.getRawData().size() / Float.BYTES];
        ByteBuffer.wrap(t.getRawData().toByteArray()).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        return v;
    }
}
