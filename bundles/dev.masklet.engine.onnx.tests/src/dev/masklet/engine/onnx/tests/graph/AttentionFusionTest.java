package dev.masklet.engine.onnx.tests.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.masklet.engine.onnx.internal.graph.AttentionFusion;
import dev.masklet.engine.onnx.internal.graph.OnnxGraphFile;
import dev.masklet.engine.onnx.internal.graph.proto.OnnxProtos.ModelProto;
import dev.masklet.engine.onnx.tests.sam2.Sam2Fixture;

/**
 * The MultiHeadAttention rewrite on the SAM 2.1 micro fixture's memory attention (real sizes: 4096 query tokens,
 * hidden 256, memory tokens of 64 channels): both blocks (self- and cross-attention) are fused, and ONNX Runtime gives
 * the same output as on the graph as exported. The whole host loop on the fused graph is checked against the
 * transformers reference by {@code Sam2ReferenceTest}, which opens the model the way users do (fused).
 */
class AttentionFusionTest {
    private static final OrtEnvironment ENV = OrtEnvironment.getEnvironment();

    private static Path memoryAttention() {
        return Sam2Fixture.directory().resolve("memory_attention.onnx");
    }

    @Test
    void fusesBothAttentionBlocksOfTheMemoryAttention() throws IOException {
        ModelProto exported = OnnxGraphFile.read(memoryAttention());
        assertFalse(AttentionFusion.usesFusedAttention(exported));
        AttentionFusion.Result result = AttentionFusion.fuse(exported, 1);
        assertEquals(2, result.fusedBlocks(), "self-attention and cross-attention to the memory");
        assertTrue(AttentionFusion.usesFusedAttention(result.model()));
        assertEquals(0, result.model().getGraph().getNodeList().stream()
                .filter(n -> n.getOpType().equals("Softmax")).count(), "no step-by-step softmax left");
        assertEquals(0, AttentionFusion.fuse(result.model(), 1).fusedBlocks(), "a fused graph is left as it is");
    }

    @Test
    void leavesGraphsWithoutTheAttentionPatternUnchanged() throws IOException {
        ModelProto encoder = OnnxGraphFile.read(Sam2Fixture.directory().resolve("memory_encoder.onnx"));
        AttentionFusion.Result result = AttentionFusion.fuse(encoder, 1);
        assertEquals(0, result.fusedBlocks());
        assertEquals(encoder, result.model());
    }

    /** One memory frame + 1 pointer, and the full bank (7 frames + 16 pointers, the largest call of the host). */
    @Test
    void fusedGraphComputesWhatTheExportedOneComputes() throws Exception {
        ModelProto exported = OnnxGraphFile.read(memoryAttention());
        byte[] fused = AttentionFusion.fuse(exported, 1).model().toByteArray();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(2);
            try (OrtSession plain = ENV.createSession(exported.toByteArray(), options);
                    OrtSession mha = ENV.createSession(fused, options)) {
                for (int[] memory : new int[][] { { 1, 1 }, { 7, 16 } }) {
                    Map<String, OnnxTensor> inputs = inputs(memory[0], memory[1], new Random(15 + memory[0]));
                    try (OrtSession.Result a = plain.run(inputs); OrtSession.Result b = mha.run(inputs)) {
                        float[] x = flat(a.get(0).getValue());
                        float[] y = flat(b.get(0).getValue());
                        assertEquals(x.length, y.length);
                        double worst = 0;
                        double largest = 0;
                        for (int i = 0; i < x.length; i++) {
                            worst = Math.max(worst, Math.abs(x[i] - y[i]));
                            largest = Math.max(largest, Math.abs(x[i]));
                        }
                        assertTrue(largest > 0.1, "the output is not trivially zero");
                        assertTrue(worst < 1e-4, memory[0] + " memory frames: fused output differs by " + worst);
                    } finally {
                        inputs.values().forEach(OnnxTensor::close);
                    }
                }
            }
        }
    }

    private static Map<String, OnnxTensor> inputs(int frames, int pointers, Random random) throws OrtException {
        int tokens = 4096 * frames + 4 * pointers;
        return Map.of(
                "current_vision_feat", tensor(random, 1, 256, 64, 64),
                "current_vision_pos", tensor(random, 1, 256, 64, 64),
                "memory", tensor(random, 1, tokens, 64),
                "memory_pos", tensor(random, 1, tokens, 64),
                "num_obj_ptr_tokens", OnnxTensor.createTensor(ENV, IntBuffer.wrap(new int[] { 4 * pointers }),
                        new long[] { 1 }));
    }

    private static OnnxTensor tensor(Random random, long... shape) throws OrtException {
        int n = 1;
        for (long d : shape) {
            n *= (int) d;
        }
        float[] data = new float[n];
        for (int i = 0; i < n; i++) {
            data[i] = (float) random.nextGaussian();
        }
        return OnnxTensor.createTensor(ENV, FloatBuffer.wrap(data), shape);
    }

    private static float[] flat(Object value) {
        float[][][][] v = (float[][][][]) value;
        float[] out = new float[v[0].length * v[0][0].length * v[0][0][0].length];
        int i = 0;
        for (float[][] plane : v[0]) {
            for (float[] row : plane) {
                for (float f : row) {
                    out[i++] = f;
                }
            }
        }
        return out;
    }
}
