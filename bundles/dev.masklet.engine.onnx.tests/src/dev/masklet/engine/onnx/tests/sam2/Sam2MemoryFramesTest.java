package dev.masklet.engine.onnx.tests.sam2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.masklet.engine.TrackingOptions;
import dev.masklet.engine.onnx.internal.sam2.Sam2Model;
import dev.masklet.engine.onnx.internal.sam2.Sam2Prompt;
import dev.masklet.engine.onnx.internal.sam2.Sam2TrackerOptions;
import dev.masklet.engine.onnx.internal.sam2.Sam2VideoTracker;

/**
 * The memory frames setting (SAM 2's num_maskmem) in the host loop on the micro fixture: the default is all 7 frames
 * the model was trained with (what {@code Sam2ReferenceTest} checks against transformers), fewer frames feed the
 * memory attention only the prompted frame and the most recent tracked ones, and that changes the masks.
 */
class Sam2MemoryFramesTest {
    private static final int OBJECT = 1;
    private static Sam2Fixture fixture;
    private static Sam2Model model;

    @BeforeAll
    static void openModel() throws IOException {
        fixture = Sam2Fixture.load();
        model = Sam2Model.open(fixture.dir, Sam2ReferenceTest.THREADS);
    }

    @AfterAll
    static void closeModel() {
        if (model != null) {
            model.close();
        }
    }

    @Test
    void defaultIsTheModelsSevenFramesTheReferenceRunsWith() {
        assertEquals(7, TrackingOptions.defaults().memoryFrames());
        assertEquals(7, Sam2TrackerOptions.defaults().memoryFrames());
        assertEquals(7, model.config().numMaskmem());
        assertThrows(IllegalArgumentException.class, () -> TrackingOptions.defaults().withMemoryFrames(0));
        assertThrows(IllegalArgumentException.class, () -> TrackingOptions.defaults().withMemoryFrames(8));
    }

    /** Frame 9 of a clip prompted on frame 0: the prompted frame, then the (memoryFrames - 1) nearest frames. */
    @Test
    void fewerMemoryFramesFeedFewerRecentFramesAndChangeTheMasks() throws IOException {
        Map<Integer, Run> runs = new TreeMap<>();
        for (int frames : new int[] { 7, 3, 1 }) {
            runs.put(frames, track(frames));
        }
        assertEquals(List.of(0, 3, 4, 5, 6, 7, 8), runs.get(7).memoryAtLastFrame);
        assertEquals(List.of(0, 7, 8), runs.get(3).memoryAtLastFrame);
        assertEquals(List.of(0), runs.get(1).memoryAtLastFrame);
        assertEquals(runs.get(7).logitsAtLastFrame.length, runs.get(3).logitsAtLastFrame.length);
        assertTrue(maxDifference(runs.get(7).logitsAtLastFrame, runs.get(3).logitsAtLastFrame) > 1e-3,
                "3 memory frames give other mask logits than 7");
        assertTrue(maxDifference(runs.get(3).logitsAtLastFrame, runs.get(1).logitsAtLastFrame) > 1e-3,
                "1 memory frame gives other mask logits than 3");
    }

    private record Run(List<Integer> memoryAtLastFrame, float[] logitsAtLastFrame) {
    }

    private static Run track(int memoryFrames) throws IOException {
        Sam2TrackerOptions options = Sam2TrackerOptions.defaults().withMemoryFrames(memoryFrames);
        try (Sam2VideoTracker tracker = new Sam2VideoTracker(model, fixture.frames(), options)) {
            tracker.addPrompt(0, OBJECT, Sam2Prompt.click(60, 120, true));
            int last = fixture.frameCount() - 1;
            float[][] logits = new float[1][];
            tracker.propagate(0, false, result -> {
                if (result.frameIndex() == last) {
                    logits[0] = result.object(OBJECT).orElseThrow().lowResLogits().clone();
                }
            });
            return new Run(tracker.memoryLayout(OBJECT, last, false).spatialFrames(), logits[0]);
        }
    }

    private static double maxDifference(float[] a, float[] b) {
        double worst = 0;
        for (int i = 0; i < a.length; i++) {
            worst = Math.max(worst, Math.abs(a[i] - b[i]));
        }
        return worst;
    }
}
