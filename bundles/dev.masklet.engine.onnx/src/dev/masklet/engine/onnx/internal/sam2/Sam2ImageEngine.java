package dev.masklet.engine.onnx.internal.sam2;

import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import dev.masklet.core.image.RgbImage;
import dev.masklet.core.mask.BinaryMask;
import dev.masklet.engine.DeviceStatus;
import dev.masklet.engine.EngineCancelledException;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.FrameKey;
import dev.masklet.engine.ImageEmbedding;
import dev.masklet.engine.MaskPrediction;
import dev.masklet.engine.Prompt;
import dev.masklet.engine.SegmentationEngine;
import dev.masklet.engine.onnx.internal.CancellableRun;
import dev.masklet.engine.onnx.internal.EmbeddingCache;
import dev.masklet.engine.onnx.internal.EngineSettings;

/**
 * SAM 2 in image mode: a frame is segmented on its own, with only the vision encoder and the mask decoder of the
 * host contract, exactly as the video host treats the first prompted frame of an object (CONTRACT.md §5.3 with
 * {@code is_init}): decoder input {@code backbone_feat + no_memory_embedding}, points scaled as transformers does,
 * multimask output for one click, the video-resolution mask by one bilinear resize of the low-res logits. It reuses
 * the host loop's classes ({@link Sam2Model}, {@link Sam2Preprocessor}, {@link Sam2Prompt},
 * {@link Sam2MaskPostprocessor}).
 *
 * <p>The split decoder takes no mask prompt (CONTRACT.md §2.2), so {@link Prompt#previousLowResLogits()} is not
 * used: refinement comes from the clicks. Embeddings hold the encoder's features on the Java heap (about 16 MB per
 * frame at 1024²) so they need no closing; the most recent ones are kept by frame, and the next frames are encoded
 * in the background, as the default engine does ({@link EmbeddingCache}, sized by the {@code engine.embeddingCache}
 * preference). Model calls are serialised: {@link Sam2Model} reuses its input buffers.
 */
public final class Sam2ImageEngine implements SegmentationEngine, AutoCloseable {
    private final String name;
    private final Sam2Model model;
    private final Sam2Config config;
    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final EmbeddingCache embeddings;

    private Sam2ImageEngine(String name, Sam2Model model, int cachedFrames) {
        this.name = name;
        this.model = model;
        this.config = model.config();
        this.embeddings = new EmbeddingCache(cachedFrames, this::encode);
    }

    /**
     * @param settings ONNX Runtime threads, optimisation level, arena and device
     * @throws EngineException naming the file and the problem when the folder does not hold a contract model
     */
    public static Sam2ImageEngine open(Path directory, EngineSettings settings) throws EngineException {
        return open(directory.getFileName().toString(), directory, settings);
    }

    /** {@link #open(Path, EngineSettings)} under another name (the name the user chose it by). */
    public static Sam2ImageEngine open(String name, Path directory, EngineSettings settings) throws EngineException {
        try {
            return new Sam2ImageEngine(name, Sam2Model.open(directory, settings), settings.embeddingCache());
        } catch (Sam2Exception e) {
            throw new EngineException(e.getMessage(), e);
        }
    }

    @Override
    public DeviceStatus deviceStatus() {
        return model.deviceStatus();
    }

    /** One object's decoder outputs on one image, with what {@link MaskPrediction} leaves out. */
    public record Result(MaskPrediction prediction, float objectScore, float[] objectPointer) {
    }

    @Override
    public String modelName() {
        return name;
    }

    @Override
    public void ensureReady() {
        // the graphs were opened and validated by open()
    }

    @Override
    public ImageEmbedding encode(RgbImage image) throws EngineException {
        return encode(image, () -> false);
    }

