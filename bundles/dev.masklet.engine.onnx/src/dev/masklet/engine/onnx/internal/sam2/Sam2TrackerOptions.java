package dev.masklet.engine.onnx.internal.sam2;

import dev.masklet.engine.CorrectionMode;
import dev.masklet.engine.TrackingOptions;

/**
 * Tracker settings. Immutable; the {@code with...} methods return changed copies.
 *
 * @param correctionMode what a click on an already tracked frame becomes
 * @param streaming whether the clip length is unknown (live video): object-pointer distances are then normalised by
 *            the model's maximum instead of by the clip length, as transformers does in streaming mode
 * @param featureCacheFrames how many frames' vision features to keep (each ~20 MB); at least 1
 * @param correctionReach how far behind the newest frame of a propagation (in its direction) a tracked frame keeps
 *            the memory a correction on it would attend to. Propagation releases an object's tracked outputs as
 *            it goes: the spatial memory (~0.5 MB) of frames more than {@code correctionReach + numMaskmem - 1}
 *            frames behind, the whole output (pointer) beyond {@code correctionReach + maxObjectPointers - 1}.
 *            Results of propagation never change; a correction further back than this sees fewer recent frames
 *            than with unlimited retention. {@link #UNLIMITED} keeps everything (memory grows with the video).
 * @param memoryFrames SAM 2's {@code num_maskmem} as used: the conditioning frames plus up to
 *            {@code memoryFrames - 1} recent tracked frames are attended to (1 = prompted frames only). Values above
 *            the model's own {@code num_maskmem} (7 for SAM 2.1) use all it has, which is the reference behaviour.
 *            Fewer frames make the memory attention cheaper (its cost grows with the memory tokens).
 */
public record Sam2TrackerOptions(CorrectionMode correctionMode, boolean streaming, int featureCacheFrames,
        int correctionReach, int memoryFrames) {
    /** A {@link #correctionReach} that never releases a tracked frame's memory. */
    public static final int UNLIMITED = Integer.MAX_VALUE;
    /** Default {@link #correctionReach}: 16 frames, i.e. ~11 MB of spatial memory per object. */
    public static final int DEFAULT_CORRECTION_REACH = 16;

    public Sam2TrackerOptions {
        if (correctionMode == null) {
            throw new IllegalArgumentException("correctionMode must not be null");
        }
        if (featureCacheFrames < 1) {
            throw new IllegalArgumentException("featureCacheFrames must be >= 1, got " + featureCacheFrames);
        }
        if (correctionReach < 0) {
            throw new IllegalArgumentException("correctionReach must be >= 0, got " + correctionReach);
        }
        if (memoryFrames < 1) {
            throw new IllegalArgumentException("memoryFrames must be >= 1, got " + memoryFrames);
        }
    }

    /** Lasting corrections, a clip of known length, four cached frames, a correction reach of 16, 7 memory frames. */
    public static Sam2TrackerOptions defaults() {
        return new Sam2TrackerOptions(CorrectionMode.LASTING, false, 4, DEFAULT_CORRECTION_REACH,
                TrackingOptions.DEFAULT_MEMORY_FRAMES);
    }

    public Sam2TrackerOptions withCorrectionMode(CorrectionMode mode) {
        return new Sam2TrackerOptions(mode, streaming, featureCacheFrames, correctionReach, memoryFrames);
    }

    /** @param frames see {@link #memoryFrames} */
    public Sam2TrackerOptions withMemoryFrames(int frames) {
        return new Sam2TrackerOptions(correctionMode, streaming, featureCacheFrames, correctionReach, frames);
    }

    /** @param frames see {@link #correctionReach}; {@link #UNLIMITED} keeps every tracked frame's memory */
    public Sam2TrackerOptions withCorrectionReach(int frames) {
        return new Sam2TrackerOptions(correctionMode, streaming, featureCacheFrames, frames, memoryFrames);
    }
}
