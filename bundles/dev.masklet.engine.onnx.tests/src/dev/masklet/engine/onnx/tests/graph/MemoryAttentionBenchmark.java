package dev.masklet.engine.onnx.tests.graph;

import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.masklet.engine.onnx.internal.graph.AttentionFusion;
import dev.masklet.engine.onnx.internal.graph.OnnxGraphFile;
import dev.masklet.engine.onnx.internal.graph.proto.OnnxProtos.ModelProto;

/**
 * Time and peak memory of one tracked frame's memory attention, as exported or fused into MultiHeadAttention, on the
 * micro fixture's real-size layer (4096 query tokens, hidden 256; a real SAM 2.1 model has 4 such layers). One
 * variant per process so that the peak resident size is that variant's. Run by {@code scripts/bench-sam2-attention.sh}.
 * <p>
 * Arguments: {@code exported|fused OBJECTS MEMORY_FRAMES FRAMES THREADS}; each object is one call per frame with
 * MEMORY_FRAMES × 4096 spatial tokens and 16 object pointers (64 tokens).
 */
public final class MemoryAttentionBenchmark {
    private MemoryAttentionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean fused = args[0].equals("fused");
        int objects = Integer.parseInt(args[1]);
        int memoryFrames = Integer.parseInt(args[2]);
        int frames = Integer.parseInt(args[3]);
        int threads = Integer.parseInt(args[4]);
        Path file = Path.of(System.getProperty("masklet.sam2.fixture"), "memory_attention.onnx");
        ModelProto model = OnnxGraphFile.read(file);
        byte[] bytes = fused ? AttentionFusion.fuse(model, 1).model().toByteArray() : model.toByteArray();
        model = null;
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            try (OrtSession session = env.createSession(bytes, options)) {
                int tokens = 4096 * memoryFrames + 64;
                Random random = new Random(15);
                Map<String, OnnxTensor> inputs = Map.of(
                        "current_vision_feat", tensor(env, random, 1, 256, 64, 64),
                        "current_vision_pos", tensor(env, random, 1, 256, 64, 64),
                        "memory", tensor(env, random, 1, tokens, 64),
                        "memory_pos", tensor(env, random, 1, tokens, 64),
                        "num_obj_ptr_tokens", OnnxTensor.createTensor(env, IntBuffer.wrap(new int[] { 64 }),
                                new long[] { 1 }));
                List<Double> perFrame = new ArrayList<>();
                for (int f = 0; f < frames + 1; f++) { // the first frame warms up
                    long start = System.nanoTime();
                    for (int o = 0; o < objects; o++) {
                        try (OrtSession.Result r = session.run(inputs)) {
                            r.get(0);
                        }
                    }
                    if (f > 0) {
                        perFrame.add((System.nanoTime() - start) / 1e6);
                    }
                }
                double[] sorted = perFrame.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                System.out.printf(Locale.ROOT, "| %s | %d | %d | %.0f ms | %.0f MB | %s |%n",
                        fused ? "fused" : "exported", objects, memoryFrames, sorted[sorted.length / 2], peakRssMb(),
                        Arrays.toString(Arrays.stream(sorted).mapToLong(Math::round).toArray()));
            }
        }
    }

    private static OnnxTensor tensor(OrtEnvironment env, Random random, long... shape) throws Exception {
        int n = (int) Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        float[] data = new float[n];
        for (int i = 0; i < n; i++) {
            data[i] = (float) random.nextGaussian();
        }
        return OnnxTensor.createTensor(env, FloatBuffer.wrap(data), shape);
    }

    private static double peakRssMb() throws Exception {
        for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (l.startsWith("VmHWM:")) {
                return Long.parseLong(l.substring(6).trim().split("\\s+")[0]) / 1024.0;
            }
        }
        return -1;
    }
}
