package dev.masklet.engine.onnx.tests.sam2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import dev.masklet.engine.onnx.internal.sam2.Sam2MemoryStats;
import dev.masklet.engine.onnx.internal.sam2.Sam2Model;
import dev.masklet.engine.onnx.internal.sam2.Sam2ObjectResult;
import dev.masklet.engine.onnx.internal.sam2.Sam2Prompt;
import dev.masklet.engine.onnx.internal.sam2.Sam2TrackerOptions;
import dev.masklet.engine.onnx.internal.sam2.Sam2VideoTracker;

/**
 * Bounded memory: a tracker that releases tracked frames as soon as no later frame can attend to them (correction
 * reach 0) gives bit-for-bit the results of one that keeps everything, while its memory bank stops growing.
 */
class Sam2MemoryRetentionTest {
    /** Long enough for spatial memories (window 6) and object pointers (window 15) to leave the windows. */
    private static final int FRAMES = 20;

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

    @Test
    void releasingUnreachableMemoryChangesNoResult() {
        GeneratedClip clip = new GeneratedClip(160, 120, FRAMES);
        double[] c = clip.diskCentre(0);
        Sam2Prompt prompt = Sam2Prompt.click((float) c[0], (float) c[1], true);
        List<Sam2FrameResult> kept = new ArrayList<>();
        List<Sam2FrameResult> bounded = new ArrayList<>();
        List<Sam2MemoryStats> boundedStats = new ArrayList<>();
        Sam2MemoryStats keptStats;
        try (Sam2VideoTracker all = new Sam2VideoTracker(model, clip,
                Sam2TrackerOptions.defaults().withCorrectionReach(Sam2TrackerOptions.UNLIMITED));
                Sam2VideoTracker lean = new Sam2VideoTracker(model, clip,
                        Sam2TrackerOptions.defaults().withCorrectionReach(0))) {
            kept.add(all.addPrompt(0, 1, prompt));
            bounded.add(lean.addPrompt(0, 1, prompt));
            all.propagate(OptionalInt.of(1), FRAMES, false, () -> false, kept::add);
            lean.propagate(OptionalInt.of(1), FRAMES, false, () -> false, r -> {
                bounded.add(r);
                boundedStats.add(lean.memoryStats());
            });
            keptStats = all.memoryStats();
        }
        assertEquals(FRAMES, kept.size());
        assertEquals(FRAMES, bounded.size());
        for (int i = 0; i < FRAMES; i++) {
            Sam2ObjectResult a = kept.get(i).object(1).orElseThrow();
            Sam2ObjectResult b = bounded.get(i).object(1).orElseThrow();
            assertArrayEquals(a.lowResLogits(), b.lowResLogits(), "logits of frame " + i);
            assertEquals(a.objectScore(), b.objectScore(), "score of frame " + i);
            assertArrayEquals(a.objectPointer(), b.objectPointer(), "pointer of frame " + i);
        }

        // Unlimited: every tracked frame is held. Bounded: the conditioning frame, the 6 frames the next frame
        // attends to and the newest one; pointers of the last 15 frames (the clip is 20 long, so 16 pointers).
        assertEquals(FRAMES - 1, keptStats.trackedOutputs());
        assertEquals(FRAMES, keptStats.spatialMemories());
        Sam2MemoryStats last = boundedStats.get(boundedStats.size() - 1);
        System.out.println("memory after " + FRAMES + " frames: unlimited " + keptStats + ", bounded " + last);
        for (Sam2MemoryStats s : boundedStats) {
            assertTrue(s.spatialMemories() <= 1 + 7, s.toString());
            assertTrue(s.trackedOutputs() <= 16, s.toString());
        }
        assertEquals(1 + 7, last.spatialMemories());
        assertEquals(16, last.trackedOutputs());
        assertTrue(last.bytes() < keptStats.bytes() / 2, last + " vs " + keptStats);
    }
}
