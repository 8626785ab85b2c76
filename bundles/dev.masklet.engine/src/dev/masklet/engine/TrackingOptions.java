package dev.masklet.engine;

/**
 * Settings of a tracking session. Immutable; the {@code with...} methods return changed copies.
 *
 * @param correctionMode what a prompt on an already tracked frame becomes
 * @param correctionReach how many frames behind the newest frame of a propagation a correction still attends to
 *            exactly the memory it would with unlimited retention. Propagation releases older tracked frames'
 *            memory (~0.5 MB per frame and object) as it goes, so memory stays bounded on long videos; results of
 *            a propagation never depend on it. {@link #UNLIMITED} keeps everything.
 * @param memoryFrames for SAM 2 models: how many memory frames a tracked frame attends to (SAM 2's
 *            {@code num_maskmem}: the prompted frames plus {@code memoryFrames - 1} recent ones), 1 to 7;
 *            {@link #DEFAULT_MEMORY_FRAMES} is the model's reference behaviour, fewer are faster. Other engines
 *            ignore it.
 */
public record TrackingOptions(CorrectionMode correctionMode, int correctionReach, int memoryFrames) {
    /** A {@link #correctionReach} that never releases memory (it then grows with the video). */
    public static final int UNLIMITED = Integer.MAX_VALUE;
    /** SAM 2.1's {@code num_maskmem}: all the memory the model was trained with. */
    public static final int DEFAULT_MEMORY_FRAMES = 7;
    /** The fewest memory frames: the prompted frames alone. */
    public static final int MIN_MEMORY_FRAMES = 1;

    public TrackingOptions {
        if (correctionMode == null) {
            throw new IllegalArgumentException("correctionMode must not be null");
        }
        if (correctionReach < 0) {
            throw new IllegalArgumentException("correctionReach must be >= 0, got " + correctionReach);
        }
        if (memoryFrames < MIN_MEMORY_FRAMES || memoryFrames > DEFAULT_MEMORY_FRAMES) {
            throw new IllegalArgumentException("memoryFrames must be 1 to 7, got " + memoryFrames);
        }
    }

    /** Lasting corrections, a correction reach of 16 frames, all 7 memory frames. */
    public static TrackingOptions defaults() {
        return new TrackingOptions(CorrectionMode.LASTING, 16, DEFAULT_MEMORY_FRAMES);
    }

    public TrackingOptions withCorrectionMode(CorrectionMode mode) {
        return new TrackingOptions(mode, correctionReach, memoryFrames);
    }

    public TrackingOptions withCorrectionReach(int frames) {
        return new TrackingOptions(correctionMode, frames, memoryFrames);
    }

    /** @param frames see {@link #memoryFrames}, 1 to 7 */
    public TrackingOptions withMemoryFrames(int frames) {
        return new TrackingOptions(correctionMode, correctionReach, frames);
    }
}
