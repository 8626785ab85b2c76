package dev.masklet.engine.onnx.internal.sam2;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.masklet.engine.DeviceStatus;
import dev.masklet.engine.onnx.internal.CudaSupport;
import dev.masklet.engine.onnx.internal.EngineSettings;
import dev.masklet.engine.onnx.internal.OrtOptions;

/**
 * The five SAM 2 graphs of a model folder, opened once and validated against the host contract, with one typed
 * method per graph. Holds reusable direct buffers for the large inputs (ONNX Runtime reads direct native-order
 * buffers in place), so it is confined to one thread like the tracker that owns it.
 */
public final class Sam2Model implements AutoCloseable {
    private final Path directory;
    private final Sam2Constants constants;
    private final Sam2Config config;
    private final OrtEnvironment env;
    private final OrtSession.SessionOptions sessionOptions;
    private final Map<Sam2Graph, OrtSession> sessions = new EnumMap<>(Sam2Graph.class);
    private final Sam2Timings timings = new Sam2Timings();
    private final FloatBuffer pixelBuffer;
    private final FloatBuffer embedBuffer;
    private DeviceStatus deviceStatus;
    /** Runs the graphs: on their sessions, or through a test's decorator. */
    private Sam2GraphRunner runner = this::runSession;
    /** The first memory position encoding seen; later identical ones share it (it is input-independent). */
    private float[] sharedMemoryPositionEncoding;

    private Sam2Model(Path directory, Sam2Constants constants, OrtEnvironment env,
            OrtSession.SessionOptions sessionOptions) {
        this.directory = directory;
        this.constants = constants;
        this.config = constants.config();
        this.env = env;
        this.sessionOptions = sessionOptions;
        this.pixelBuffer = directFloats(3L * config.imageSize() * config.imageSize());
        this.embedBuffer = directFloats((long) config.hiddenDim() * config.memoryTokensPerFrame());
    }

    /**
     * Opens {@code vision_encoder.onnx}, {@code mask_decoder.onnx}, {@code memory_encoder.onnx},
     * {@code memory_attention.onnx}, {@code obj_ptr_tpos_proj.onnx} and {@code constants.json/.bin} from a folder.
     *
     * @param intraOpThreads ONNX Runtime threads per graph call; 0 lets ONNX Runtime choose
     * @throws Sam2Exception naming the file and the mismatch when a file is missing or does not fit the contract
     */
    public static Sam2Model open(Path directory, int intraOpThreads) {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        try {
            if (intraOpThreads > 0) {
                options.setIntraOpNumThreads(intraOpThreads);
            }
        } catch (OrtException e) {
            options.close();
            throw new Sam2Exception("cannot set ONNX Runtime options: " + e.getMessage(), e);
        }
        return open(directory, options, new DeviceStatus("cpu", "cpu", "running on CPU"));
    }

    /**
     * {@link #open(Path, int)} with the graph runs going through {@code decorator} (given the runner that runs the
     * ONNX sessions): how tests feed the graphs what a faulty host loop would.
     */
    public static Sam2Model open(Path directory, int intraOpThreads, UnaryOperator<Sam2GraphRunner> decorator) {
        Sam2Model model = open(directory, intraOpThreads);
        model.runner = decorator.apply(model::runSession);
        return model;
    }

    /**
     * Opens the graphs with the engine's settings (threads, optimisation level, arena, device). When CUDA is asked
     * for but cannot be used, the graphs run on the CPU and {@link #deviceStatus()} says why.
     */
    public static Sam2Model open(Path directory, EngineSettings settings) {
        OrtOptions.Configured configured = configure(settings);
        try {
            return open(directory, configured.options(), configured.status());
        } catch (Sam2Exception e) {
            if (!"cuda".equals(configured.status().active()) || !(e.getCause() instanceof OrtException)) {
                throw e;
            }
            OrtOptions.Configured cpu = configure(settings.withDevice("cpu"));
            return open(directory, cpu.options(),
                    OrtOptions.cudaFallback(settings.device(), CudaSupport.explain(e.getCause().getMessage())));
        }
    }

    private static OrtOptions.Configured configure(EngineSettings settings) {
        try {
            return OrtOptions.configure(settings);
        } catch (OrtException e) {
            throw new Sam2Exception("cannot set ONNX Runtime options: " + e.getMessage(), e);
        }
    }

    private static Sam2Model open(Path directory, OrtSession.SessionOptions options, DeviceStatus deviceStatus) {
        Sam2Constants constants;
        try {
            constants = Sam2Constants.load(directory);
        } catch (RuntimeException e) {
            options.close();
            throw e;
        }
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        Sam2Model model = new Sam2Model(directory, constants, env, options);
        model.deviceStatus = deviceStatus;
        try {
            // The graphs are chains of single-consumer nodes; parallel node execution would only add threads.
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            for (Sam2Graph graph : Sam2Graph.values()) {
                model.sessions.put(graph, model.openGraph(graph));
            }
            return model;
        } catch (OrtException | RuntimeException e) {
            model.close();
            if (e instanceof Sam2Exception sam2) {
                throw sam2;
            }
            throw new Sam2Exception("cannot open the SAM 2 model in " + directory + ": " + e.getMessage(), e);
        }
    }

