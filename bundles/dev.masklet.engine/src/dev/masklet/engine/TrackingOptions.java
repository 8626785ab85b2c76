package dev.masklet.engine;

/**
 * Settings of a tracking session. Immutable; the {@code with...} methods return changed copies.
 *
 * @param correctionMode what a prompt on an already tracked frame becomes
 * @param correctionReach how many frames behind the newest frame of a propagation a correction still attends to
 *            exactly the memory it would with unlimited retention. Propagation releases older tracked frames'
 *            memory (~0.5 MB per frame and object) as it goes, so memory stays bounded on long videos; results of
 *            a propagation never depend on it. {@link #UNLIMITED} keeps everything.
 */
public record TrackingOptions(CorrectionMode correctionMode, int correctionReach) {
    /** A {@link #correctionReach} that never releases memory (it then grows with the video). */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    public TrackingOptions {
        if (correctionMode == null) {
            throw new IllegalArgumentException("correctionMode must not be null");
        }
        if (correctionReach < 0) {
            throw new IllegalArgumentException("correctionReach must be >= 0, got " + correctionReach);
        }
    }

    /** Lasting corrections, a correction reach of 16 frames. */
    public static TrackingOptions defaults() {
        return new TrackingOptions(CorrectionMode.LASTING, 16);
    }

    public TrackingOptions withCorrectionMode(CorrectionMode mode) {
        return new TrackingOptions(mode, correctionReach);
    }

    public TrackingOptions withCorrectionReach(int frames) {
        return new TrackingOptions(correctionMode, frames);
    }
}