    /** Runs the vision encoder; it stops when {@code cancelled} turns true ({@link CancellableRun}). */
    private ImageEmbedding encode(RgbImage image, BooleanSupplier cancelled) throws EngineException {
        Sam2Preprocessor preprocessor = new Sam2Preprocessor(model.constants(), image.width(), image.height());
        float[] pixels = new float[preprocessor.outputLength()];
        preprocessor.process(image.rgb(), pixels);
        synchronized (model) {
            if (cancelled.getAsBoolean()) {
                throw new EngineCancelledException("SAM 2 encoding cancelled");
            }
            try (CancellableRun run = new CancellableRun(cancelled);
                    Sam2FrameFeatures features = model.encodeFrame(pixels, run.options())) {
                return new Embedding(image.width(), image.height(), Sam2Model.floats(features.highRes0()),
                        Sam2Model.floats(features.highRes1()), Sam2Model.floats(features.backboneFeat()));
            } catch (OrtException | Sam2Exception e) {
                if (cancelled.getAsBoolean()) {
                    throw new EngineCancelledException("SAM 2 encoding cancelled");
                }
                throw new EngineException("SAM 2 vision encoder failed: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public ImageEmbedding encode(FrameKey frame, RgbImage image) throws EngineException {
        return embeddings.get(frame, image);
    }

    @Override
    public ImageEmbedding encode(FrameKey frame, RgbImage image, BooleanSupplier cancelled) throws EngineException {
        return embeddings.get(frame, image, cancelled);
    }

    @Override
    public void prefetch(FrameKey frame, RgbImage image) {
        embeddings.prefetch(frame, image);
    }

    @Override
    public void cancelPrefetch() {
        embeddings.cancelQueued();
    }

    /** The frames whose embeddings are cached, least recently used first. */
    public List<FrameKey> cachedFrames() {
        return embeddings.cachedFrames();
    }

    @Override
    public MaskPrediction predict(ImageEmbedding embedding, Prompt prompt) throws EngineException {
        return decode(embedding, prompt).prediction();
    }

    /** {@link #predict} with the object score and pointer as well. */
    public Result decode(ImageEmbedding embedding, Prompt prompt) throws EngineException {
        if (!(embedding instanceof Embedding emb)) {
            throw new IllegalArgumentException("embedding was not made by this engine");
        }
        if (prompt.isEmpty()) {
            throw new IllegalArgumentException("a prompt needs at least one point or a box");
        }
        Sam2PointInput points = toSam2(prompt).toModelSpace(emb.imageWidth, emb.imageHeight, config.imageSize());
        boolean multimask = config.multimaskOutputInSam() && config.multimaskMinPointCount() <= points.count()
                && points.count() <= config.multimaskMaxPointCount();
        float[] lowRes;
        float iou;
        float objectScore;
        float[] pointer;
        synchronized (model) {
            try (Sam2FrameFeatures features = emb.toFeatures(env, config);
                    Sam2ImageEmbedding initial = model.initialImageEmbedding(features);
                    Sam2DecoderOutput out = model.decode(initial, features, points.coords(), points.labels(),
                            multimask)) {
                lowRes = out.lowResLogits();
                iou = out.iouScore();
                objectScore = out.objectScore();
                pointer = out.objectPointer();
            } catch (OrtException | Sam2Exception e) {
                throw new EngineException("SAM 2 mask decoder failed: " + e.getMessage(), e);
            }
        }
        byte[] mask = Sam2MaskPostprocessor.videoMask(lowRes, config.lowResMaskSize(), emb.imageWidth, emb.imageHeight);
        // an absent object (score <= 0) comes with an all-negative mask; its IoU guess means nothing then
        float score = objectScore > 0 ? iou : 0f;
        return new Result(new MaskPrediction(new BinaryMask(emb.imageWidth, emb.imageHeight, mask), score, lowRes),
                objectScore, pointer);
    }

    /** A box first, then the clicks: the order the video host and transformers use. */
    private static Sam2Prompt toSam2(Prompt prompt) {
        int n = prompt.points().size();
        float[] xy = new float[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            Prompt.Point p = prompt.points().get(i);
            xy[2 * i] = (float) p.x();
            xy[2 * i + 1] = (float) p.y();
            labels[i] = p.positive() ? Sam2Prompt.POSITIVE : Sam2Prompt.NEGATIVE;
        }
        Prompt.Box b = prompt.box();
        if (b == null) {
            return Sam2Prompt.clicks(xy, labels);
        }
        Sam2Prompt box = Sam2Prompt.box((float) b.x0(), (float) b.y0(), (float) b.x1(), (float) b.y1());
        return n == 0 ? box : box.withClicks(xy, labels);
    }

    @Override
    public void close() {
        embeddings.close();
        synchronized (model) {
            model.close();
        }
    }

    /** The vision encoder's outputs the decoder needs, copied to the heap. */
    private record Embedding(int imageWidth, int imageHeight, float[] highRes0, float[] highRes1,
            float[] backboneFeat) implements ImageEmbedding {
        Sam2FrameFeatures toFeatures(OrtEnvironment env, Sam2Config config) throws OrtException {
            List<OnnxTensor> tensors = new ArrayList<>();
            try {
                int size = config.imageSize();
                int hidden = config.hiddenDim();
                tensors.add(OnnxTensor.createTensor(env, FloatBuffer.wrap(highRes0),
                        new long[] {1, hidden / 8, size / 4, size / 4}));
                tensors.add(OnnxTensor.createTensor(env, FloatBuffer.wrap(highRes1),
                        new long[] {1, hidden / 4, size / 8, size / 8}));
                tensors.add(OnnxTensor.createTensor(env, FloatBuffer.wrap(backboneFeat),
                        new long[] {1, hidden, config.featureHeight(), config.featureWidth()}));
            } catch (OrtException | RuntimeException e) {
                tensors.forEach(OnnxTensor::close);
                throw e;
            }
            return new Sam2FrameFeatures(() -> tensors.forEach(OnnxTensor::close), tensors.get(0), tensors.get(1),
                    tensors.get(2), null);
        }
    }
}
