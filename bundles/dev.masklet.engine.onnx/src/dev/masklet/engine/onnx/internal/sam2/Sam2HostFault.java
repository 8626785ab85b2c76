package dev.masklet.engine.onnx.internal.sam2;

/**
 * Typical host-loop bugs that can be switched on deliberately, so tests can prove the reference comparison notices
 * each of them. Never set in production; see {@link Sam2TrackerOptions#withFaults}.
 */
public enum Sam2HostFault {
    /** Keep spatial memories in float32 instead of rounding them to bfloat16. */
    SKIP_BFLOAT16_ROUNDING,
    /** Index the temporal encoding with the frame offset instead of offset - 1 (conditioning frames get slot 0). */
    TEMPORAL_ENCODING_OFF_BY_ONE,
    /** Normalise pointer distances by max_object_pointers - 1 regardless of the clip length. */
    POINTER_DISTANCE_FIXED_NORMALISER,
    /** Split object pointers into tokens chunk-major instead of pointer-major. */
    POINTER_TOKENS_CHUNK_MAJOR,
    /** Tell the memory attention there are no pointer tokens, so it applies rotary encoding to them. */
    ROPE_ON_POINTER_TOKENS,
    /** Attend to num_maskmem previous frames instead of num_maskmem - 1. */
    ONE_PREVIOUS_FRAME_TOO_MANY,
    /** Decode tracked frames with a single mask instead of choosing among several. */
    NO_MULTIMASK_WHEN_TRACKING,
    /** Decide mask binarisation per object instead of once for all objects recomputed on a frame. */
    PER_OBJECT_MASK_FROM_POINTS
}
