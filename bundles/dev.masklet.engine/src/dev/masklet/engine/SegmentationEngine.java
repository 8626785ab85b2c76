package dev.masklet.engine;

import java.util.function.BooleanSupplier;

import dev.masklet.core.image.RgbImage;

/**
 * The segmentation service (an OSGi service): encode a frame once, then turn prompts into masks quickly. Callers
 * never see the inference runtime. Calls may take seconds (encoding) and must not be made on the UI thread.
 */
public interface SegmentationEngine {
    /** Which model answers, e.g. {@code mobilesam}. */
    String modelName();

    /**
     * Checks that the model files are present and valid and loads them, so problems surface before the first
     * click; later calls return at once.
     */
    void ensureReady() throws EngineException;

    /** Runs the image encoder on one frame. */
    ImageEmbedding encode(RgbImage image) throws EngineException;

    /** Runs the prompt decoder; fast enough to call on every click. */
    MaskPrediction predict(ImageEmbedding embedding, Prompt prompt) throws EngineException;

    /**
     * The model's candidate masks for a prompt, best first by the model's predicted IoU; the first is
     * {@link #predict}'s mask. After a single click SAM proposes several (the whole object, a part, a sub-part), so
     * that the annotator can take another when the best guess covers too much or too little; an engine that makes
     * one mask, or a prompt that leaves no doubt, gives one. A candidate's low-res logits refine it further.
     */
    default java.util.List<MaskPrediction> candidates(ImageEmbedding embedding, Prompt prompt) throws EngineException {
        return java.util.List.of(predict(embedding, prompt));
    }

    /**
     * The embedding of a frame, encoded at most once: the engine keeps the embeddings of the most recently used
     * frames (how many is a preference), and a frame being encoded in the background by {@link #prefetch} is
     * waited for rather than encoded again.
     */
    default ImageEmbedding encode(FrameKey frame, RgbImage image) throws EngineException {
        return encode(image);
    }

    /**
     * {@link #encode(FrameKey, RgbImage)} that gives up when {@code cancelled} turns true, e.g. once the user has
     * left the frame: the condition is polled while the encoder runs (every few tens of milliseconds), the model
     * call is stopped and {@link EngineCancelledException} thrown; nothing is cached then. A background encoding
     * of the frame being waited for goes on and is kept. Once {@code cancelled} returns true it must keep doing so.
     */
    default ImageEmbedding encode(FrameKey frame, RgbImage image, BooleanSupplier cancelled) throws EngineException {
        if (cancelled.getAsBoolean()) {
            throw new EngineCancelledException("encoding of " + frame + " cancelled");
        }
        return encode(frame, image);
    }

    /**
     * Starts encoding a frame on the engine's background thread (e.g. the next frames while the user works on this
     * one) and returns at once. Frames already cached or queued are skipped; failures are forgotten (a later
     * {@link #encode(FrameKey, RgbImage)} reports them).
     */
    default void prefetch(FrameKey frame, RgbImage image) {
    }

    /** Drops the queued background encodings that have not started (e.g. after a jump to another frame). */
    default void cancelPrefetch() {
    }

    /** Where the model runs, and why not on the requested device if it does not. */
    default DeviceStatus deviceStatus() {
        return new DeviceStatus("cpu", "cpu", "running on CPU");
    }
}
