package dev.masklet.engine.onnx.tests.sam2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.masklet.engine.onnx.internal.sam2.Sam2FrameResult;
import dev.masklet.engine.onnx.internal.sam2.Sam2Model;
import dev.masklet.engine.onnx.internal.sam2.Sam2ObjectResult;
import dev.masklet.engine.onnx.internal.sam2.Sam2Prompt;
import dev.masklet.engine.onnx.internal.sam2.Sam2TrackerOptions;
import dev.masklet.engine.onnx.internal.sam2.Sam2VideoTracker;

/**
 * Tracker behaviour the reference run does not exercise: reverse propagation, cancellation, removing objects and
 * resetting. These check bookkeeping and shapes, not numbers (there is no reference for them).
 */
class Sam2TrackerApiTest {
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
    void reversePropagationRunsBackwardsFromThePromptedFrame() throws IOException {
        try (Sam2VideoTracker tracker = new Sam2VideoTracker(model, fixture.frames(), Sam2TrackerOptions.defaults())) {
            Sam2FrameResult prompted = tracker.addPrompt(3, 7, Sam2Prompt.click(120, 120, true));
            assertTrue(prompted.object(7).orElseThrow().conditioning());
            List<Sam2FrameResult> frames = new ArrayList<>();
            assertEquals(3, tracker.propagate(OptionalInt.empty(), 2, true, () -> false, frames::add));
            assertEquals(List.of(3, 2, 1), frames.stream().map(Sam2FrameResult::frameIndex).toList());
            assertTrue(frames.get(0).object(7).orElseThrow().conditioning(), "the prompted frame is reused");
            for (Sam2FrameResult frame : frames.subList(1, 3)) {
                Sam2ObjectResult result = frame.object(7).orElseThrow();
                assertFalse(result.conditioning());
                assertEquals(fixture.videoWidth() * fixture.videoHeight(), result.videoMask().length);
                assertEquals(result.absent(), result.objectScore() <= 0);
            }
            assertEquals(0, tracker.propagate(0, true, r -> { }), "reverse from frame 0 computes nothing");
        }
    }

    @Test
    void cancellationRemovalAndReset() throws IOException {
        try (Sam2VideoTracker tracker = new Sam2VideoTracker(model, fixture.frames(), Sam2TrackerOptions.defaults())) {
            tracker.addPrompt(0, 1, Sam2Prompt.click(60, 120, true));
            tracker.addPrompt(0, 2, Sam2Prompt.box(230, 20, 290, 70));
            assertEquals(List.of(1, 2), tracker.objectIds());
            int[] delivered = {0};
            int done = tracker.propagate(OptionalInt.empty(), 9, false, () -> delivered[0] >= 2,
                    r -> delivered[0]++);
            assertEquals(2, done, "propagation stops once cancelled");

            tracker.removeObject(1);
            assertEquals(List.of(2), tracker.objectIds());
            assertTrue(tracker.conditioningFrames(1).isEmpty());
            tracker.reset();
            assertTrue(tracker.objectIds().isEmpty());
            assertThrows(IllegalStateException.class, () -> tracker.propagate(r -> { }));
            assertThrows(IndexOutOfBoundsException.class,
                    () -> tracker.addPrompt(fixture.frameCount(), 1, Sam2Prompt.click(1, 1, true)));
        }
    }
}
