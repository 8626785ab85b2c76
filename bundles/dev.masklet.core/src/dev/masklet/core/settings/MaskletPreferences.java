package dev.masklet.core.settings;

/**
 * Names and defaults of Masklet's user preferences, shared by the bundles that read them (engine, media, store)
 * and the preference page that writes them.
 *
 * <p>Why a constants class in core: the readers must not depend on the UI bundle, and every bundle already depends
 * on core. Values live in the Eclipse instance scope under {@link #NODE} (so
 * {@code InstanceScope.INSTANCE.getNode(MaskletPreferences.NODE)}); a reader applies the default given here when a
 * key is absent, and may also honour a system property {@code masklet.<key>} for the headless CLI.
 */
public final class MaskletPreferences {

    /** The preference node (instance scope). */
    public static final String NODE = "dev.masklet";

    /** Folder of installed models; empty = {@code $MASKLET_MODELS} or {@code ~/.cache/masklet/models}. */
    public static final String MODELS_FOLDER = "models.folder";
    public static final String MODELS_FOLDER_DEFAULT = "";

    /**
     * Execution device: {@code auto} (the GPU when the Masklet CUDA support feature and the CUDA libraries are
     * there, else the CPU, quietly), {@code cpu}, or {@code cuda} (falls back to the CPU with a message when CUDA
     * is missing).
     */
    public static final String ENGINE_DEVICE = "engine.device";
    public static final String ENGINE_DEVICE_DEFAULT = "auto";

    /** ONNX Runtime intra-op threads; 0 = one per core. */
    public static final String ENGINE_THREADS = "engine.threads";
    public static final int ENGINE_THREADS_DEFAULT = 0;

    /** Graph optimisation level: {@code all}, {@code extended}, {@code basic} or {@code none}. */
    public static final String ENGINE_OPT_LEVEL = "engine.optLevel";
    public static final String ENGINE_OPT_LEVEL_DEFAULT = "all";

    /** Whether ONNX Runtime's CPU memory arena is used (faster, holds its peak memory). */
    public static final String ENGINE_ARENA = "engine.arena";
    public static final boolean ENGINE_ARENA_DEFAULT = true;

    /** How many frame embeddings the engine keeps (LRU by frame). */
    public static final String ENGINE_EMBEDDING_CACHE = "engine.embeddingCache";
    public static final int ENGINE_EMBEDDING_CACHE_DEFAULT = 8;

    /**
     * SAM 2 memory frames (SAM 2's {@code num_maskmem}, 1 to 7): the prompted frames plus this many minus one recent
     * tracked frames are attended to. 7 is the model's reference behaviour; fewer are faster and forget sooner.
     */
    public static final String SAM2_MEMORY_FRAMES = "sam2.memoryFrames";
    public static final int SAM2_MEMORY_FRAMES_DEFAULT = 7;

    /** Decoded-frame cache size in MB. */
    public static final String MEDIA_FRAME_CACHE_MB = "media.frameCacheMb";
    public static final int MEDIA_FRAME_CACHE_MB_DEFAULT = 256;

    /** Autosave interval in seconds (0 = only on frame change and on close). */
    public static final String STORE_AUTOSAVE_SECONDS = "store.autosaveSeconds";
    public static final int STORE_AUTOSAVE_SECONDS_DEFAULT = 30;

    /** Polygon fineness: the approxPolyDP tolerance in pixels. */
    public static final String GEOMETRY_POLYGON_EPSILON = "geometry.polygonEpsilon";
    public static final double GEOMETRY_POLYGON_EPSILON_DEFAULT = 1.0;

    /**
     * Tracked masks lose islands and holes smaller than this many pixels before they are stored; 0 = off. Off by
     * default so that the workbench stores exactly what the tracker computed (the same masks as the command line and
     * the benchmark); a value such as 50 keeps polygon exports free of specks.
     */
    public static final String TRACKING_MIN_SPECK_PIXELS = "tracking.minSpeckPixels";
    public static final int TRACKING_MIN_SPECK_PIXELS_DEFAULT = 0;

    private MaskletPreferences() {
    }
}
