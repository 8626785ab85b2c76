package dev.masklet.engine.onnx.tests.sam2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.masklet.engine.CorrectionMode;
import dev.masklet.engine.onnx.internal.sam2.Sam2Constants;
import dev.masklet.engine.onnx.internal.sam2.Sam2MaskPostprocessor;
import dev.masklet.engine.onnx.internal.sam2.Sam2Model;
import dev.masklet.engine.onnx.internal.sam2.Sam2Preprocessor;
import dev.masklet.engine.onnx.internal.sam2.Sam2TrackerOptions;
import dev.masklet.engine.onnx.internal.sam2.Sam2VideoTracker;

/**
 * Replays the SAM 2.1 micro fixture's prompt script (two objects prompted on frame 0, propagation, a corrective click
 * on frame 5, re-propagation from frame 6) and checks every recorded step against the transformers 5.17 reference.
 */
class Sam2ReferenceTest {
    /** ONNX Runtime threads per call; the build machine is shared, so at most 2. */
    static final int THREADS = Math.max(1, Math.min(2, Integer.getInteger("masklet.sam2.threads", 2)));

    private static Sam2Fixture fixture;
    private static Sam2Model model;

    @BeforeAll
    static void openModel() throws IOException {
        fixture = Sam2Fixture.load();
        model = Sam2Model.open(fixture.dir, THREADS);
    }

    @AfterAll
    static void closeModel() {
        if (model != null) {
            model.close();
        }
    }

    /** The reference ran transformers' video API, whose semantics are those of the TRANSFORMERS mode. */
    static Sam2TrackerOptions referenceOptions() {
        return Sam2TrackerOptions.defaults().withCorrectionMode(CorrectionMode.TRANSFORMERS);
    }

    @Test
    void pngFramesAreTheReferenceFrames() throws IOException {
        byte[] all = fixture.byteBlob("frames_u8");
        int frameBytes = 3 * fixture.videoWidth() * fixture.videoHeight();
        for (int i = 0; i < fixture.frameCount(); i++) {
            assertArrayEquals(Arrays.copyOfRange(all, i * frameBytes, (i + 1) * frameBytes), fixture.pngFrame(i),
                    "frame " + i);
        }
    }

    @Test
    void preprocessingMatchesTransformersPixelValues() throws IOException {
        Sam2Constants constants = model.constants();
        int size = constants.config().imageSize();
        Sam2Preprocessor preprocessor = new Sam2Preprocessor(constants, fixture.videoWidth(), fixture.videoHeight());
        float[] pixels = new float[preprocessor.outputLength()];
        preprocessor.process(fixture.pngFrame(0), pixels);

        JsonObject meta = fixture.json("pixel_values_frame0.json");
        float[] crops = Sam2Fixture.floats(fixture.dir.resolve("pixel_values_frame0.bin"));
        double maxDiff = 0;
        for (String name : meta.getAsJsonObject("blobs").keySet()) {
            JsonObject blob = meta.getAsJsonObject("blobs").getAsJsonObject(name);
            JsonArray rows = meta.getAsJsonObject("crops_yx").getAsJsonObject(name).getAsJsonArray("rows");
            JsonArray cols = meta.getAsJsonObject("crops_yx").getAsJsonObject(name).getAsJsonArray("cols");
            int r0 = rows.get(0).getAsInt();
            int c0 = cols.get(0).getAsInt();
            int h = rows.get(1).getAsInt() - r0;
            int w = cols.get(1).getAsInt() - c0;
            int at = blob.get("offset").getAsInt() / 4;
            for (int c = 0; c < 3; c++) {
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        float expected = crops[at + (c * h + y) * w + x];
                        float actual = pixels[(c * size + r0 + y) * size + c0 + x];
                        maxDiff = Math.max(maxDiff, Math.abs(expected - actual));
                    }
                }
            }
        }
        System.out.printf("preprocessing: max |d| over the reference crops %.3e%n", maxDiff);
        assertTrue(maxDiff < 1e-5, "pixel values differ from transformers by " + maxDiff);

        JsonArray sums = meta.getAsJsonObject("stats").getAsJsonArray("sum_per_channel_f64");
        for (int c = 0; c < 3; c++) {
            double sum = 0;
            for (int i = c * size * size; i < (c + 1) * size * size; i++) {
                sum += pixels[i];
            }
            double expected = sums.get(c).getAsDouble();
            assertEquals(expected, sum, Math.abs(expected) * 1e-6, "sum of channel " + c);
        }
    }

    /** The mask resize alone, applied to the reference's own logits, must reproduce the reference masks exactly. */
    @Test
    void videoMaskResizeMatchesTransformers() {
        int size = model.config().lowResMaskSize();
        int records = 0;
        for (JsonElement step : fixture.reference.getAsJsonArray("steps")) {
            for (JsonElement object : step.getAsJsonObject().getAsJsonArray("objects")) {
                JsonObject o = object.getAsJsonObject();
                byte[] expected = fixture.byteBlob(o.get("video_mask").getAsString());
                byte[] actual = Sam2MaskPostprocessor.videoMask(fixture.floatBlob(o.get("low_res_logits")
                        .getAsString()), size, fixture.videoWidth(), fixture.videoHeight());
                assertArrayEquals(expected, actual, o.get("video_mask").getAsString());
                records++;
            }
        }
        assertEquals(33, records);
    }

    @Test
    void replayMatchesTransformersReference() throws IOException {
        long start = System.nanoTime();
        List<Sam2ReferenceReplay.Step> steps;
        try (Sam2VideoTracker tracker = new Sam2VideoTracker(model, fixture.frames(), referenceOptions())) {
            steps = Sam2ReferenceReplay.run(tracker, fixture.reference.getAsJsonObject("prompts"));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Sam2ReferenceComparison comparison = Sam2ReferenceComparison.compare(fixture, steps);
        comparison.perRecord.forEach(System.out::println);
        System.out.printf("reference replay (%.1f s, %d threads): %s%n", seconds, THREADS, comparison.summary());

        assertTrue(comparison.structuralProblems.isEmpty(), comparison.structuralProblems.toString());
        assertEquals(33, comparison.records, "records compared");
        assertTrue(comparison.lowResMaxAbs < Sam2ReferenceComparison.LOW_RES_TOLERANCE, comparison.summary());
        assertTrue(comparison.scoreMaxAbs <= Sam2ReferenceComparison.SCORE_TOLERANCE, comparison.summary());
        assertTrue(comparison.pointerMaxAbs <= Sam2ReferenceComparison.POINTER_TOLERANCE, comparison.summary());
        assertEquals(0, comparison.videoMaskMismatchUnambiguous, comparison.summary());
        assertTrue(comparison.withinTolerance(), comparison.summary());
    }
}
