package dev.masklet.engine.onnx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.masklet.core.image.RgbImage;
import dev.masklet.engine.FrameKey;
import dev.masklet.engine.ImageEmbedding;
import dev.masklet.engine.Prompt;
import dev.masklet.engine.onnx.internal.EngineSettings;
import dev.masklet.engine.onnx.internal.MobileSamEngine;

/**
 * The embedding cache of the real MobileSAM engine: least-recently-used frames are evicted first, and a frame
 * encoded in the background by prefetch is not encoded again (encoder runs are counted, nothing is timed).
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

    private static RgbImage plain(int grey) {
        byte[] rgb = new byte[64 * 48 * 3];
        java.util.Arrays.fill(rgb, (byte) grey);
        return new RgbImage(64, 48, rgb);
    }
}
