package dev.masklet.engine.onnx.tests.sam2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.masklet.engine.CorrectionMode;
import dev.masklet.engine.onnx.internal.sam2.Sam2FrameResult;
import dev.masklet.engine.onnx.internal.sam2.Sam2Model;
import dev.masklet.engine.onnx.internal.sam2.Sam2ObjectResult;
import dev.masklet.engine.onnx.internal.sam2.Sam2Prompt;
import dev.masklet.engine.onnx.internal.sam2.Sam2TrackerOptions;
import dev.masklet.engine.onnx.internal.sam2.Sam2VideoTracker;

/**
 * The two correction modes on a short script over the fixture clip: prompt two objects on frame 0, track frames
 * 1–3, correct object 1 on frame 2, then propagate over frame 2 again. A lasting correction survives that; the
 * transformers behaviour recomputes the frame and loses it.
 */
class Sam2CorrectionModeTest {
    private static final int CORRECTED_FRAME = 2;
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

    /** What one mode produced: the correction itself and frame 2 after propagating over it again. */
    private record Outcome(Sam2ObjectResult correction, Sam2ObjectResult repropagated, Set<Integer> conditioning) {
    }

    private static Outcome run(CorrectionMode mode) throws IOException {
        Sam2TrackerOptions options = Sam2TrackerOptions.defaults().withCorrectionMode(mode);
        try (Sam2VideoTracker tracker = new Sam2VideoTracker(model, fixture.frames(), options)) {
            tracker.addPrompt(0, OBJECT, Sam2Prompt.clicks(new float[] {60, 120, 200, 200}, new int[] {1, 0}));
            tracker.addPrompt(0, 2, Sam2Prompt.box(230, 20, 290, 70));
            assertEquals(4, tracker.propagate(OptionalInt.empty(), 3, false, () -> false, r -> { }));
            // The disk has moved 20 px per frame; click its centre on the corrected frame.
            Sam2ObjectResult correction = tracker.addPrompt(CORRECTED_FRAME, OBJECT,
                    Sam2Prompt.click(60 + 20 * CORRECTED_FRAME, 120, true)).object(OBJECT).orElseThrow();
            List<Sam2FrameResult> again = new ArrayList<>();
            tracker.propagate(OptionalInt.of(CORRECTED_FRAME), 0, false, () -> false, again::add);
            assertEquals(1, again.size());
            return new Outcome(correction, again.get(0).object(OBJECT).orElseThrow(),
                    tracker.conditioningFrames(OBJECT));
        }
    }

    @Test
    void lastingCorrectionSurvivesPropagationWhileTransformersBehaviourLosesIt() throws IOException {
        Outcome lasting = run(CorrectionMode.LASTING);
        Outcome transformers = run(CorrectionMode.TRANSFORMERS);

        // Both modes compute the correction the same way (with memory); they differ in what they keep.
        assertArrayEquals(transformers.correction().lowResLogits(), lasting.correction().lowResLogits());
        assertTrue(lasting.correction().conditioning());
        assertFalse(transformers.correction().conditioning());
        assertEquals(Set.of(0, CORRECTED_FRAME), lasting.conditioning());
        assertEquals(Set.of(0), transformers.conditioning());

        assertArrayEquals(lasting.correction().lowResLogits(), lasting.repropagated().lowResLogits(),
                "a lasting correction is handed out again, not recomputed");
        assertTrue(lasting.repropagated().conditioning());
        double lost = maxAbsDiff(transformers.correction().lowResLogits(),
                transformers.repropagated().lowResLogits());
        System.out.printf("correction on frame %d: max |d| logits after re-propagation, transformers mode %.3f%n",
                CORRECTED_FRAME, lost);
        assertTrue(lost > 1e-2, "re-tracking the frame should replace the correction, max |d| " + lost);
    }

    private static double maxAbsDiff(float[] a, float[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }
}
