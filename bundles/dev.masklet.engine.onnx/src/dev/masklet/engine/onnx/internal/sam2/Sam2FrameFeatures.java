package dev.masklet.engine.onnx.internal.sam2;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtSession;

/**
 * The vision encoder's outputs for one frame. They stay in ONNX Runtime's memory and are fed as they are to the
 * decoder, the memory attention and the memory encoder, so a frame's ~20 MB of features are never copied.
 */
final class Sam2FrameFeatures implements AutoCloseable {
    private final OrtSession.Result result;
    private final OnnxTensor highRes0;
    private final OnnxTensor highRes1;
    private final OnnxTensor backboneFeat;
    private final OnnxTensor backbonePos;

    Sam2FrameFeatures(OrtSession.Result result) {
        this.result = result;
        this.highRes0 = Sam2Model.tensor(result, "high_res_feat0");
        this.highRes1 = Sam2Model.tensor(result, "high_res_feat1");
        this.backboneFeat = Sam2Model.tensor(result, "backbone_feat");
        this.backbonePos = Sam2Model.tensor(result, "backbone_pos");
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
        result.close();
    }
}
