package dev.masklet.engine.onnx.internal.sam2;

/**
 * Low-resolution mask logits → mask at video resolution, as transformers 5.17's {@code post_process_masks} with
 * {@code binarize=True}: one bilinear resize straight to the video size (no intermediate model-size mask, no hole
 * filling), then {@code > 0}.
 */
public final class Sam2MaskPostprocessor {
    private Sam2MaskPostprocessor() {
    }

    /** @return [height * width] logits at video resolution */
    public static float[] videoLogits(float[] lowResLogits, int lowResSize, int width, int height) {
        if (lowResLogits.length != lowResSize * lowResSize) {
            throw new IllegalArgumentException("expected " + lowResSize + "² logits, got " + lowResLogits.length);
        }
        float[] out = new float[width * height];
        new Sam2Bilinear(lowResSize, lowResSize, height, width).resize(lowResLogits, 0, out, 0);
        return out;
    }

    /** @return [height * width] 1 where the object is, 0 elsewhere */
    public static byte[] videoMask(float[] lowResLogits, int lowResSize, int width, int height) {
        float[] logits = videoLogits(lowResLogits, lowResSize, width, height);
        byte[] mask = new byte[logits.length];
        for (int i = 0; i < logits.length; i++) {
            mask[i] = logits[i] > 0f ? (byte) 1 : (byte) 0;
        }
        return mask;
    }
}
