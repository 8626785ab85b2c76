package dev.masklet.engine.onnx.internal.sam2;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtSession;

/**
 * The vision encoder's outputs for one frame. They stay in ONNX Runtime's memory and are fed as they are to the
 * decoder, the memory attention and the memory encoder, so a frame's ~20 MB of features are never copied.
 */
final class Sam2FrameFeatures implements AutoCloseable {
    private final AutoCloseable owner;
    private final OnnxTensor highRes0;
    private final OnnxTensor highRes1;
    private final OnnxTensor backboneFeat;
    private final OnnxTensor backbonePos;

    Sam2FrameFeatures(OrtSession.Result result) {
        this(result, Sam2Model.tensor(result, "high_res_feat0"), Sam2Model.tensor(result, "high_res_feat1"),
                Sam2Model.tensor(result, "backbone_feat"), Sam2Model.tensor(result, "backbone_pos"));
    }

    /**
     * Features rebuilt from copies (image mode keeps them on the Java heap between calls).
     *
     * @param owner closed with these features; it owns the tensors
     * @param backbonePos null when no memory attention will run on them
     */
    Sam2FrameFeatures(AutoCloseable owner, OnnxTensor highRes0, OnnxTensor highRes1, OnnxTensor backboneFeat,
            OnnxTensor backbonePos) {
        this.owner = owner;
        this.highRes0 = highRes0;
        this.highRes1 = highRes1;
        this.backboneFeat = backboneFeat;
        this.backbonePos = backbonePos;
    }

    OnnxTensor highRes0() {
        return highRes0;
    }

    OnnxTensor highRes1() {
        return highRes1;
    }

    /** The raw lowest-resolution feature; memories are always encoded from it, never from the memory-conditioned one. */
    OnnxTensor backboneFeat() {
        return backboneFeat;
    }

    OnnxTensor backbonePos() {
        return backbonePos;
    }

    @Override
    public void close() {
        try {
            owner.close();
        } catch (Exception e) {
            throw new Sam2Exception("releasing frame features failed", e);
        }
    }
}
