package dev.masklet.engine.onnx.internal.graph;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import com.google.protobuf.ByteString;

import dev.masklet.engine.onnx.internal.graph.proto.OnnxProtos.AttributeProto;
import dev.masklet.engine.onnx.internal.graph.proto.OnnxProtos.GraphProto;
import dev.masklet.engine.onnx.internal.graph.proto.OnnxProtos.ModelProto;
import dev.masklet.engine.onnx.internal.graph.proto.OnnxProtos.NodeProto;
import dev.masklet.engine.onnx.internal.graph.proto.OnnxProtos.OperatorSetIdProto;
import dev.masklet.engine.onnx.internal.graph.proto.OnnxProtos.TensorProto;
import dev.masklet.engine.onnx.internal.graph.proto.OnnxProtos.ValueInfoProto;

/**
 * Rewrites attention written out step by step into ONNX Runtime's fused {@code com.microsoft.MultiHeadAttention}.
 * <p>
 * The pattern is what exporters trace from {@code softmax(q @ kᵀ · scale) @ v} over heads in
 * {@code [batch, heads, tokens, head size]} layout:
 * {@code MatMul(q, Transpose(k, 0 1 3 2)) → [Mul(scale) | Div(1/scale)] → Softmax(last axis) → MatMul(·, v)
 * → Transpose(0 2 1 3) → Reshape(to [batch, tokens, heads·head size])}. It becomes one MultiHeadAttention over q, k,
 * v brought to {@code [batch, tokens, heads·head size]}, with the same scale. Why: the step-by-step form materialises
 * the whole score matrix (for SAM 2's memory attention 4096 × 28 736 floats per layer, ≈ 0.47 GB) where the fused
 * kernel works in blocks; the arithmetic is the same up to float rounding.
 * <p>
 * The head count is not recoverable from an exported graph without shape inference, so the caller gives it (SAM 2's
 * {@code memory_attention_num_attention_heads}).
 */
public final class AttentionFusion {
    static final String MICROSOFT_DOMAIN = "com.microsoft";
    private static final String TO_TOKENS_SHAPE = "masklet_fused_attention_to_tokens_shape";

    private AttentionFusion() {
    }

    /** How many attention blocks {@link #fuse} rewrote, and the rewritten model. */
    public record Result(ModelProto model, int fusedBlocks) {
    }

    /** Rewrites every matching block; a graph with none (or already fused) comes back unchanged with 0. */
    public static Result fuse(ModelProto model, int numHeads) {
        if (numHeads < 1) {
            throw new IllegalArgumentException("numHeads must be at least 1, was " + numHeads);
        }
        GraphProto graph = model.getGraph();
        GraphIndex index = new GraphIndex(graph);
        Set<Integer> removed = new HashSet<>();
        TreeMap<Integer, List<NodeProto>> insertAt = new TreeMap<>();
        int fused = 0;
        for (int i = 0; i < graph.getNodeCount(); i++) {
            Optional<Block> block = match(index, i, defaultOpset(model));
            if (block.isEmpty() || block.get().nodes.stream().anyMatch(removed::contains)) {
                continue;
            }
            Block b = block.get();
            removed.addAll(b.nodes);
            insertAt.put(b.reshape, replacement(b, fused, numHeads));
            fused++;
        }
        if (fused == 0) {
            return new Result(model, 0);
        }
        GraphProto.Builder out = graph.toBuilder().clearNode();
        for (int i = 0; i < graph.getNodeCount(); i++) {
            List<NodeProto> added = insertAt.get(i);
            if (added != null) {
                out.addAllNode(added);
            }
            if (!removed.contains(i)) {
                out.addNode(graph.getNode(i));
            }
        }
        dropUnreadConstants(out, graph);
        out.addInitializer(int64Vector(TO_TOKENS_SHAPE, 0, 0, -1));
        Set<String> stillThere = new HashSet<>();
        out.getNodeList().forEach(n -> stillThere.addAll(n.getOutputList()));
        List<ValueInfoProto> info = new ArrayList<>(out.getValueInfoList());
        out.clearValueInfo();
        info.stream().filter(v -> stillThere.contains(v.getName())).forEach(out::addValueInfo);
        ModelProto.Builder result = model.toBuilder().setGraph(out);
        if (model.getOpsetImportList().stream().noneMatch(o -> o.getDomain().equals(MICROSOFT_DOMAIN))) {
            result.addOpsetImport(OperatorSetIdProto.newBuilder().setDomain(MICROSOFT_DOMAIN).setVersion(1));
        }
        return new Result(result.build(), fused);
    }

