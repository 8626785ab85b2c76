package dev.masklet.engine.onnx.internal.sam2;

/**
 * One object's result on one frame. Arrays are this result's own copies; the video-resolution mask is computed on
 * first use, so a caller that only wants scores pays nothing for it.
 */
public final class Sam2ObjectResult {
    private final int objectId;
    private final int frameIndex;
    private final float[] lowResLogits;
    private final int lowResSize;
    private final float objectScore;
    private final float iouScore;
    private final float[] objectPointer;
    private final boolean conditioning;
    private final int width;
    private final int height;
    private byte[] videoMask;

    Sam2ObjectResult(int objectId, int frameIndex, float[] lowResLogits, int lowResSize, float objectScore,
            float iouScore, float[] objectPointer, boolean conditioning, int width, int height) {
        this.objectId = objectId;
        this.frameIndex = frameIndex;
        this.lowResLogits = lowResLogits;
        this.lowResSize = lowResSize;
        this.objectScore = objectScore;
        this.iouScore = iouScore;
        this.objectPointer = objectPointer;
        this.conditioning = conditioning;
        this.width = width;
        this.height = height;
    }

    public int objectId() {
        return objectId;
    }

    public int frameIndex() {
        return frameIndex;
    }

    /** [lowResSize * lowResSize] mask logits, row-major; all equal to the no-object score when absent. */
    public float[] lowResLogits() {
        return lowResLogits;
    }

    public int lowResSize() {
        return lowResSize;
    }

    /** Object presence logit; the object is present exactly when it is > 0. */
    public float objectScore() {
        return objectScore;
    }

    /** The mask decoder's predicted IoU of this result's mask (its IoU head). */
    public float iouScore() {
        return iouScore;
    }

    public boolean absent() {
        return objectScore <= 0f;
    }

    /** [hiddenDim] object pointer (the learned no-object pointer when absent). */
    public float[] objectPointer() {
        return objectPointer;
    }

    /** Whether this output is one of the object's conditioning frames (prompted, or a lasting correction). */
    public boolean conditioning() {
        return conditioning;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** [height * width] binary mask at video resolution, 1 = object. */
    public synchronized byte[] videoMask() {
        if (videoMask == null) {
            videoMask = Sam2MaskPostprocessor.videoMask(lowResLogits, lowResSize, width, height);
        }
        return videoMask;
    }
}
