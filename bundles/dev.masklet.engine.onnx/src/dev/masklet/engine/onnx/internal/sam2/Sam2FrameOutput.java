package dev.masklet.engine.onnx.internal.sam2;

/**
 * What the tracker remembers of one object on one computed frame: the object pointer and spatial memory that later
 * frames attend to, and the score. Mask logits are kept only for conditioning frames, because those are the only
 * outputs that are handed out again (when propagation passes over them) instead of being recomputed.
 */
final class Sam2FrameOutput {
    private final float objectScore;
    private final float iouScore;
    private final float[] objectPointer;
    private final float[] lowResLogits;
    private Sam2SpatialMemory spatialMemory;

    Sam2FrameOutput(float objectScore, float iouScore, float[] objectPointer, float[] lowResLogitsOrNull) {
        this.objectScore = objectScore;
        this.iouScore = iouScore;
        this.objectPointer = objectPointer;
        this.lowResLogits = lowResLogitsOrNull;
    }

    float objectScore() {
        return objectScore;
    }

    /** The mask decoder's predicted IoU of this output's mask. */
    float iouScore() {
        return iouScore;
    }

    float[] objectPointer() {
        return objectPointer;
    }

    /** @return the logits, or null when they were not kept (non-conditioning output) */
    float[] lowResLogits() {
        return lowResLogits;
    }

    /**
     * Set once after the whole frame is decoded; the memories of all objects of a frame are encoded together
     * because they share the mask-from-points decision.
     */
    void setSpatialMemory(Sam2SpatialMemory memory) {
        this.spatialMemory = memory;
    }

    Sam2SpatialMemory spatialMemory() {
        if (spatialMemory == null) {
            throw new IllegalStateException("the memory of this output has not been encoded or was released");
        }
        return spatialMemory;
    }

    boolean hasSpatialMemory() {
        return spatialMemory != null;
    }

    /**
     * Frees the spatial memory (the bulk of an output: memoryTokensPerFrame x memDim bfloat16 values) once no frame
     * that may still be computed can attend to it; the object pointer stays.
     */
    void releaseSpatialMemory() {
        spatialMemory = null;
    }

    /** Bytes held for this output's spatial memory (its position encoding is shared and not counted). */
    long spatialMemoryBytes() {
        return spatialMemory == null ? 0 : spatialMemory.featureBytes();
    }
}
