package dev.masklet.engine.onnx.tests.sam2;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.masklet.engine.onnx.internal.sam2.Sam2MaskPostprocessor;
import dev.masklet.engine.onnx.internal.sam2.Sam2ObjectResult;

/**
 * Compares a replay with the transformers reference using CONTRACT.md §7's tolerances: low-res logits within 1e-3,
 * object scores and pointers within 1e-4, video masks identical except at pixels whose reference video-resolution
 * logit lies within 1e-3 of zero, and the same conditioning / tracked storage for every record.
 */
final class Sam2ReferenceComparison {
    static final double LOW_RES_TOLERANCE = 1e-3;
    static final double SCORE_TOLERANCE = 1e-4;
    static final double POINTER_TOLERANCE = 1e-4;
    static final double AMBIGUOUS_VIDEO_LOGIT = 1e-3;

    double lowResMaxAbs;
    double scoreMaxAbs;
    double pointerMaxAbs;
    int videoMaskMismatch;
    int videoMaskMismatchUnambiguous;
    int ambiguousPixels;
    int records;
    final List<String> structuralProblems = new ArrayList<>();
    final List<String> perRecord = new ArrayList<>();

    private final Sam2Fixture fixture;
    private final JsonArray referenceSteps;
    private int nextStep;

    Sam2ReferenceComparison(Sam2Fixture fixture) {
        this.fixture = fixture;
        this.referenceSteps = fixture.reference.getAsJsonArray("steps");
    }

    /** Compares a whole replay, including that it made exactly the reference's steps. */
    static Sam2ReferenceComparison compare(Sam2Fixture fixture, List<Sam2ReferenceReplay.Step> steps) {
        Sam2ReferenceComparison c = new Sam2ReferenceComparison(fixture);
        steps.forEach(c::accept);
        if (steps.size() != c.referenceSteps.size()) {
            c.structuralProblems.add("replay made " + steps.size() + " steps, reference has "
                    + c.referenceSteps.size());
        }
        return c;
    }

    /**
     * Compares the next step of a replay as it arrives.
     *
     * @return whether everything compared so far is within tolerance
     */
    boolean accept(Sam2ReferenceReplay.Step step) {
        int index = nextStep++;
        if (index >= referenceSteps.size()) {
            structuralProblems.add("replay step " + index + " has no reference counterpart");
        } else {
            compareStep(index, referenceSteps.get(index).getAsJsonObject(), step);
        }
        return withinTolerance();
    }

    private void compareStep(int index, JsonObject ref, Sam2ReferenceReplay.Step step) {
        String where = "step " + index + " (" + ref.get("event").getAsString() + ", frame "
                + ref.get("frame_idx").getAsInt() + ")";
        if (!ref.get("event").getAsString().equals(step.event())
                || ref.get("frame_idx").getAsInt() != step.result().frameIndex()) {
            structuralProblems.add(where + ": replay has " + step.event() + " frame " + step.result().frameIndex());
            return;
        }
        JsonArray refObjects = ref.getAsJsonArray("objects");
        if (refObjects.size() != step.result().objects().size()) {
            structuralProblems.add(where + ": " + step.result().objects().size() + " objects, reference "
                    + refObjects.size());
            return;
        }
        for (int k = 0; k < refObjects.size(); k++) {
            compareObject(where, refObjects.get(k).getAsJsonObject(), step.result().objects().get(k));
        }
    }

    private void compareObject(String where, JsonObject ref, Sam2ObjectResult mine) {
        int objectId = ref.get("obj_id").getAsInt();
        if (mine.objectId() != objectId) {
            structuralProblems.add(where + ": object " + mine.objectId() + " where reference has " + objectId);
            return;
        }
        boolean refConditioning = "cond".equals(ref.get("storage").getAsString());
        if (refConditioning != mine.conditioning()) {
            structuralProblems.add(where + " object " + objectId + ": stored as "
                    + (mine.conditioning() ? "cond" : "non_cond") + ", reference " + ref.get("storage"));
        }
        float[] refLow = fixture.floatBlob(string(ref, "low_res_logits"));
        float[] refPointer = fixture.floatBlob(string(ref, "object_pointer"));
        byte[] refMask = fixture.byteBlob(string(ref, "video_mask"));
        double low = maxAbs(refLow, mine.lowResLogits());
        double score = Math.abs((double) mine.objectScore() - ref.get("object_score_logit").getAsDouble());
        double pointer = maxAbs(refPointer, mine.objectPointer());
        float[] refVideoLogits = Sam2MaskPostprocessor.videoLogits(refLow, mine.lowResSize(), mine.width(),
                mine.height());
        byte[] mask = mine.videoMask();
        int mismatch = 0;
        int unambiguous = 0;
        for (int p = 0; p < refMask.length; p++) {
            boolean ambiguous = Math.abs(refVideoLogits[p]) < AMBIGUOUS_VIDEO_LOGIT;
            if (ambiguous) {
                ambiguousPixels++;
            }
            if (mask[p] != refMask[p]) {
                mismatch++;
                if (!ambiguous) {
                    unambiguous++;
                }
            }
        }
        records++;
        lowResMaxAbs = Math.max(lowResMaxAbs, low);
        scoreMaxAbs = Math.max(scoreMaxAbs, score);
        pointerMaxAbs = Math.max(pointerMaxAbs, pointer);
        videoMaskMismatch += mismatch;
        videoMaskMismatchUnambiguous += unambiguous;
        perRecord.add(String.format(Locale.ROOT, "%s obj %d: low-res %.2e, score %+.5f (d %.1e), pointer %.1e, "
                + "mask px %d (unambiguous %d)", where, objectId, low, mine.objectScore(), score, pointer, mismatch,
                unambiguous));
    }

    boolean withinTolerance() {
        return structuralProblems.isEmpty() && lowResMaxAbs < LOW_RES_TOLERANCE && scoreMaxAbs <= SCORE_TOLERANCE
                && pointerMaxAbs <= POINTER_TOLERANCE && videoMaskMismatchUnambiguous == 0;
    }

    String summary() {
        return String.format(Locale.ROOT, "%d records: low-res max|d| %.3e, score max|d| %.3e, pointer max|d| %.3e, "
                + "video-mask px differing %d (%d outside the %d ambiguous px)%s", records, lowResMaxAbs, scoreMaxAbs,
                pointerMaxAbs, videoMaskMismatch, videoMaskMismatchUnambiguous, ambiguousPixels,
                structuralProblems.isEmpty() ? "" : ", structure: " + structuralProblems);
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e.getAsString();
    }

    private static double maxAbs(float[] reference, float[] mine) {
        if (reference.length != mine.length) {
            return Double.POSITIVE_INFINITY;
        }
        double max = 0;
        for (int i = 0; i < reference.length; i++) {
            max = Math.max(max, Math.abs((double) reference[i] - mine[i]));
        }
        return max;
    }
}
