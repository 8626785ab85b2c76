package dev.masklet.engine.onnx.internal.graph;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.google.protobuf.ByteString;

import dev.masklet.engine.onnx.internal.graph.proto.OnnxProtos.GraphProto;
import dev.masklet.engine.onnx.internal.graph.proto.OnnxProtos.ModelProto;
import dev.masklet.engine.onnx.internal.graph.proto.OnnxProtos.TensorProto;

/**
 * Graph templates: ONNX graphs whose weights are float32 initializers named by their checkpoint keys and stripped of
 * their data (dims kept). {@link #fill} puts a checkpoint's tensors into them, so a model is built from the official
 * weights without Python. Every slot must find its tensor with the same shape, and every checkpoint tensor must fill
 * a slot: a missing or extra tensor, or a wrong shape, is an error that names it.
 */
public final class GraphTemplates {
    private GraphTemplates() {
    }

    /** A template slot: a float32 initializer without data. */
    public static boolean isSlot(TensorProto t) {
        return t.getDataType() == TensorProto.DataType.FLOAT_VALUE && t.getRawData().isEmpty()
                && t.getFloatDataCount() == 0 && !t.hasDataLocation();
    }

    /**
     * @param templates graph file name → template
     * @param elsewhere checkpoint keys the converter listed as used outside the graphs (or not at all): they must
     *            be in the checkpoint but fill no slot
     * @return graph file name → the filled model, in the same order
     */
    public static Map<String, ModelProto> fill(Map<String, ModelProto> templates, SafetensorsFile checkpoint,
            Set<String> elsewhere) throws CheckpointException {
        Set<String> unused = new TreeSet<>(checkpoint.entries().keySet());
        for (String key : elsewhere) {
            if (!unused.remove(key)) {
                throw new CheckpointException(checkpoint.file().getFileName() + " lacks tensor " + key
                        + "; nothing was installed");
            }
        }
        Map<String, ModelProto> filled = new LinkedHashMap<>();
        for (Map.Entry<String, ModelProto> e : templates.entrySet()) {
            GraphProto.Builder graph = e.getValue().getGraph().toBuilder();
            for (int i = 0; i < graph.getInitializerCount(); i++) {
                TensorProto slot = graph.getInitializer(i);
                if (!isSlot(slot)) {
                    continue;
                }
                SafetensorsFile.Entry tensor = checkpoint.entries().get(slot.getName());
                if (tensor == null) {
                    throw new CheckpointException(checkpoint.file().getFileName() + " lacks tensor " + slot.getName()
                            + " (" + e.getKey() + " needs it); nothing was installed");
                }
                long[] expected = slot.getDimsList().stream().mapToLong(Long::longValue).toArray();
                if (!Arrays.equals(expected, tensor.shape())) {
                    throw new CheckpointException(checkpoint.file().getFileName() + ": tensor " + slot.getName()
                            + " has shape " + Arrays.toString(tensor.shape()) + ", " + e.getKey() + " needs "
                            + Arrays.toString(expected) + "; nothing was installed");
                }
                graph.setInitializer(i, slot.toBuilder().setRawData(littleEndian(checkpoint.readFloats(tensor))));
                unused.remove(slot.getName());
            }
            filled.put(e.getKey(), e.getValue().toBuilder().setGraph(graph).build());
        }
        if (!unused.isEmpty()) {
            throw new CheckpointException(checkpoint.file().getFileName() + " has tensors no graph uses (" + unused
                    .stream().limit(5).toList() + (unused.size() > 5 ? " and " + (unused.size() - 5) + " more" : "")
                    + "): not the checkpoint these templates are for; nothing was installed");
        }
        return filled;
    }

    private static ByteString littleEndian(float[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        return ByteString.copyFrom(bytes.array());
    }
}
