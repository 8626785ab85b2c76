package dev.masklet.engine.onnx.internal.sam2;

import java.util.List;

import ai.onnxruntime.OnnxJavaType;

/**
 * The five ONNX graphs of the SAM 2 split and the inputs/outputs the host loop relies on. Shapes are derived from
 * the configuration so that a mismatching export is refused when the model is opened, not deep inside tracking.
 */
public enum Sam2Graph {
    VISION_ENCODER("vision_encoder.onnx"),
    MASK_DECODER("mask_decoder.onnx"),
    MEMORY_ENCODER("memory_encoder.onnx"),
    MEMORY_ATTENTION("memory_attention.onnx"),
    POINTER_TEMPORAL_PROJECTION("obj_ptr_tpos_proj.onnx");

    /** Marks an axis the host needs to be dynamic (its length changes from call to call). */
    static final long DYNAMIC = -1;

    /** One named input or output: element type and shape, {@link #DYNAMIC} where the length varies. */
    record Port(String name, OnnxJavaType type, long... shape) {
    }

    final String fileName;

    Sam2Graph(String fileName) {
        this.fileName = fileName;
    }

    List<Port> inputs(Sam2Config c) {
        long hidden = c.hiddenDim();
        long fh = c.featureHeight();
        long fw = c.featureWidth();
        return switch (this) {
            case VISION_ENCODER -> List.of(floats("pixel_values", 1, 3, c.imageSize(), c.imageSize()));
            case MASK_DECODER -> List.of(
                    floats("image_embed", 1, hidden, fh, fw),
                    highRes0(c),
                    highRes1(c),
                    floats("point_coords", 1, 1, DYNAMIC, 2),
                    ints("point_labels", 1, 1, DYNAMIC),
                    ints("multimask_output", 1));
            case MEMORY_ENCODER -> List.of(
                    floats("backbone_feat", 1, hidden, fh, fw),
                    floats("high_res_masks", 1, 1, c.imageSize(), c.imageSize()),
                    floats("object_score_logits", 1, 1),
                    ints("is_mask_from_pts", 1));
            case MEMORY_ATTENTION -> List.of(
                    floats("current_vision_feat", 1, hidden, fh, fw),
                    floats("current_vision_pos", 1, hidden, fh, fw),
                    floats("memory", 1, DYNAMIC, c.memDim()),
                    floats("memory_pos", 1, DYNAMIC, c.memDim()),
                    ints("num_obj_ptr_tokens", 1));
            case POINTER_TEMPORAL_PROJECTION -> List.of(floats("tpos_norm", DYNAMIC));
        };
    }

    List<Port> outputs(Sam2Config c) {
        long hidden = c.hiddenDim();
        long fh = c.featureHeight();
        long fw = c.featureWidth();
        long tokens = c.memoryTokensPerFrame();
        return switch (this) {
            case VISION_ENCODER -> List.of(
                    highRes0(c),
                    highRes1(c),
                    floats("backbone_feat", 1, hidden, fh, fw),
                    floats("backbone_pos", 1, hidden, fh, fw));
            case MASK_DECODER -> List.of(
                    floats("low_res_masks", 1, 1, c.lowResMaskSize(), c.lowResMaskSize()),
                    floats("high_res_masks", 1, 1, c.imageSize(), c.imageSize()),
                    floats("iou_score", 1, 1),
                    floats("object_score_logits", 1, 1),
                    floats("object_pointer", 1, hidden));
            case MEMORY_ENCODER -> List.of(
                    floats("maskmem_features", 1, tokens, c.memDim()),
                    floats("maskmem_pos_enc", 1, tokens, c.memDim()));
            case MEMORY_ATTENTION -> List.of(floats("pix_feat_with_mem", 1, hidden, fh, fw));
            case POINTER_TEMPORAL_PROJECTION -> List.of(floats("tpos_enc", DYNAMIC, c.memDim()));
        };
    }

    private static Port highRes0(Sam2Config c) {
        return floats("high_res_feat0", 1, c.hiddenDim() / 8, c.highRes0Size(), c.highRes0Size());
    }

    private static Port highRes1(Sam2Config c) {
        return floats("high_res_feat1", 1, c.hiddenDim() / 4, c.highRes1Size(), c.highRes1Size());
    }

    private static Port floats(String name, long... shape) {
        return new Port(name, OnnxJavaType.FLOAT, shape);
    }

    private static Port ints(String name, long... shape) {
        return new Port(name, OnnxJavaType.INT32, shape);
    }
}
