package dev.masklet.engine;

import dev.masklet.core.mask.BinaryMask;

/**
 * A predicted mask at image resolution, the model's own quality score, and the low-res logits that can be fed back
 * through {@link Prompt#withPrevious(float[])}.
 */
public record MaskPrediction(BinaryMask mask, float score, float[] lowResLogits) {
}
