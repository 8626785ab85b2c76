package dev.masklet.engine.onnx.internal;

import java.io.ByteArrayOutputStream;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.engine.MaskPrediction;

/**
 * SAM's prompt decoder always computes four masks (one for a multi-point prompt, three candidates for a single
 * click: the whole object, a part, a sub-part) with an IoU estimate each, but the exported decoder returns only the
 * one it selects. This class names those two tensors of the exported graph and adds them to the graph's outputs, by
 * appending two {@code ValueInfoProto} entries to the {@code GraphProto} of the model's protobuf bytes (nothing else
 * changes), so that the engine can offer the other candidates. It also turns a candidate's low-resolution logits into
 * a mask at image size, the way the exported graph does it for the selected mask.
 */
public final class DecoderCandidates {
    /** [1, 4, 256, 256]: every mask token's low-resolution logits, before the selection. */
    static final String ALL_LOW_RES = "/Reshape_9_output_0";
    /** [1, 4]: every mask token's predicted IoU, before the selection. */
    static final String ALL_IOU = "/iou_prediction_head/layers.2/Gemm_output_0";
    /** ModelProto.graph and GraphProto.output field numbers (onnx.proto3). */
    private static final int MODEL_GRAPH = 7;
    private static final int GRAPH_OUTPUT = 12;

    private DecoderCandidates() {
    }

    /** The model with {@link #ALL_LOW_RES} and {@link #ALL_IOU} as further float outputs of its graph. */
    static byte[] withCandidateOutputs(byte[] model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(model.length + 256);
        int i = 0;
        boolean found = false;
        while (i < model.length) {
            int start = i;
            long[] key = varint(model, i);
            i = (int) key[1];
            int field = (int) (key[0] >>> 3);
            int wire = (int) (key[0] & 7);
            switch (wire) {
                case 0 -> i = (int) varint(model, i)[1];
                case 1 -> i += 8;
                case 5 -> i += 4;
                case 2 -> {
                    long[] len = varint(model, i);
                    int from = (int) len[1];
                    int to = from + (int) len[0];
                    if (field == MODEL_GRAPH) {
                        ByteArrayOutputStream graph = new ByteArrayOutputStream(to - from + 256);
                        graph.write(model, from, to - from);
                        for (String name : List.of(ALL_LOW_RES, ALL_IOU)) {
                            writeField(graph, GRAPH_OUTPUT, floatTensorInfo(name));
                        }
                        writeField(out, MODEL_GRAPH, graph.toByteArray());
                        found = true;
                        i = to;
                        continue;
                    }
                    i = to;
                }
                default -> throw new IllegalArgumentException("not an ONNX model (wire type " + wire + ")");
            }
            out.write(model, start, i - start);
        }
        if (!found) {
            throw new IllegalArgumentException("not an ONNX model: no graph");
        }
        return out.toByteArray();
    }

    /** ValueInfoProto {name, type: TypeProto {tensor_type {elem_type: FLOAT}}}. */
    private static byte[] floatTensorInfo(String name) {
        ByteArrayOutputStream info = new ByteArrayOutputStream();
        writeField(info, 1, name.getBytes(StandardCharsets.UTF_8));
        writeField(info, 2, new byte[] {0x0a, 0x02, 0x08, 0x01});
        return info.toByteArray();
    }

    private static void writeField(ByteArrayOutputStream out, int field, byte[] value) {
        writeVarint(out, (long) field << 3 | 2);
        writeVarint(out, value.length);
        out.write(value, 0, value.length);
    }

    private static void writeVarint(ByteArrayOutputStream out, long v) {
        while ((v & ~0x7fL) != 0) {
            out.write((int) (v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.write((int) v);
    }

    /** @return {value, index after it} */
    private static long[] varint(byte[] b, int i) {
        long r = 0;
        int shift = 0;
        while (true) {
            if (i >= b.length) {
                throw new IllegalArgumentException("not an ONNX model (truncated)");
            }
            int c = b[i++];
            r |= (long) (c & 0x7f) << shift;
            if ((c & 0x80) == 0) {
                return new long[] {r, i};
            }
            shift += 7;
        }
    }

    /**
     * The single-click candidates (mask tokens 1-3), best first by predicted IoU: the graph's own selection (the
     * best) as the graph made it, the others from their low-resolution logits.
     *
     * @param all every token's logits, [tokens * lowResSize²]; @param ious every token's predicted IoU
     */
    static List<MaskPrediction> best(MaskPrediction selected, FloatBuffer all, FloatBuffer ious, int lowResSize,
            int inputSize, double scale) {
        int width = selected.mask().width();
        int height = selected.mask().height();
        List<Integer> order = new ArrayList<>();
        for (int t = 1; t < ious.remaining(); t++) {
            order.add(t);
        }
        order.sort((a, b) -> Float.compare(ious.get(b), ious.get(a)));
        List<MaskPrediction> result = new ArrayList<>();
        result.add(selected);
        for (int t : order.subList(1, order.size())) {
            float[] low = new float[lowResSize * lowResSize];
            all.position(t * low.length);
            all.get(low);
            result.add(new MaskPrediction(new BinaryMask(width, height,
                    imageMask(low, lowResSize, inputSize, scale, width, height)), ious.get(t), low));
        }
        return result;
    }

    /**
     * A candidate's 256 x 256 logits as a mask at image size, as the exported graph treats the selected mask:
     * bilinear up to the model's input square, the part the image filled, bilinear down to the image size, then
     * {@code > 0}; both steps are sampled at once here (half-pixel centres).
     *
     * @param inputSize the model's input square (1024)
     * @param scale the image's scale into that square (long side = inputSize)
     */
    public static byte[] imageMask(float[] lowRes, int lowResSize, int inputSize, double scale, int width, int height) {
        double filledW = Math.floor(width * scale + 0.5);
        double filledH = Math.floor(height * scale + 0.5);
        double toLow = lowResSize / (double) inputSize;
        byte[] mask = new byte[width * height];
        for (int y = 0; y < height; y++) {
            double inY = (y + 0.5) * filledH / height - 0.5;
            double ly = Math.max(0, Math.min(lowResSize - 1, (inY + 0.5) * toLow - 0.5));
            int y0 = (int) ly;
            int y1 = Math.min(y0 + 1, lowResSize - 1);
            double fy = ly - y0;
            for (int x = 0; x < width; x++) {
                double inX = (x + 0.5) * filledW / width - 0.5;
                double lx = Math.max(0, Math.min(lowResSize - 1, (inX + 0.5) * toLow - 0.5));
                int x0 = (int) lx;
                int x1 = Math.min(x0 + 1, lowResSize - 1);
                double fx = lx - x0;
                double top = lowRes[y0 * lowResSize + x0] * (1 - fx) + lowRes[y0 * lowResSize + x1] * fx;
                double bottom = lowRes[y1 * lowResSize + x0] * (1 - fx) + lowRes[y1 * lowResSize + x1] * fx;
                mask[y * width + x] = top * (1 - fy) + bottom * fy > 0 ? (byte) 1 : (byte) 0;
            }
        }
        return mask;
    }
}
