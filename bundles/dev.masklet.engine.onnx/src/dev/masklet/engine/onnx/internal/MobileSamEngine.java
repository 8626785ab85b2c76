package dev.masklet.engine.onnx.internal;

import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
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

/**
 * The default engine: MobileSAM (TinyViT encoder + SAM prompt decoder) on ONNX Runtime, on the CPU or, when the
 * preferences ask for it and it is available, CUDA. Registered as an OSGi service by OSGI-INF/mobilesam-engine.xml;
 * sessions are opened on first use, not at activation, so the workbench starts without waiting for a model. The
 * preferences ({@link EngineSettings}) are read when the sessions are opened.
 */
public final class MobileSamEngine implements SegmentationEngine {
    private static final int INPUT = 1024;
    private static final int EMBED_C = 256;
    private static final int EMBED_HW = 64;
    private static final int LOW_RES = 256;
    private static final SamPreprocessor PREPROCESSOR = new SamPreprocessor(INPUT,
            new float[] {123.675f, 116.28f, 103.53f}, new float[] {58.395f, 57.12f, 57.375f});

    /** The decoder outputs of one prompt's mask, and those with every candidate. */
    private static final Set<String> SELECTED = Set.of("masks", "iou_predictions", "low_res_masks");
    private static final Set<String> WITH_CANDIDATES = Set.of("masks", "iou_predictions",
            "low_res_masks", DecoderCandidates.ALL_LOW_RES, DecoderCandidates.ALL_IOU);

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final Supplier<EngineSettings> settings;
    /** Where the model folder {@code mobilesam} lives; null for {@link ModelFolder#modelsRoot()}, read on each open. */
    private final Path modelsRoot;
    private final AtomicLong encoderRuns = new AtomicLong();
    private volatile DeviceStatus deviceStatus;
    /** Created on first use, with the size the preferences give then. */
    private EmbeddingCache embeddings;
    /**
     * Model runs hold the read lock, opening and closing sessions the write lock: closing a session while a run
     * is inside it crashes the native runtime (seen when the workbench shut down during an encode).
     */
    private final ReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private OrtSession encoder;
    private OrtSession decoder;
    /** Whether the decoder session also returns every candidate mask and its IoU estimate. */
    private volatile boolean candidateOutputs;
    private boolean deactivated;

    /** For Declarative Services: settings from the preferences. */
    public MobileSamEngine() {
        this(EngineSettings::current);
    }

    /** @param settings read each time the sessions are opened */
    public MobileSamEngine(Supplier<EngineSettings> settings) {
        this(settings, null);
    }

    /**
     * @param settings read each time the sessions are opened
     * @param modelsRoot the models folder holding {@code mobilesam/}; null for the product's
     */
    public MobileSamEngine(Supplier<EngineSettings> settings, Path modelsRoot) {
        this.settings = settings;
        this.modelsRoot = modelsRoot;
        this.deviceStatus = new DeviceStatus(EngineSettings.defaults().device(), "none", "model not loaded yet");
    }

    public void activate() {
        // nothing to do until the first call: see class comment
    }

    public void deactivate() {
        lifecycle.writeLock().lock();
        try {
            deactivated = true;
            synchronized (this) {
                if (embeddings != null) {
                    embeddings.close();
                }
            }
            closeSessions();
        } finally {
            lifecycle.writeLock().unlock();
        }
    }

    @Override
    public String modelName() {
        return "mobilesam";
    }

    @Override
    public void ensureReady() throws EngineException {
        // Fast path under the read lock: a background encode holds it too, so a click's decode does not wait for it.
        lifecycle.readLock().lock();
        try {
            if (encoder != null && !deactivated) {
                return;
            }
        } finally {
            lifecycle.readLock().unlock();
        }
        lifecycle.writeLock().lock();
        try {
            openSessions();
        } finally {
            lifecycle.writeLock().unlock();
        }
    }

