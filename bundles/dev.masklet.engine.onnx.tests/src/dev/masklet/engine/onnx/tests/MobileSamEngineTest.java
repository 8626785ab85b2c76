package dev.masklet.engine.onnx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.masklet.core.image.RgbImage;
import dev.masklet.core.mask.BinaryMask;
import dev.masklet.engine.ImageEmbedding;
import dev.masklet.engine.MaskPrediction;
import dev.masklet.engine.Prompt;
import dev.masklet.engine.SegmentationEngine;

/** The real default model (MobileSAM) behind the real OSGi service, on drawn shapes with exact ground truth. */
class MobileSamEngineTest {
    private static final int W = 640;
    private static final int H = 480;
    private static ServiceTracker<SegmentationEngine, SegmentationEngine> tracker;
    private static SegmentationEngine engine;

    @BeforeAll
    static void findService() throws Exception {
        tracker = new ServiceTracker<>(FrameworkUtil.getBundle(MobileSamEngineTest.class).getBundleContext(),
                SegmentationEngine.class, null);
        tracker.open();
        engine = tracker.waitForService(10_000);
        assertNotNull(engine, "the engine is registered as an OSGi service by Declarative Services");
        engine.ensureReady();
    }

    @AfterAll
    static void close() {
        tracker.close();
    }

    /** A dark disk and a bright square on a light, slightly textured background. */
    static RgbImage scene(boolean withSquare) {
        byte[] rgb = new byte[W * H * 3];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int r;
                int g;
                int b;
                if (inDisk(x, y)) {
                    r = 40; g = 60; b = 150;
                } else if (withSquare && inSquare(x, y)) {
                    r = 230; g = 180; b = 30;
                } else {
                    int t = ((x / 16 + y / 16) % 2) * 8;
                    r = 200 + t; g = 200 + t; b = 195 + t;
                }
                int i = (y * W + x) * 3;
                rgb[i] = (byte) r;
                rgb[i + 1] = (byte) g;
                rgb[i + 2] = (byte) b;
            }
        }
        return new RgbImage(W, H, rgb);
    }

    static boolean inDisk(int x, int y) {
        double dx = x + 0.5 - 220;
        double dy = y + 0.5 - 250;
        return dx * dx + dy * dy <= 90 * 90;
    }

    static boolean inSquare(int x, int y) {
        return x >= 430 && x < 560 && y >= 80 && y < 210;
    }

    static BinaryMask truth(java.util.function.BiPredicate<Integer, Integer> inside) {
        byte[] bits = new byte[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                bits[y * W + x] = (byte) (inside.test(x, y) ? 1 : 0);
            }
        }
        return new BinaryMask(W, H, bits);
    }

    @Test
    void oneClickSegmentsADisk() throws Exception {
        ImageEmbedding embedding = engine.encode(scene(false));
        MaskPrediction p = engine.predict(embedding, Prompt.of(List.of(new Prompt.Point(220, 250, true)), null));
        assertEquals(W, p.mask().width());
        assertEquals(H, p.mask().height());
        double iou = p.mask().iou(truth(MobileSamEngineTest::inDisk));
        assertTrue(iou > 0.95, "IoU with the drawn disk: " + iou);
        assertTrue(p.score() > 0.5, "score " + p.score());
        assertEquals(256 * 256, p.lowResLogits().length);
    }

    @Test
    void aBoxSegmentsTheSquare() throws Exception {
        ImageEmbedding embedding = engine.encode(scene(true));
        MaskPrediction p = engine.predict(embedding, Prompt.of(List.of(), new Prompt.Box(420, 70, 570, 220)));
        double iou = p.mask().iou(truth(MobileSamEngineTest::inSquare));
        assertTrue(iou > 0.9, "IoU with the drawn square: " + iou);
    }

    @Test
    void twoObjectsInOneImageStaySeparate() throws Exception {
        ImageEmbedding embedding = engine.encode(scene(true));
        BinaryMask disk = engine.predict(embedding, Prompt.of(List.of(new Prompt.Point(220, 250, true)), null)).mask();
        BinaryMask square = engine.predict(embedding, Prompt.of(List.of(new Prompt.Point(495, 145, true)), null)).mask();
        assertTrue(disk.iou(truth(MobileSamEngineTest::inDisk)) > 0.9);
        assertTrue(square.iou(truth(MobileSamEngineTest::inSquare)) > 0.9);
        assertTrue(disk.iou(square) < 0.01, "the two masks do not overlap");
    }
}
