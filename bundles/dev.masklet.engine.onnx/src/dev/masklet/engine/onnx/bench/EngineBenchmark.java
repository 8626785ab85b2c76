package dev.masklet.engine.onnx.bench;

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
import dev.masklet.engine.onnx.internal.EngineSettings;
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
            throws EngineException {
        engine.ensureReady();
        ModelFolder folder = ModelFolder.open(ModelFolder.modelsRoot().resolve("mobilesam"));
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        // The raw sessions get the options the engine's own got (same preferences, same device), so the ratio
        // measures the engine's overhead only.
        try (OrtSession.SessionOptions options = OrtOptions.configure(EngineSettings.current()).options();
                OrtSession encoder = env.createSession(folder.file("encoder").toString(), options);
                OrtSession decoder = env.createSession(folder.file("decoder").toString(), options)) {
            float[] pixels = new float[3 * 1024 * 1024];
            Arrays.fill(pixels, 0.1f);
            float[] embedding = new float[256 * 64 * 64];
            Step rawEncode = () -> {
                try (OnnxTensor t = OnnxTensor.createTensor(env, FloatBuffer.wrap(pixels), new long[] {1, 3, 1024, 1024});
                        OrtSession.Result r = encoder.run(Map.of("input", t))) {
                    ((OnnxTensor) r.get(0)).getFloatBuffer().get(embedding);
                }
            };
            float scale = 1024f / Math.max(image.width(), image.height());
            Step rawDecode = () -> {
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
            };
            ImageEmbedding[] emb = new ImageEmbedding[1];
            Step engineEncode = () -> emb[0] = engine.encode(image);
            Prompt click = Prompt.of(List.of(new Prompt.Point(image.width() / 2.0, image.height() / 2.0, true)), null);
            Step engineClick = () -> engine.predict(emb[0], click);
            progress.accept("encoder: raw and engine, interleaved");
            double[] enc = pairedMedians(runs, rawEncode, engineEncode);
            progress.accept("decoder: raw and engine click-to-mask, interleaved");
            double[] dec = pairedMedians(runs * 4, rawDecode, engineClick);
            return new Result(runs, enc[0], enc[1], dec[0], dec[1]);
        } catch (OrtException e) {
            throw new EngineException("the raw ONNX Runtime sessions of the benchmark failed: " + e.getMessage(), e);
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    /**
     * Runs the two steps alternately (a, b, a, b, ...) after warm-up and returns both medians: interleaving makes
     * both see the same machine load, so their ratio stays meaningful on a busy machine.
     */
    private static double[] pairedMedians(int runs, Step a, Step b) throws EngineException {
        List<Double> ta = new ArrayList<>();
        List<Double> tb = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                a.run(); // warm-up: first runs allocate arenas and pick kernels
                b.run();
            }
            for (int i = 0; i < runs; i++) {
                ta.add(time(a));
                tb.add(time(b));
            }
        } catch (Exception e) {
            throw new EngineException("benchmark step failed: " + e.getMessage(), e);
        }
        return new double[] {median(ta), median(tb)};
    }

    private static double time(Step step) throws Exception {
        long t0 = System.nanoTime();
        step.run();
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double median(List<Double> times) {
        times.sort(null);
        int n = times.size();
        return n % 2 == 1 ? times.get(n / 2) : (times.get(n / 2 - 1) + times.get(n / 2)) / 2;
    }
}