    private void openSessions() throws EngineException {
        if (deactivated) {
            throw new EngineException("The segmentation engine has been shut down");
        }
        if (encoder != null) {
            return;
        }
        ModelFolder folder = ModelFolder.open((modelsRoot != null ? modelsRoot : ModelFolder.modelsRoot()).resolve("mobilesam"));
        EngineSettings current = settings.get();
        try {
            try {
                openWith(folder, current);
            } catch (OrtException e) {
                if (!"cuda".equals(deviceStatus.active())) {
                    throw e;
                }
                // the provider was added but the session could not use it (e.g. CUDA libraries missing)
                closeSessions();
                openWith(folder, current.withDevice("cpu"));
                deviceStatus = OrtOptions.cudaFallback(current.device(), CudaSupport.explain(e.getMessage()));
            }
            checkNames(encoder, folder.file("encoder").toString(), List.of("input"));
            checkNames(decoder, folder.file("decoder").toString(),
                    List.of("image_embeddings", "point_coords", "point_labels", "mask_input", "has_mask_input",
                            "orig_im_size"));
        } catch (OrtException e) {
            closeSessions();
            throw new EngineException("MobileSAM could not be loaded from " + folder.dir() + ": " + e.getMessage()
                    + "; " + ModelFolder.FETCH_HINT, e);
        } catch (EngineException e) {
            closeSessions();
            throw e;
        }
    }

    private void openWith(ModelFolder folder, EngineSettings current) throws OrtException, EngineException {
        OrtOptions.Configured configured = OrtOptions.configure(current);
        try (OrtSession.SessionOptions options = configured.options()) {
            deviceStatus = configured.status();
            encoder = env.createSession(folder.file("encoder").toString(), options);
            decoder = openDecoder(folder, options);
        }
    }

    /**
     * The decoder with its candidate masks as further outputs ({@link DecoderCandidates}); a decoder file whose
     * graph lacks them is opened as it is and gives one mask per prompt.
     */
    private OrtSession openDecoder(ModelFolder folder, OrtSession.SessionOptions options)
            throws OrtException, EngineException {
        try {
            byte[] model = java.nio.file.Files.readAllBytes(folder.file("decoder"));
            OrtSession session = env.createSession(DecoderCandidates.withCandidateOutputs(model), options);
            candidateOutputs = true;
            return session;
        } catch (java.io.IOException | IllegalArgumentException | OrtException e) {
            candidateOutputs = false;
            return env.createSession(folder.file("decoder").toString(), options);
        }
    }

    @Override
    public DeviceStatus deviceStatus() {
        return deviceStatus;
    }

    /** How often the image encoder has run (tests count them to see that the cache and prefetching work). */
    public long encoderRuns() {
        return encoderRuns.get();
    }

    /** The frames whose embeddings are cached, least recently used first. */
    public List<FrameKey> cachedFrames() {
        return embeddings().cachedFrames();
    }

    @Override
    public ImageEmbedding encode(FrameKey frame, RgbImage image) throws EngineException {
        return embeddings().get(frame, image);
    }

    /** Returns at once: the model itself is loaded on the background thread if it is not loaded yet. */
    @Override
    public void prefetch(FrameKey frame, RgbImage image) {
        embeddings().prefetch(frame, image);
    }

    @Override
    public void cancelPrefetch() {
        embeddings().cancelQueued();
    }

    private synchronized EmbeddingCache embeddings() {
        if (embeddings == null) {
            embeddings = new EmbeddingCache(settings.get().embeddingCache(), this::encode);
        }
        return embeddings;
    }

    private static void checkNames(OrtSession session, String file, List<String> inputs) throws EngineException {
        if (!session.getInputNames().containsAll(inputs)) {
            throw new EngineException("Model file " + file + " has inputs " + session.getInputNames()
                    + ", expected " + inputs + "; " + ModelFolder.FETCH_HINT);
        }
    }

    @Override
    public ImageEmbedding encode(RgbImage image) throws EngineException {
        return encode(image, () -> false);
    }

