package dev.masklet.engine;

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
}
