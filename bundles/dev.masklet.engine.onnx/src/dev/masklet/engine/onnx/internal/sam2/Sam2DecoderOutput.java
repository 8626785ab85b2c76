package dev.masklet.engine.onnx.internal.sam2;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtSession;

/**
 * The mask decoder's result for one object on one frame. The small outputs are copied out at once; the 1024² mask
 * and the score tensor stay in ONNX Runtime's memory until the frame's memories are encoded, which in the reference
 * happens only after every object of the frame has been decoded.
 */
final class Sam2DecoderOutput implements AutoCloseable {
    private final OrtSession.Result result;
    private final float[] lowResLogits;
    private final float objectScore;
    private final float iouScore;
    private final float[] objectPointer;

    Sam2DecoderOutput(OrtSession.Result result) {
        this.result = result;
        this.lowResLogits = Sam2Model.floats(Sam2Model.tensor(result, "low_res_masks"));
        this.objectScore = Sam2Model.floats(Sam2Model.tensor(result, "object_score_logits"))[0];
        this.iouScore = Sam2Model.floats(Sam2Model.tensor(result, "iou_score"))[0];
        this.objectPointer = Sam2Model.floats(Sam2Model.tensor(result, "object_pointer"));
    }

    /** [lowResMaskSize²] logits of the chosen mask, already filled with the no-object score when absent. */
    float[] lowResLogits() {
        return lowResLogits;
    }

    float objectScore() {
        return objectScore;
    }

    /** The decoder's predicted IoU of the chosen mask (informational). */
    float iouScore() {
        return iouScore;
    }

    /** [hiddenDim], already replaced by the learned no-object pointer when absent. */
    float[] objectPointer() {
        return objectPointer;
    }

    OnnxTensor highResMasks() {
        return Sam2Model.tensor(result, "high_res_masks");
    }

    OnnxTensor objectScoreTensor() {
        return Sam2Model.tensor(result, "object_score_logits");
    }

    @Override
    public void close() {
        result.close();
    }
}
