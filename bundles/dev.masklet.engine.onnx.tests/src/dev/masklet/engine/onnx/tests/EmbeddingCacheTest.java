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
 * The embedding cache of the real MobileSAM engine: least-recently-used frames are evicted first, a frame encoded in
 * the background by prefetch is not encoded again (encoder runs are counted), and an encoding can be cancelled (what
 * the editor does when the user leaves a frame before it is encoded): the running encoder is stopped through ONNX
 * Runtime's terminate flag, nothing is cached, a background encoding being waited for goes on and is kept, and the
 * engine keeps working.
 */
class EmbeddingCacheTest {
    private static final String VIDEO = "clip.mp4";
    private MobileSamEngine engine;

    @AfterEach
    void close() {
        if (engine != null) {
            engine.deactivate();
        }
    }

    @Test
    void theLeastRecentlyUsedFrameIsEvictedFirst() throws Exception {
        engine = new MobileSamEngine(() -> EngineSettings.defaults().withEmbeddingCache(2));
        FrameKey a = new FrameKey(VIDEO, 0);
        FrameKey b = new FrameKey(VIDEO, 1);
        FrameKey c = new FrameKey(VIDEO, 2);
        ImageEmbedding first = engine.encode(a, plain(10));
        engine.encode(b, plain(20));
        assertSame(first, engine.encode(a, plain(10)), "a cached frame is not encoded again");
        assertEquals(2, engine.encoderRuns());
        assertEquals(List.of(b, a), engine.cachedFrames(), "least recently used first");

        engine.encode(c, plain(30)); // full: b, used longest ago, goes
        assertEquals(List.of(a, c), engine.cachedFrames());
        assertEquals(3, engine.encoderRuns());
        engine.encode(a, plain(10));
        assertEquals(3, engine.encoderRuns(), "a survived the eviction");
        engine.encode(b, plain(20));
        assertEquals(4, engine.encoderRuns(), "b was evicted and is encoded again");
        assertEquals(List.of(a, b), engine.cachedFrames(), "c was now the least recently used");
    }

    @Test
    void aPrefetchedFrameIsNotEncodedAgain() throws Exception {
        engine = new MobileSamEngine(() -> EngineSettings.defaults());
        FrameKey next = new FrameKey(VIDEO, 7);
        RgbImage image = MobileSamEngineTest.scene(false);
        engine.prefetch(next, image); // returns at once; the model is even loaded on the background thread
        engine.prefetch(next, image); // already queued: ignored
        ImageEmbedding embedding = engine.encode(next, image); // waits for the background encoding
        assertEquals(1, engine.encoderRuns(), "the encoder ran once, in the background");
        assertSame(embedding, engine.encode(next, image));
        assertEquals(1, engine.encoderRuns());
        double iou = engine.predict(embedding, Prompt.of(List.of(new Prompt.Point(220, 250, true)), null)).mask()
                .iou(MobileSamEngineTest.truth(MobileSamEngineTest::inDisk));
        assertTrue(iou > 0.95, "the prefetched embedding is the frame's: IoU " + iou);
    }

    @Test
    void cancelledPrefetchesLeaveTheEngineUsable() throws Exception {
        engine = new MobileSamEngine(() -> EngineSettings.defaults());
        for (int i = 0; i < 4; i++) {
            engine.prefetch(new FrameKey(VIDEO, 100 + i), plain(40 + i));
        }
        engine.cancelPrefetch();
        long afterCancel = engine.encoderRuns();
        FrameKey shown = new FrameKey(VIDEO, 5);
        engine.encode(shown, plain(90));
        assertTrue(engine.cachedFrames().contains(shown));
        // at most the one prefetch already running when cancel came finishes; the queued ones never run
        assertTrue(engine.encoderRuns() <= afterCancel + 2, "runs after cancel: " + engine.encoderRuns());
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

    private static RgbImage plain(int grey) {
        byte[] rgb = new byte[64 * 48 * 3];
        java.util.Arrays.fill(rgb, (byte) grey);
        return new RgbImage(64, 48, rgb);
    }
}