    /** The scale and shape constants of the removed nodes would otherwise stay behind, read by nothing. */
    private static void dropUnreadConstants(GraphProto.Builder out, GraphProto graph) {
        Set<String> read = new HashSet<>();
        out.getNodeList().forEach(n -> read.addAll(n.getInputList()));
        graph.getOutputList().forEach(o -> read.add(o.getName()));
        List<NodeProto> kept = out.getNodeList().stream()
                .filter(n -> !GraphIndex.isOp(n, "Constant") || n.getOutputList().stream().anyMatch(read::contains))
                .toList();
        out.clearNode().addAllNode(kept);
    }

    /** True when the model already uses the fused operator (a graph converted with it, or rewritten before). */
    public static boolean usesFusedAttention(ModelProto model) {
        return model.getGraph().getNodeList().stream()
                .anyMatch(n -> n.getOpType().equals("MultiHeadAttention") && n.getDomain().equals(MICROSOFT_DOMAIN));
    }

    /** The matched nodes (all removed) and where q, k, v come from. */
    private record Block(List<Integer> nodes, int reshape, String q, String k, String v, float scale, String output,
            String name) {
    }

    private static Optional<Block> match(GraphIndex g, int softmaxIndex, long opset) {
        NodeProto softmax = g.node(softmaxIndex);
        if (!GraphIndex.isOp(softmax, "Softmax") || !lastAxis(softmax, opset)) {
            return Optional.empty();
        }
        List<Integer> nodes = new ArrayList<>(List.of(softmaxIndex));
        String scores = softmax.getInput(0);
        float scale = 1f;
        int scaleNode = g.producer(scores);
        if (scaleNode < 0) {
            return Optional.empty();
        }
        NodeProto s = g.node(scaleNode);
        if (GraphIndex.isOp(s, "Mul") || GraphIndex.isOp(s, "Div")) {
            Optional<Float> c0 = g.scalar(s.getInput(0));
            Optional<Float> c1 = g.scalar(s.getInput(1));
            String other;
            if (c1.isPresent()) {
                scale = GraphIndex.isOp(s, "Mul") ? c1.get() : 1f / c1.get();
                other = s.getInput(0);
            } else if (c0.isPresent() && GraphIndex.isOp(s, "Mul")) {
                scale = c0.get();
                other = s.getInput(1);
            } else {
                return Optional.empty();
            }
            if (g.onlyReader(scores) != softmaxIndex) {
                return Optional.empty();
            }
            nodes.add(scaleNode);
            scores = other;
        }
        int qk = g.producerOf(scores, "MatMul");
        if (qk < 0 || g.onlyReader(scores) != nodes.get(nodes.size() - 1)) {
            return Optional.empty();
        }
        nodes.add(qk);
        String q = g.node(qk).getInput(0);
        String kt = g.node(qk).getInput(1);
        int transposeK = g.producerOf(kt, "Transpose");
        if (transposeK < 0 || !GraphIndex.ints(g.node(transposeK), "perm").equals(List.of(0L, 1L, 3L, 2L))) {
            return Optional.empty();
        }
        String k = g.node(transposeK).getInput(0);
        if (g.readerCount(kt) == 1) {
            nodes.add(transposeK);
        }
        int pv = g.onlyReader(softmax.getOutput(0));
        if (pv < 0 || !GraphIndex.isOp(g.node(pv), "MatMul") || !g.node(pv).getInput(0).equals(softmax.getOutput(0))) {
            return Optional.empty();
        }
        nodes.add(pv);
        String v = g.node(pv).getInput(1);
        int toTokens = g.onlyReader(g.node(pv).getOutput(0));
        if (toTokens < 0 || !GraphIndex.isOp(g.node(toTokens), "Transpose")
                || !GraphIndex.ints(g.node(toTokens), "perm").equals(List.of(0L, 2L, 1L, 3L))) {
            return Optional.empty();
        }
        nodes.add(toTokens);
        int reshape = g.onlyReader(g.node(toTokens).getOutput(0));
        if (reshape < 0 || !GraphIndex.isOp(g.node(reshape), "Reshape")) {
            return Optional.empty();
        }
        nodes.add(reshape);
        return Optional.of(new Block(nodes, reshape, q, k, v, scale, g.node(reshape).getOutput(0),
                softmax.getName().isEmpty() ? "attention" : softmax.getName()));
    }

