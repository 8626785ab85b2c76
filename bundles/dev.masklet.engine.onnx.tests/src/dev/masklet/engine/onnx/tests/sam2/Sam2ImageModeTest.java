package dev.masklet.engine.onnx.tests.sam2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import dev.masklet.core.image.RgbImage;
import dev.masklet.core.mask.BinaryMask;
import dev.masklet.engine.ImageEmbedding;
import dev.masklet.engine.MaskPrediction;
import dev.masklet.engine.Prompt;
import dev.masklet.engine.onnx.internal.EngineSettings;
import dev.masklet.engine.onnx.internal.sam2.Sam2ImageEngine;
import dev.masklet.engine.onnx.internal.sam2.Sam2MaskPostprocessor;

/**
 * SAM 2 image mode (vision encoder + mask decoder, frame embedding = backbone feature + no_memory_embedding) on the
 * micro fixture: the first-frame outputs of both objects must be the transformers reference's conditioning outputs
 * of frame 0 within CONTRACT.md §7's tolerances (low-res logits 1e-3, object score and pointer 1e-4, video masks
 * equal except at ambiguous pixels).
 */
class Sam2ImageModeTest {
    private static Sam2Fixture fixture;
    private static Sam2ImageEngine engine;
    private static ImageEmbedding frame0;

    @BeforeAll
    static void open() throws Exception {
        fixture = Sam2Fixture.load();
        engine = Sam2ImageEngine.open(fixture.dir, EngineSettings.defaults().withThreads(1));
        frame0 = engine.encode(new RgbImage(fixture.videoWidth(), fixture.videoHeight(), fixture.pngFrame(0)));
    }

    @AfterAll
    static void close() {
        if (engine != null) {
            engine.close();
        }
    }

    /** Object 1 (E0): a positive click on the disk and a negative one; absent on frame 0 in the reference. */
    @Test
    void object1FromTwoClicksMatchesTheReference() throws Exception {
        Prompt clicks = Prompt.of(List.of(new Prompt.Point(60, 120, true), new Prompt.Point(200, 200, false)), null);
        Sam2ImageEngine.Result result = engine.decode(frame0, clicks);
        JsonObject ref = referenceObject(0, 1);
        assertMatches(ref, result, "object 1");
        assertTrue(result.objectScore() < 0, "object 1 is absent on frame 0 in the reference");
        assertEquals(0, result.prediction().mask().area(), "an absent object has an empty mask");
    }

    /** Object 2 (E1): a box around the striped rectangle; present on frame 0. */
    @Test
    void object2FromABoxMatchesTheReference() throws Exception {
        Prompt box = Prompt.of(List.of(), new Prompt.Box(230, 20, 290, 70));
        Sam2ImageEngine.Result result = engine.decode(frame0, box);
        assertMatches(referenceObject(1, 2), result, "object 2");
        assertTrue(result.objectScore() > 0);
        assertTrue(result.prediction().mask().area() > 0);
        // the service method gives the same mask and logits
        MaskPrediction viaService = engine.predict(frame0, box);
        assertArrayEquals(result.prediction().lowResLogits(), viaService.lowResLogits());
        assertEquals(result.prediction().mask().area(), viaService.mask().area());
    }

    /** CUDA asked for on the CPU-only runtime: the SAM 2 graphs run on the CPU, say so, and give the same result. */
    @Test
    void cudaFallsBackToTheCpuWithTheSameResult() throws Exception {
        Prompt box = Prompt.of(List.of(), new Prompt.Box(230, 20, 290, 70));
        try (Sam2ImageEngine onCuda = Sam2ImageEngine.open(fixture.dir,
                EngineSettings.defaults().withThreads(1).withDevice("cuda"))) {
            assertTrue(onCuda.deviceStatus().isFallback(), onCuda.deviceStatus().message());
            assertTrue(onCuda.deviceStatus().message().startsWith("CUDA requested but not available ("),
                    onCuda.deviceStatus().message());
            ImageEmbedding embedding = onCuda.encode(
                    new RgbImage(fixture.videoWidth(), fixture.videoHeight(), fixture.pngFrame(0)));
            assertMatches(referenceObject(1, 2), onCuda.decode(embedding, box), "object 2 (CUDA requested)");
        }
    }

    private static JsonObject referenceObject(int step, int objectId) {
        JsonObject s = fixture.reference.getAsJsonArray("steps").get(step).getAsJsonObject();
        assertEquals(0, s.get("frame_idx").getAsInt());
        for (var o : s.getAsJsonArray("objects")) {
            JsonObject obj = o.getAsJsonObject();
            if (obj.get("obj_id").getAsInt() == objectId) {
                assertEquals("cond", obj.get("storage").getAsString(), "a first prompt starts the object's memory");
                return obj;
            }
        }
        throw new AssertionError("reference step " + step + " has no object " + objectId);
    }

    private static void assertMatches(JsonObject ref, Sam2ImageEngine.Result result, String what) {
        float[] refLow = fixture.floatBlob(ref.get("low_res_logits").getAsString());
        float[] refPointer = fixture.floatBlob(ref.get("object_pointer").getAsString());
        byte[] refMask = fixture.byteBlob(ref.get("video_mask").getAsString());
        float refScore = ref.get("object_score_logit").getAsFloat();
        double low = maxAbs(refLow, result.prediction().lowResLogits());
        double pointer = maxAbs(refPointer, result.objectPointer());
        double score = Math.abs(refScore - result.objectScore());
        int width = fixture.videoWidth();
        int height = fixture.videoHeight();
        float[] refVideoLogits = Sam2MaskPostprocessor.videoLogits(refLow, 256, width, height);
        BinaryMask mask = result.prediction().mask();
        int unambiguousMismatch = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = y * width + x;
                if (mask.get(x, y) != (refMask[p] != 0) && Math.abs(refVideoLogits[p]) >= 1e-3) {
                    unambiguousMismatch++;
                }
            }
        }
        String summary = String.format(Locale.ROOT, "%s: low-res max|d| %.2e, score |d| %.2e, pointer max|d| %.2e, "
                + "mask px differing outside ambiguous ones %d", what, low, score, pointer, unambiguousMismatch);
        System.out.println("SAM 2 image mode vs reference, " + summary);
        assertTrue(low <= 1e-3, summary);
        assertTrue(score <= 1e-4, summary);
        assertTrue(pointer <= 1e-4, summary);
        assertEquals(0, unambiguousMismatch, summary);
    }

    private static double maxAbs(float[] reference, float[] mine) {
        assertEquals(reference.length, mine.length);
        double max = 0;
        for (int i = 0; i < reference.length; i++) {
            max = Math.max(max, Math.abs((double) reference[i] - mine[i]));
        }
        return max;
    }
}
