package dev.masklet.engine.onnx.internal.sam2;

import ai.onnxruntime.OnnxTensor;

/**
 * The decoder's {@code image_embed} input together with whatever owns its memory: a tensor the host built (initial
 * frames) or the memory-attention result it came from (tracked frames, passed on without a copy).
 */
final class Sam2ImageEmbedding implements AutoCloseable {
    private final AutoCloseable owner;
    private final OnnxTensor tensor;

    private Sam2ImageEmbedding(AutoCloseable owner, OnnxTensor tensor) {
        this.owner = owner;
        this.tensor = tensor;
    }

    static Sam2ImageEmbedding of(OnnxTensor tensor) {
        return new Sam2ImageEmbedding(tensor, tensor);
    }

    static Sam2ImageEmbedding of(AutoCloseable owner, OnnxTensor tensor) {
        return new Sam2ImageEmbedding(owner, tensor);
    }

    OnnxTensor tensor() {
        return tensor;
    }

    @Override
    public void close() {
        try {
            owner.close();
        } catch (Exception e) {
            throw new Sam2Exception("releasing an image embedding failed", e);
        }
    }
}