    /** Runs the encoder; it stops when {@code cancelled} turns true ({@link CancellableRun}). */
    private ImageEmbedding encode(RgbImage image, BooleanSupplier cancelled) throws EngineException {
        ensureReady();
        float[] pixels = PREPROCESSOR.toTensor(image);
        lifecycle.readLock().lock();
        encoderRuns.incrementAndGet();
        try (OnnxTensor input = OnnxTensor.createTensor(env, FloatBuffer.wrap(pixels), new long[] {1, 3, INPUT, INPUT});
                CancellableRun run = new CancellableRun(cancelled);
                OrtSession.Result out = open(encoder).run(Map.of("input", input), run.options())) {
            FloatBuffer embedding = ((OnnxTensor) out.get(0)).getFloatBuffer();
            float[] data = new float[EMBED_C * EMBED_HW * EMBED_HW];
            embedding.get(data);
            return new Embedding(image.width(), image.height(), data);
        } catch (OrtException e) {
            if (cancelled.getAsBoolean()) {
                throw new EngineCancelledException("MobileSAM encoding cancelled");
            }
            throw new EngineException("MobileSAM encoder failed: " + e.getMessage(), e);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    @Override
    public ImageEmbedding encode(FrameKey frame, RgbImage image, BooleanSupplier cancelled) throws EngineException {
        return embeddings().get(frame, image, cancelled);
    }

    @Override
    public MaskPrediction predict(ImageEmbedding embedding, Prompt prompt) throws EngineException {
        return decode(embedding, prompt, false).get(0);
    }

    /**
     * For a single click (one point, no box, no previous mask) the decoder's three candidates, best first by its
     * predicted IoU; the first is {@link #predict}'s mask, bit for bit. Otherwise the one mask of {@link #predict}.
     */
    @Override
    public List<MaskPrediction> candidates(ImageEmbedding embedding, Prompt prompt) throws EngineException {
        boolean singleClick = prompt.points().size() == 1 && prompt.box() == null
                && prompt.previousLowResLogits() == null;
        return decode(embedding, prompt, singleClick && candidateOutputs);
    }

    private List<MaskPrediction> decode(ImageEmbedding embedding, Prompt prompt, boolean allCandidates)
            throws EngineException {
        ensureReady();
        if (!(embedding instanceof Embedding emb)) {
            throw new IllegalArgumentException("embedding was not made by this engine");
        }
        if (prompt.isEmpty()) {
            throw new IllegalArgumentException("a prompt needs at least one point or a box");
        }
        double scale = PREPROCESSOR.scale(emb.imageWidth, emb.imageHeight);
        DecoderPrompt points = DecoderPrompt.of(prompt, scale);
        int n = points.size();
        float[] previous = prompt.previousLowResLogits();
        float[] maskInput = previous != null ? previous : new float[LOW_RES * LOW_RES];
        if (maskInput.length != LOW_RES * LOW_RES) {
            throw new IllegalArgumentException("previous logits must be 256x256");
        }
        lifecycle.readLock().lock();
        try (OnnxTensor tEmb = OnnxTensor.createTensor(env, FloatBuffer.wrap(emb.data), new long[] {1, EMBED_C, EMBED_HW, EMBED_HW});
                OnnxTensor tCoords = OnnxTensor.createTensor(env, FloatBuffer.wrap(points.coords()), new long[] {1, n, 2});
                OnnxTensor tLabels = OnnxTensor.createTensor(env, FloatBuffer.wrap(points.labels()), new long[] {1, n});
                OnnxTensor tMask = OnnxTensor.createTensor(env, FloatBuffer.wrap(maskInput), new long[] {1, 1, LOW_RES, LOW_RES});
                OnnxTensor tHas = OnnxTensor.createTensor(env, FloatBuffer.wrap(new float[] {previous != null ? 1f : 0f}), new long[] {1});
                OnnxTensor tSize = OnnxTensor.createTensor(env, FloatBuffer.wrap(new float[] {emb.imageHeight, emb.imageWidth}), new long[] {2});
                OrtSession.Result out = open(decoder).run(Map.of("image_embeddings", tEmb, "point_coords", tCoords,
                        "point_labels", tLabels, "mask_input", tMask, "has_mask_input", tHas, "orig_im_size", tSize),
                        allCandidates ? WITH_CANDIDATES : SELECTED)) {
            FloatBuffer logits = ((OnnxTensor) out.get("masks").orElseThrow()).getFloatBuffer();
            byte[] bits = new byte[emb.imageWidth * emb.imageHeight];
            for (int i = 0; i < bits.length; i++) {
                bits[i] = (byte) (logits.get(i) > 0f ? 1 : 0);
            }
            float score = ((OnnxTensor) out.get("iou_predictions").orElseThrow()).getFloatBuffer().get(0);
            FloatBuffer low = ((OnnxTensor) out.get("low_res_masks").orElseThrow()).getFloatBuffer();
            float[] lowRes = new float[LOW_RES * LOW_RES];
            low.get(lowRes);
            MaskPrediction selected = new MaskPrediction(new BinaryMask(emb.imageWidth, emb.imageHeight, bits), score,
                    lowRes);
            if (!allCandidates) {
                return List.of(selected);
            }
            return DecoderCandidates.best(selected,
                    ((OnnxTensor) out.get(DecoderCandidates.ALL_LOW_RES).orElseThrow()).getFloatBuffer(),
                    ((OnnxTensor) out.get(DecoderCandidates.ALL_IOU).orElseThrow()).getFloatBuffer(), LOW_RES, INPUT,
                    scale);
        } catch (OrtException e) {
            throw new EngineException("MobileSAM decoder failed: " + e.getMessage(), e);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /** A session that is still open; call with the read lock held. */
    private static OrtSession open(OrtSession session) throws EngineException {
        if (session == null) {
            throw new EngineException("The segmentation engine has been shut down");
        }
        return session;
    }

    private void closeSessions() {
        for (OrtSession s : new OrtSession[] {encoder, decoder}) {
            if (s != null) {
                try {
                    s.close();
                } catch (OrtException e) {
                    // closing during shutdown: nothing left to protect
                }
            }
        }
        encoder = null;
        decoder = null;
    }

    /**
     * The encoder's feature grid of an embedding made by this engine, for trackers that compare image regions by
     * the model's own features: {@value #EMBED_C} channels x {@value #EMBED_HW} x {@value #EMBED_HW} cells,
     * channel-major; cell (x, y) covers the input pixels [x, x + 1) x [y, y + 1) times {@link #featureCellSize}.
     *
     * @throws IllegalArgumentException for an embedding of another engine
     */
    public static FeatureGridData featureGrid(ImageEmbedding embedding) {
        if (!(embedding instanceof Embedding emb)) {
            throw new IllegalArgumentException("embedding was not made by MobileSAM");
        }
        return new FeatureGridData(EMBED_C, EMBED_HW, featureCellSize(emb.imageWidth, emb.imageHeight), emb.data);
    }

    /** How many image pixels one feature cell spans, for an image of this size (the long side fills the input). */
    public static double featureCellSize(int width, int height) {
        return (INPUT / (double) EMBED_HW) / PREPROCESSOR.scale(width, height);
    }

    /**
     * The encoder's features: {@code channels} x {@code size} x {@code size}, channel-major (shared, do not change).
     *
     * @param cellSize image pixels per cell side
     */
    public record FeatureGridData(int channels, int size, double cellSize, float[] data) {
    }

    /**
     * The encoder output of one image, kept on the Java heap (4 MB) so sessions can be shared by threads. Public
     * (in this internal package) for the tuning harness that keeps encoder outputs on disk.
     */
    public record Embedding(int imageWidth, int imageHeight, float[] data) implements ImageEmbedding {
    }
}
