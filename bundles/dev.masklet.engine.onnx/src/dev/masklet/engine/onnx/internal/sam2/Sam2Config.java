package dev.masklet.engine.onnx.internal.sam2;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The numbers of the SAM 2 host algorithm, read from {@code constants.json["config"]} so that a differently sized
 * export (or a future checkpoint with other memory settings) needs no code change.
 *
 * @param imageSize side of the square model input (1024)
 * @param lowResMaskSize side of the decoder's mask logits (256)
 * @param featureHeight rows of the backbone feature grid (64)
 * @param featureWidth columns of the backbone feature grid (64)
 * @param hiddenDim channels of the backbone feature and length of an object pointer (256)
 * @param memDim channels of a memory token (64)
 * @param memoryTokensPerFrame spatial memory tokens of one frame (featureHeight * featureWidth)
 * @param pointerTokensPerPointer memory tokens one object pointer is split into (hiddenDim / memDim)
 * @param numMaskmem temporal encodings available: conditioning frames plus numMaskmem - 1 previous frames
 * @param maxObjectPointers upper bound of object pointers attended to
 * @param maxCondFrameNum conditioning frames attended to, -1 for all
 * @param multimaskOutputInSam whether the decoder may choose among several masks at all
 * @param multimaskMinPointCount fewest prompt points for which multimask output is used
 * @param multimaskMaxPointCount most prompt points for which multimask output is used
 * @param multimaskOutputForTracking whether tracked (non-initial) frames use multimask output
 * @param temporalPointerEncoding whether object pointers get a temporal position encoding
 * @param bfloat16MemoryRounding whether spatial memories are rounded to bfloat16 as the reference stores them
 * @param noObjectScore logit filled into the masks of absent objects (-1024)
 */
public record Sam2Config(int imageSize, int lowResMaskSize, int featureHeight, int featureWidth, int hiddenDim,
        int memDim, int memoryTokensPerFrame, int pointerTokensPerPointer, int numMaskmem, int maxObjectPointers,
        int maxCondFrameNum, boolean multimaskOutputInSam, int multimaskMinPointCount, int multimaskMaxPointCount,
        boolean multimaskOutputForTracking, boolean temporalPointerEncoding, boolean bfloat16MemoryRounding,
        float noObjectScore) {

    public Sam2Config {
        if (featureHeight * featureWidth != memoryTokensPerFrame) {
            throw new Sam2Exception("constants.json: memory_tokens_per_frame " + memoryTokensPerFrame
                    + " is not backbone_feature_size " + featureHeight + "x" + featureWidth);
        }
        if (pointerTokensPerPointer * memDim != hiddenDim) {
            throw new Sam2Exception("constants.json: obj_ptr_tokens_per_pointer " + pointerTokensPerPointer
                    + " x mem_dim " + memDim + " is not hidden_dim " + hiddenDim);
        }
        if (numMaskmem < 1 || maxObjectPointers < 1) {
            throw new Sam2Exception("constants.json: num_maskmem and max_object_pointers_in_encoder must be >= 1");
        }
    }

    static Sam2Config fromJson(JsonObject config) {
        JsonArray feature = require(config, "backbone_feature_size").getAsJsonArray();
        return new Sam2Config(
                integer(config, "image_size"),
                integer(config, "low_res_mask_size"),
                feature.get(0).getAsInt(),
                feature.get(1).getAsInt(),
                integer(config, "hidden_dim"),
                integer(config, "mem_dim"),
                integer(config, "memory_tokens_per_frame"),
                integer(config, "obj_ptr_tokens_per_pointer"),
                integer(config, "num_maskmem"),
                integer(config, "max_object_pointers_in_encoder"),
                integer(config, "max_cond_frame_num"),
                bool(config, "multimask_output_in_sam"),
                integer(config, "multimask_min_pt_num"),
                integer(config, "multimask_max_pt_num"),
                bool(config, "multimask_output_for_tracking"),
                bool(config, "enable_temporal_pos_encoding_for_object_pointers"),
                bool(config, "maskmem_features_bfloat16_rounding"),
                require(config, "no_obj_score").getAsFloat());
    }

    /** Side of the stride-4 decoder feature (256) and its channels (hiddenDim / 8), as SAM 2's conv_s0 makes it. */
    int highRes0Size() {
        return imageSize / 4;
    }

    /** Side of the stride-8 decoder feature (128), channels hiddenDim / 4 (conv_s1). */
    int highRes1Size() {
        return imageSize / 8;
    }

    private static JsonElement require(JsonObject config, String key) {
        JsonElement value = config.get(key);
        if (value == null || value.isJsonNull()) {
            throw new Sam2Exception("constants.json: config." + key + " is missing");
        }
        return value;
    }

    private static int integer(JsonObject config, String key) {
        return require(config, key).getAsInt();
    }

    private static boolean bool(JsonObject config, String key) {
        return require(config, key).getAsBoolean();
    }
}
