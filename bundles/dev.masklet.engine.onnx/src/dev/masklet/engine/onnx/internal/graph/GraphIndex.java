package dev.masklet.engine.onnx.internal.graph;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.masklet.engine.onnx.internal.graph.proto.OnnxProtos.AttributeProto;
import dev.masklet.engine.onnx.internal.graph.proto.OnnxProtos.GraphProto;
import dev.masklet.engine.onnx.internal.graph.proto.OnnxProtos.NodeProto;
import dev.masklet.engine.onnx.internal.graph.proto.OnnxProtos.TensorProto;

/**
 * Who produces and who reads each tensor of a graph, and the constant values a pattern match needs (a scale, a
 * permutation), so that graph passes read as the pattern they look for rather than as index bookkeeping.
 */
final class GraphIndex {
    private final GraphProto graph;
    private final Map<String, Integer> producer = new HashMap<>();
    private final Map<String, List<Integer>> readers = new HashMap<>();
    private final Map<String, TensorProto> initializers = new HashMap<>();

    GraphIndex(GraphProto graph) {
        this.graph = graph;
        for (int i = 0; i < graph.getNodeCount(); i++) {
            NodeProto node = graph.getNode(i);
            for (String out : node.getOutputList()) {
                producer.put(out, i);
            }
            for (String in : node.getInputList()) {
                readers.computeIfAbsent(in, k -> new ArrayList<>()).add(i);
            }
        }
        graph.getOutputList().forEach(o -> readers.computeIfAbsent(o.getName(), k -> new ArrayList<>()).add(-1));
        graph.getInitializerList().forEach(t -> initializers.put(t.getName(), t));
    }

    NodeProto node(int index) {
        return graph.getNode(index);
    }

    /** The index of the node that computes {@code tensor}, or -1 for a graph input, an initializer or unknown. */
    int producer(String tensor) {
        return producer.getOrDefault(tensor, -1);
    }

    /** The only node reading {@code tensor} (-1 when none, several, or a graph output reads it). */
    int onlyReader(String tensor) {
        List<Integer> r = readers.getOrDefault(tensor, List.of());
        return r.size() == 1 ? r.get(0) : -1;
    }

    int readerCount(String tensor) {
        return readers.getOrDefault(tensor, List.of()).size();
    }

    /** Index of the node with this op type (default domain) producing {@code tensor}, or -1. */
    int producerOf(String tensor, String opType) {
        int p = producer(tensor);
        return p >= 0 && isOp(node(p), opType) ? p : -1;
    }

    static boolean isOp(NodeProto node, String opType) {
        return node.getOpType().equals(opType) && (node.getDomain().isEmpty() || node.getDomain().equals("ai.onnx"));
    }

    static Optional<AttributeProto> attribute(NodeProto node, String name) {
        return node.getAttributeList().stream().filter(a -> a.getName().equals(name)).findFirst();
    }

    static List<Long> ints(NodeProto node, String name) {
        return attribute(node, name).map(AttributeProto::getIntsList).orElse(List.of());
    }

    /** The value of a float32 scalar (or one-element) constant: an initializer or a {@code Constant} node. */
    Optional<Float> scalar(String tensor) {
        TensorProto t = initializers.get(tensor);
        if (t == null) {
            int p = producerOf(tensor, "Constant");
            if (p >= 0) {
                t = attribute(node(p), "value").filter(AttributeProto::hasT).map(AttributeProto::getT).orElse(null);
            }
        }
        if (t == null || t.getDataType() != TensorProto.DataType.FLOAT_VALUE
                || t.getDimsList().stream().mapToLong(Long::longValue).reduce(1, (a, b) -> a * b) != 1) {
            return Optional.empty();
        }
        if (t.getFloatDataCount() == 1) {
            return Optional.of(t.getFloatData(0));
        }
        if (t.getRawData().size() == Float.BYTES) {
            return Optional.of(ByteBuffer.wrap(t.getRawData().toByteArray()).order(ByteOrder.LITTLE_ENDIAN).getFloat());
        }
        return Optional.empty();
    }

    boolean isProducedOrGiven(String tensor) {
        return producer.containsKey(tensor) || initializers.containsKey(tensor)
                || graph.getInputList().stream().anyMatch(i -> i.getName().equals(tensor));
    }
}
