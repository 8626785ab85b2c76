package dev.masklet.engine.onnx.internal.sam2;

import java.util.EnumSet;
import java.util.Set;

/**
 * Tracker settings. Immutable; the {@code with...} methods return changed copies.
 *
 * @param correctionMode what a click on an already tracked frame becomes
 * @param streaming whether the clip length is unknown (live video): object-pointer distances are then normalised by
 *            the model's maximum instead of by the clip length, as transformers does in streaming mode
 * @param featureCacheFrames how many frames' vision features to keep (each ~20 MB); at least 1
 * @param faults deliberately injected host bugs, for tests only; empty in production
 */
public record Sam2TrackerOptions(Sam2CorrectionMode correctionMode, boolean streaming, int featureCacheFrames,
        Set<Sam2HostFault> faults) {

    public Sam2TrackerOptions {
        if (correctionMode == null) {
            throw new IllegalArgumentException("correctionMode must not be null");
        }
        if (featureCacheFrames < 1) {
            throw new IllegalArgumentException("featureCacheFrames must be >= 1, got " + featureCacheFrames);
        }
        faults = faults == null || faults.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(faults));
    }

    /** Lasting corrections, a clip of known length, four cached frames, no faults. */
    public static Sam2TrackerOptions defaults() {
        return new Sam2TrackerOptions(Sam2CorrectionMode.CONDITIONING_FRAME, false, 4, Set.of());
    }

    public Sam2TrackerOptions withCorrectionMode(Sam2CorrectionMode mode) {
        return new Sam2TrackerOptions(mode, streaming, featureCacheFrames, faults);
    }

    public Sam2TrackerOptions withStreaming(boolean live) {
        return new Sam2TrackerOptions(correctionMode, live, featureCacheFrames, faults);
    }

    public Sam2TrackerOptions withFeatureCacheFrames(int frames) {
        return new Sam2TrackerOptions(correctionMode, streaming, frames, faults);
    }

    /** For tests that must show the reference comparison detects host bugs. */
    public Sam2TrackerOptions withFaults(Set<Sam2HostFault> injected) {
        return new Sam2TrackerOptions(correctionMode, streaming, featureCacheFrames, injected);
    }

    boolean has(Sam2HostFault fault) {
        return faults.contains(fault);
    }
}