    private static List<NodeProto> replacement(Block b, int n, int numHeads) {
        String prefix = "masklet_fused_attention_" + n + "_";
        List<NodeProto> nodes = new ArrayList<>();
        String q = toTokens(b.q, prefix + "q", nodes);
        String k = toTokens(b.k, prefix + "k", nodes);
        String v = toTokens(b.v, prefix + "v", nodes);
        nodes.add(NodeProto.newBuilder().setOpType("MultiHeadAttention").setDomain(MICROSOFT_DOMAIN)
                .setName(prefix + "mha").addInput(q).addInput(k).addInput(v).addOutput(b.output)
                .addAttribute(AttributeProto.newBuilder().setName("num_heads").setType(AttributeProto.AttributeType.INT)
                        .setI(numHeads))
                .addAttribute(AttributeProto.newBuilder().setName("scale")
                        .setType(AttributeProto.AttributeType.FLOAT).setF(b.scale))
                .build());
        return nodes;
    }

    /** [batch, heads, tokens, size] → [batch, tokens, heads·size], the layout MultiHeadAttention takes. */
    private static String toTokens(String input, String name, List<NodeProto> nodes) {
        nodes.add(NodeProto.newBuilder().setOpType("Transpose").setName(name + "_transpose").addInput(input)
                .addOutput(name + "_bsnh")
                .addAttribute(AttributeProto.newBuilder().setName("perm").setType(AttributeProto.AttributeType.INTS)
                        .addInts(0).addInts(2).addInts(1).addInts(3))
                .build());
        nodes.add(NodeProto.newBuilder().setOpType("Reshape").setName(name + "_reshape").addInput(name + "_bsnh")
                .addInput(TO_TOKENS_SHAPE).addOutput(name + "_tokens").build());
        return name + "_tokens";
    }

    /** Softmax's axis defaults to the last one from opset 13 on; before, it meant "flatten from axis 1". */
    private static boolean lastAxis(NodeProto softmax, long opset) {
        return GraphIndex.attribute(softmax, "axis").map(a -> a.getI() == -1).orElse(opset >= 13);
    }

    private static long defaultOpset(ModelProto model) {
        return model.getOpsetImportList().stream()
                .filter(o -> o.getDomain().isEmpty() || o.getDomain().equals("ai.onnx"))
                .mapToLong(OperatorSetIdProto::getVersion).max().orElse(0);
    }

    private static TensorProto int64Vector(String name, long... values) {
        ByteBuffer data = ByteBuffer.allocate(values.length * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (long value : values) {
            data.putLong(value);
        }
        return TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.INT64_VALUE)
                .addDims(values.length).setRawData(ByteString.copyFrom(data.array())).build();
    }
}
