package dev.masklet.engine.onnx.tests.graph;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.masklet.engine.onnx.internal.graph.OnnxGraphFile;
import dev.masklet.engine.onnx.internal.graph.proto.OnnxProtos.GraphProto;
import dev.masklet.engine.onnx.internal.graph.proto.OnnxProtos.ModelProto;
import dev.masklet.engine.onnx.internal.graph.proto.OnnxProtos.TensorProto;

/**
 * Test tool standing in for the converter's template export (which needs PyTorch): splits the micro fixture's graphs
 * into graph templates (every float32 initializer's data stripped, its name kept as the checkpoint key) and one
 * safetensors checkpoint holding those weights in F32, plus the fixture's constants, so the Java install path can be
 * checked against the fixture's reference run.
 * <p>
 * Run as a main class: {@code TemplateMaker FIXTURE_DIR OUT_DIR} writes {@code OUT_DIR/templates/} and
 * {@code OUT_DIR/model.safetensors}.
 */
public final class TemplateMaker {
    public static final List<String> GRAPHS = List.of("vision_encoder.onnx", "mask_decoder.onnx",
            "memory_encoder.onnx", "memory_attention.onnx", "obj_ptr_tpos_proj.onnx");
    public static final List<String> OTHER_FILES = List.of("constants.json", "constants.bin");

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
        for (String file : OTHER_FILES) {
            Files.copy(fixture.resolve(file), templates.resolve(file));
        }
        Path checkpoint = out.resolve("model.safetensors");
        SafetensorsWriter.write(checkpoint, weights);
        return checkpoint;
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