    private OrtSession openGraph(Sam2Graph graph) throws OrtException {
        Path file = directory.resolve(graph.fileName);
        if (!Files.isRegularFile(file)) {
            throw new Sam2Exception(graph.fileName + " not found in " + directory);
        }
        OrtSession session;
        try {
            session = graph == Sam2Graph.MEMORY_ATTENTION
                    ? env.createSession(Sam2FusedAttention.load(file, constants.memoryAttentionHeads()), sessionOptions)
                    : env.createSession(file.toString(), sessionOptions);
        } catch (OrtException e) {
            throw new Sam2Exception(graph.fileName + " cannot be loaded by ONNX Runtime: " + e.getMessage(), e);
        }
        try {
            Sam2GraphValidator.validate(graph, session, config);
            return session;
        } catch (OrtException | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** Where the graphs run, and why not on the requested device if they do not. */
    public DeviceStatus deviceStatus() {
        return deviceStatus;
    }

    public Sam2Constants constants() {
        return constants;
    }

    public Sam2Config config() {
        return config;
    }

    /** Time spent in each graph and host step by this model and the trackers using it. */
    public Sam2Timings timings() {
        return timings;
    }

    /** Runs the vision encoder on preprocessed pixel values ([3, imageSize, imageSize]). */
    Sam2FrameFeatures encodeFrame(float[] pixelValues) throws OrtException {
        return encodeFrame(pixelValues, null);
    }

    /** {@link #encodeFrame(float[])} with run options (null for none), e.g. to stop it when it is cancelled. */
    Sam2FrameFeatures encodeFrame(float[] pixelValues, OrtSession.RunOptions options) throws OrtException {
        pixelBuffer.clear();
        pixelBuffer.put(pixelValues).flip();
        long size = config.imageSize();
        try (OnnxTensor pixels = OnnxTensor.createTensor(env, pixelBuffer, new long[] {1, 3, size, size})) {
            long start = System.nanoTime();
            OrtSession.Result result = runner.run(Sam2Graph.VISION_ENCODER, Map.of("pixel_values", pixels), options);
            timings.since(Sam2Timings.Phase.VISION_ENCODER, start);
            return new Sam2FrameFeatures(result);
        }
    }

    /** {@code backbone_feat + no_memory_embedding[c]}: the decoder input of a frame that starts an object's memory. */
    Sam2ImageEmbedding initialImageEmbedding(Sam2FrameFeatures features) throws OrtException {
        FloatBuffer feat = features.backboneFeat().getFloatBuffer();
        int plane = config.memoryTokensPerFrame();
        embedBuffer.clear();
        for (int c = 0; c < config.hiddenDim(); c++) {
            float add = constants.noMemoryEmbedding(c);
            for (int i = c * plane; i < (c + 1) * plane; i++) {
                embedBuffer.put(i, feat.get(i) + add);
            }
        }
        return Sam2ImageEmbedding.of(OnnxTensor.createTensor(env, embedBuffer, featureShape()));
    }

    /**
     * Conditions the frame's feature on an object's memory bank.
     *
     * @param memory [tokens * memDim] spatial tokens followed by pointer tokens (direct buffer, read in place)
     * @param memoryPos their position encodings, same layout
     * @param pointerTokens how many trailing tokens are object-pointer tokens (they get no rotary encoding)
     */
    Sam2ImageEmbedding attendToMemory(Sam2FrameFeatures features, FloatBuffer memory, FloatBuffer memoryPos,
            int tokens, int pointerTokens) throws OrtException {
        long[] shape = {1, tokens, config.memDim()};
        try (OnnxTensor mem = OnnxTensor.createTensor(env, memory, shape);
                OnnxTensor pos = OnnxTensor.createTensor(env, memoryPos, shape);
                OnnxTensor ptr = intTensor(pointerTokens)) {
            long start = System.nanoTime();
            OrtSession.Result result = runner.run(Sam2Graph.MEMORY_ATTENTION, Map.of(
                    "current_vision_feat", features.backboneFeat(),
                    "current_vision_pos", features.backbonePos(),
                    "memory", mem,
                    "memory_pos", pos,
                    "num_obj_ptr_tokens", ptr), null);
            timings.since(Sam2Timings.Phase.MEMORY_ATTENTION, start);
            return Sam2ImageEmbedding.of(result, tensor(result, "pix_feat_with_mem"));
        }
    }

    /**
     * @param coords [N*2] (x, y) in model input space
     * @param labels [N] 1 positive, 0 negative, 2/3 box corners, -1 no point
     */
    Sam2DecoderOutput decode(Sam2ImageEmbedding embedding, Sam2FrameFeatures features, float[] coords, int[] labels,
            boolean multimask) throws OrtException {
        long n = labels.length;
        try (OnnxTensor pointCoords = OnnxTensor.createTensor(env, FloatBuffer.wrap(coords), new long[] {1, 1, n, 2});
                OnnxTensor pointLabels = OnnxTensor.createTensor(env, IntBuffer.wrap(labels), new long[] {1, 1, n});
                OnnxTensor multimaskOutput = intTensor(multimask ? 1 : 0)) {
            long start = System.nanoTime();
            OrtSession.Result result = runner.run(Sam2Graph.MASK_DECODER, Map.of(
                    "image_embed", embedding.tensor(),
                    "high_res_feat0", features.highRes0(),
                    "high_res_feat1", features.highRes1(),
                    "point_coords", pointCoords,
                    "point_labels", pointLabels,
                    "multimask_output", multimaskOutput), null);
            timings.since(Sam2Timings.Phase.MASK_DECODER, start);
            return new Sam2DecoderOutput(result);
        }
    }

    /**
     * Encodes the decoded mask into the object's spatial memory for this frame.
     *
     * @param maskFromPoints binarise the mask (true) instead of taking its sigmoid
     * @param roundToBfloat16 round the memory features to bfloat16 as the reference does
     *            ({@link Sam2Config#bfloat16MemoryRounding()})
     */
    Sam2SpatialMemory encodeMemory(Sam2FrameFeatures features, Sam2DecoderOutput decoded, boolean maskFromPoints,
            boolean roundToBfloat16) throws OrtException {
        long start = System.nanoTime();
        try (OnnxTensor fromPoints = intTensor(maskFromPoints ? 1 : 0);
                OrtSession.Result result = runner.run(Sam2Graph.MEMORY_ENCODER, Map.of(
                        "backbone_feat", features.backboneFeat(),
                        "high_res_masks", decoded.highResMasks(),
                        "object_score_logits", decoded.objectScoreTensor(),
                        "is_mask_from_pts", fromPoints), null)) {
            timings.since(Sam2Timings.Phase.MEMORY_ENCODER, start);
            start = System.nanoTime();
            float[] memoryFeatures = floats(tensor(result, "maskmem_features"));
            float[] position = shareable(floats(tensor(result, "maskmem_pos_enc")));
            Sam2SpatialMemory memory = roundToBfloat16 ? Sam2SpatialMemory.roundedToBfloat16(memoryFeatures, position)
                    : Sam2SpatialMemory.unrounded(memoryFeatures, position);
            timings.since(Sam2Timings.Phase.MEMORY_STORE, start);
            return memory;
        }
    }

    /** @return [P * memDim]: the temporal encoding of each object pointer from its normalised frame distance */
    float[] pointerTemporalEncoding(float[] normalisedDistances) throws OrtException {
        long start = System.nanoTime();
        try (OnnxTensor tpos = OnnxTensor.createTensor(env, FloatBuffer.wrap(normalisedDistances),
                new long[] {normalisedDistances.length});
                OrtSession.Result result = runner.run(Sam2Graph.POINTER_TEMPORAL_PROJECTION,
                        Map.of("tpos_norm", tpos), null)) {
            timings.since(Sam2Timings.Phase.POINTER_ENCODING, start);
            return floats(tensor(result, "tpos_enc"));
        }
    }

    private float[] shareable(float[] positionEncoding) {
        if (sharedMemoryPositionEncoding == null) {
            sharedMemoryPositionEncoding = positionEncoding;
        }
        return Arrays.equals(sharedMemoryPositionEncoding, positionEncoding) ? sharedMemoryPositionEncoding
                : positionEncoding;
    }

    private long[] featureShape() {
        return new long[] {1, config.hiddenDim(), config.featureHeight(), config.featureWidth()};
    }

    private OnnxTensor intTensor(int value) throws OrtException {
        return OnnxTensor.createTensor(env, IntBuffer.wrap(new int[] {value}), new long[] {1});
    }

    private OrtSession.Result runSession(Sam2Graph graph, Map<String, OnnxTensor> inputs,
            OrtSession.RunOptions options) throws OrtException {
        OrtSession session = session(graph);
        return options == null ? session.run(inputs) : session.run(inputs, options);
    }

    private OrtSession session(Sam2Graph graph) {
        OrtSession session = sessions.get(graph);
        if (session == null) {
            throw new IllegalStateException("the SAM 2 model is closed");
        }
        return session;
    }

    static OnnxTensor tensor(OrtSession.Result result, String name) {
        OnnxValue value = result.get(name).orElseThrow(() -> new Sam2Exception("graph output '" + name
                + "' is missing"));
        return (OnnxTensor) value;
    }

    static float[] floats(OnnxTensor tensor) {
        FloatBuffer buffer = tensor.getFloatBuffer();
        float[] values = new float[buffer.remaining()];
        buffer.get(values);
        return values;
    }

    static FloatBuffer directFloats(long count) {
        return ByteBuffer.allocateDirect(Math.toIntExact(4 * count)).order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    @Override
    public void close() {
        List<Exception> failures = new ArrayList<>();
        for (OrtSession session : sessions.values()) {
            try {
                session.close();
            } catch (OrtException e) {
                failures.add(e);
            }
        }
        sessions.clear();
        sessionOptions.close();
        if (!failures.isEmpty()) {
            throw new Sam2Exception("closing the SAM 2 sessions failed: " + failures.get(0).getMessage(),
                    failures.get(0));
        }
    }
}
