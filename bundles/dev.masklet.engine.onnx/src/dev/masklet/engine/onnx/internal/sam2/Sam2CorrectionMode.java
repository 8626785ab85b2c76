package dev.masklet.engine.onnx.internal.sam2;

/** What a click on a frame that was already tracked for that object turns the frame into. */
public enum Sam2CorrectionMode {
    /**
     * The corrected frame becomes a conditioning frame, as in the original SAM 2 video predictor: it stays in every
     * later frame's memory and is not recomputed when propagation passes over it, so the correction lasts.
     */
    CONDITIONING_FRAME,
    /**
     * The corrected output replaces the tracked one as an ordinary tracked frame (transformers 5.17). Propagating
     * again over that frame recomputes it and loses the correction; propagate from the next frame to keep it. This
     * is the behaviour the reference fixture was recorded with.
     */
    TRACKED_FRAME
}
