package dev.masklet.engine.onnx.tests.sam2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.masklet.engine.CorrectionMode;
import dev.masklet.engine.onnx.internal.sam2.Sam2MemoryLayout;
import dev.masklet.engine.onnx.internal.sam2.Sam2Model;
import dev.masklet.engine.onnx.internal.sam2.Sam2ObjectResult;
import dev.masklet.engine.onnx.internal.sam2.Sam2Prompt;
import dev.masklet.engine.onnx.internal.sam2.Sam2TrackerOptions;
import dev.masklet.engine.onnx.internal.sam2.Sam2VideoTracker;

/**
 * Corrections that last, on a generated clip: the object is prompted on frame 0, tracked to frame 3, corrected there,
 * then tracked 10 more frames. With the default correction mode the correction is a conditioning frame and stays in
 * the memory of every later frame; with transformers' behaviour it is an ordinary tracked frame and leaves the
 * memory window (6 previous frames) after 7 frames. Random micro weights: this checks the memory, not mask quality.
 */
class Sam2LastingCorrectionTest {
    private static final int OBJECT = 1;
    private static final int CORRECTED = 3;
    private static final int LAST = 13;

    private static Sam2Model model;

    @BeforeAll
    static void openModel() throws IOException {
        model = Sam2Model.open(Sam2Fixture.directory(), Sam2ReferenceTest.THREADS);
    }

    @AfterAll
    static void closeModel() {
        if (model != null) {
            model.close();
        }
    }

    /** What one mode left behind: results per frame, conditioning frames, and the memory each frame attended to. */
    private record Run(TreeMap<Integer, Sam2ObjectResult> results, Set<Integer> conditioning,
            TreeMap<Integer, Sam2MemoryLayout> layouts) {
    }

    private static Run run(CorrectionMode mode) {
        GeneratedClip clip = new GeneratedClip(200, 150, LAST + 2);
        TreeMap<Integer, Sam2ObjectResult> results = new TreeMap<>();
        TreeMap<Integer, Sam2MemoryLayout> layouts = new TreeMap<>();
        try (Sam2VideoTracker tracker = new Sam2VideoTracker(model, clip,
                Sam2TrackerOptions.defaults().withCorrectionMode(mode))) {
            double[] c0 = clip.diskCentre(0);
            results.put(0, tracker.addPrompt(0, OBJECT, Sam2Prompt.click((float) c0[0], (float) c0[1], true))
                    .object(OBJECT).orElseThrow());
            tracker.propagate(OptionalInt.of(1), CORRECTED - 1, false, () -> false,
                    r -> results.put(r.frameIndex(), r.object(OBJECT).orElseThrow()));
            // The correction: the disk's centre (positive) and the rectangle (negative) on frame 3.
            double[] c = clip.diskCentre(CORRECTED);
            int[] rect = clip.rectangle();
            Sam2Prompt correction = Sam2Prompt.clicks(new float[] {(float) c[0], (float) c[1],
                    (rect[0] + rect[2]) / 2f, (rect[1] + rect[3]) / 2f}, new int[] {1, 0});
            results.put(CORRECTED, tracker.addPrompt(CORRECTED, OBJECT, correction).object(OBJECT).orElseThrow());
            tracker.propagate(OptionalInt.of(CORRECTED + 1), LAST - CORRECTED - 1, false, () -> false, r -> {
                results.put(r.frameIndex(), r.object(OBJECT).orElseThrow());
            });
            for (int f = CORRECTED + 1; f <= LAST + 1; f++) {
                layouts.put(f, tracker.memoryLayout(OBJECT, f, false));
            }
            return new Run(results, tracker.conditioningFrames(OBJECT), layouts);
        }
    }

    @Test
    void aDefaultCorrectionStaysInTheMemoryWhileATransformersCorrectionLeavesIt() {
        Run lasting = run(Sam2TrackerOptions.defaults().correctionMode());
        Run transformers = run(CorrectionMode.TRANSFORMERS);
        assertEquals(CorrectionMode.LASTING, Sam2TrackerOptions.defaults().correctionMode());

        // Tracker state: a conditioning frame in one mode, an ordinary tracked frame in the other.
        assertEquals(Set.of(0, CORRECTED), lasting.conditioning());
        assertEquals(Set.of(0), transformers.conditioning());
        assertTrue(lasting.results().get(CORRECTED).conditioning());
        assertFalse(transformers.results().get(CORRECTED).conditioning());
        for (int f = CORRECTED + 1; f <= LAST + 1; f++) {
            List<Integer> kept = lasting.layouts().get(f).spatialFrames();
            List<Integer> plain = transformers.layouts().get(f).spatialFrames();
            assertEquals(List.of(0, CORRECTED), kept.subList(0, 2), "frame " + f + " attends " + kept);
            assertEquals(0, plain.get(0));
            boolean inWindow = f - CORRECTED <= 6;
            assertEquals(inWindow, plain.contains(CORRECTED), "frame " + f + " attends " + plain);
        }
        // 7 frames after the correction (frame 10) transformers' memory no longer holds it; the default one does.
        assertFalse(transformers.layouts().get(CORRECTED + 7).spatialFrames().contains(CORRECTED));
        assertTrue(lasting.layouts().get(LAST + 1).spatialFrames().contains(CORRECTED));

        // Masks: identical up to the correction (it is computed the same way in both modes), different after it.
        for (int f = 0; f <= CORRECTED; f++) {
            assertArrayEquals(lasting.results().get(f).lowResLogits(), transformers.results().get(f).lowResLogits(),
                    "frame " + f);
        }
        long pixelsAfterWindow = 0;
        for (int f = CORRECTED + 1; f <= LAST; f++) {
            Sam2ObjectResult a = lasting.results().get(f);
            Sam2ObjectResult b = transformers.results().get(f);
            double d = maxAbsDiff(a.lowResLogits(), b.lowResLogits());
            long px = differingPixels(a.videoMask(), b.videoMask());
            System.out.printf("frame %2d: scores %.3f / %.3f, max |d| logits %.4f, mask px differing %d%n", f,
                    a.objectScore(), b.objectScore(), d, px);
            assertTrue(d > 1e-3, "frame " + f + ": the modes should differ, max |d| " + d);
            if (f - CORRECTED > 6) {
                pixelsAfterWindow += px;
            }
        }
        assertTrue(pixelsAfterWindow > 0, "masks after the memory window should differ between the modes");
    }

    private static double maxAbsDiff(float[] a, float[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    private static long differingPixels(byte[] a, byte[] b) {
        long n = 0;
        for (int i = 0; i < a.length; i++) {
            n += a[i] != b[i] ? 1 : 0;
        }
        return n;
    }
}
