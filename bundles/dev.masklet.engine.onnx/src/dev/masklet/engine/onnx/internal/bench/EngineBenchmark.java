package dev.masklet.engine.onnx.internal.bench;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.masklet.core.image.RgbImage;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.ImageEmbedding;
import dev.masklet.engine.Prompt;
import dev.masklet.engine.SegmentationEngine;
import dev.masklet.engine.onnx.internal.ModelFolder;
import dev.masklet.engine.onnx.internal.OrtOptions;

/**
 * Measures the engine against raw ONNX Runtime on the same model files, in one process: the raw encoder and
 * decoder session runs on prepared tensors, then the engine's encode (preprocessing included) and click-to-mask
 * (tensor building and mask thresholding included). Medians after warm-up runs.
 */
public final class EngineBenchmark {
    /** Median milliseconds of each measured step and the engine/raw ratios. */
    public record Result(int runs, double rawEncoderMs, double engineEncodeMs, double rawDecoderMs,
            double engineClickMs) {
        public double encodeRatio() {
            return engineEncodeMs / rawEncoderMs;
        }

        public double clickRatio() {
            return engineClickMs / rawDecoderMs;
        }
    }

    private EngineBenchmark() {
    }

    public static Result run(SegmentationEngine engine, RgbImage image, int runs, Consumer<String> progress)
            throws EngineException, OrtException {
        engine.ensureReady();
        ModelFolder folder = ModelFolder.open(ModelFolder.modelsRoot().resolve("mobilesam"));
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        double rawEnc;
        double rawDec;
        try (OrtSession encoder = env.createSession(folder.file("encoder").toString(), OrtOptions.cpu());
                OrtSession decoder = env.createSession(folder.file("decoder").toString(), OrtOptions.cpu())) {
            float[] pixels = new float[3 * 1024 * 1024];
            Arrays.fill(pixels, 0.1f);
            float[] embedding = new float[256 * 64 * 64];
            progress.accept("raw encoder");
            rawEnc = median(runs, () -> {
                try (OnnxTensor t = OnnxTensor.createTensor(env, FloatBuffer.wrap(pixels), new long[] {1, 3, 1024, 1024});
                        OrtSession.Result r = encoder.run(Map.of("input", t))) {
                    ((OnnxTensor) r.get(0)).getFloatBuffer().get(embedding);
                }
            });
            progress.accept("raw decoder");
            float scale = 1024f / Math.max(image.width(), image.height());
            rawDec = median(runs * 4, () -> {
                try (OnnxTensor e = OnnxTensor.createTensor(env, FloatBuffer.wrap(embedding), new long[] {1, 256, 64, 64});
                        OnnxTensor c = OnnxTensor.createTensor(env, FloatBuffer.wrap(new float[] {
                            image.width() / 2f * scale, image.height() / 2f * scale, 0, 0}), new long[] {1, 2, 2});
                        OnnxTensor l = OnnxTensor.createTensor(env, FloatBuffer.wrap(new float[] {1, -1}), new long[] {1, 2});
                        OnnxTensor m = OnnxTensor.createTensor(env, FloatBuffer.wrap(new float[256 * 256]), new long[] {1, 1, 256, 256});
                        OnnxTensor h = OnnxTensor.createTensor(env, FloatBuffer.wrap(new float[] {0}), new long[] {1});
                        OnnxTensor s = OnnxTensor.createTensor(env, FloatBuffer.wrap(new float[] {image.height(), image.width()}), new long[] {2});
                        OrtSession.Result r = decoder.run(Map.of("image_embeddings", e, "point_coords", c,
                                "point_labels", l, "mask_input", m, "has_mask_input", h, "orig_im_size", s))) {
                    r.get("masks");
                }
            });
        }
        progress.accept("engine encode");
        ImageEmbedding[] emb = new ImageEmbedding[1];
        double engEnc = median(runs, () -> emb[0] = engine.encode(image));
        progress.accept("engine click-to-mask");
        Prompt click = Prompt.of(List.of(new Prompt.Point(image.width() / 2.0, image.height() / 2.0, true)), null);
        double engClick = median(runs * 4, () -> engine.predict(emb[0], click));
        return new Result(runs, rawEnc, engEnc, rawDec, engClick);
    }

    private interface Step {
        void run() throws Exception;
    }

    private static double median(int runs, Step step) throws EngineException {
        List<Double> times = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                step.run(); // warm-up: first runs allocate arenas and pick kernels
            }
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                step.run();
                times.add((System.nanoTime() - t0) / 1e6);
            }
        } catch (Exception e) {
            throw new EngineException("benchmark step failed: " + e.getMessage(), e);
        }
        times.sort(null);
        int n = times.size();
        return n % 2 == 1 ? times.get(n / 2) : (times.get(n / 2 - 1) + times.get(n / 2)) / 2;
    }
}
