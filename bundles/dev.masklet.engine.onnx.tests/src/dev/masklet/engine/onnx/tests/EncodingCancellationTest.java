package dev.masklet.engine.onnx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.masklet.core.image.RgbImage;
import dev.masklet.engine.EngineCancelledException;
import dev.masklet.engine.FrameKey;
import dev.masklet.engine.ImageEmbedding;
import dev.masklet.engine.Prompt;
import dev.masklet.engine.onnx.internal.EngineSettings;
import dev.masklet.engine.onnx.internal.MobileSamEngine;

/**
 * Cancelling an encoding on the real MobileSAM engine (what the editor does when the user leaves a frame before it
 * is encoded): the running encoder is stopped through ONNX Runtime's terminate flag, nothing is cached, a background
 * encoding being waited for goes on and is kept, and the engine keeps working.
 */
class EncodingCancellationTest {
    private MobileSamEngine engine;

    @AfterEach
    void close() {
        if (engine != null) {
            engine.deactivate();
        }
    }

    @Test
    void aRunningEncodingStopsWhenCancelled() throws Exception {
        engine = new MobileSamEngine(() -> EngineSettings.defaults());
        RgbImage image = MobileSamEngineTest.scene(false);
        engine.encode(new FrameKey("warm-up", 0), image); // loads the model, so both timings below are encodings
        long t0 = System.nanoTime();
        engine.encode(new FrameKey("clip", 0), image);
        long full = System.nanoTime() - t0;

        FrameKey cancelled = new FrameKey("clip", 1);
        long runsBefore = engine.encoderRuns();
        long t1 = System.nanoTime();
        BooleanSupplier after100ms = () -> System.nanoTime() - t1 > 100_000_000L;
        assertThrows(EngineCancelledException.class, () -> engine.encode(cancelled, image, after100ms));
        long stopped = System.nanoTime() - t1;
        System.out.printf("MobileSAM encoding: full %.0f ms, cancelled after 100 ms ended at %.0f ms%n", full / 1e6,
                stopped / 1e6);
        assertEquals(runsBefore + 1, engine.encoderRuns(), "the encoder had started");
        // relative, not a time limit: a full encoding here took `full`; a stopped one must end well before that
        assertTrue(stopped < full * 0.6, "stopped after " + stopped / 1e6 + " ms, a full encoding takes "
                + full / 1e6 + " ms");
        assertFalse(engine.cachedFrames().contains(cancelled), "a cancelled encoding caches nothing");

        ImageEmbedding embedding = engine.encode(cancelled, image);
        double iou = engine.predict(embedding, Prompt.of(List.of(new Prompt.Point(220, 250, true)), null)).mask()
                .iou(MobileSamEngineTest.truth(MobileSamEngineTest::inDisk));
        assertTrue(iou > 0.95, "the engine works after a cancellation: IoU " + iou);
    }

    @Test
    void anEncodingCancelledBeforeItStartsNeverRuns() throws Exception {
        engine = new MobileSamEngine(() -> EngineSettings.defaults());
        RgbImage image = MobileSamEngineTest.scene(false);
        FrameKey key = new FrameKey("clip", 3);
        assertThrows(EngineCancelledException.class, () -> engine.encode(key, image, () -> true));
        assertEquals(0, engine.encoderRuns());
        assertTrue(engine.cachedFrames().isEmpty());
    }

    @Test
    void waitingForABackgroundEncodingCanBeCancelledAndTheEncodingIsKept() throws Exception {
        engine = new MobileSamEngine(() -> EngineSettings.defaults());
        RgbImage image = MobileSamEngineTest.scene(false);
        FrameKey next = new FrameKey("clip", 8);
        engine.prefetch(next, image);
        long t0 = System.nanoTime();
        assertThrows(EngineCancelledException.class,
                () -> engine.encode(next, image, () -> System.nanoTime() - t0 > 50_000_000L));
        ImageEmbedding kept = engine.encode(next, image); // waits for the background encoding, which went on
        assertEquals(1, engine.encoderRuns(), "the frame was encoded once, in the background");
        assertSame(kept, engine.encode(next, image));
    }
}
