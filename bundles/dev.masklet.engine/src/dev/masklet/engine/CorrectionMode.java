package dev.masklet.engine;

/** What a prompt on a frame the object was already tracked on becomes. */
public enum CorrectionMode {
    /**
     * The default: the corrected frame becomes a conditioning frame, as in the original SAM 2 video predictor. It
     * stays in the memory of every later frame and is handed out again, not recomputed, when propagation passes over
     * it, so the correction lasts.
     */
    LASTING,
    /**
     * transformers 5.17's behaviour: the corrected result replaces the tracked one as an ordinary frame. It leaves
     * the memory after numMaskmem - 1 (6) frames, and propagating over the frame again recomputes it and loses the
     * correction; propagate from the next frame to keep it.
     */
    TRANSFORMERS
}
