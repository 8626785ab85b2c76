package dev.masklet.engine.onnx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

    /**
     * One click: the decoder's three candidates, best first by predicted IoU, the first bit for bit predict's mask;
     * on the disk touching the square they are different masks (one of them the disk). The candidates' own
     * up-scaling gives the graph's mask back from the same logits (IoU > 0.99). More than one click: one mask.
     */
    @Test
    void oneClickGivesTheModelsCandidateMasks() throws Exception {
        ImageEmbedding embedding = engine.encode(touchingScene());
        Prompt click = Prompt.of(List.of(new Prompt.Point(220, 250, true)), null);
        List<MaskPrediction> candidates = engine.candidates(embedding, click);
        assertEquals(3, candidates.size(), "SAM's three single-click candidates");
        MaskPrediction best = engine.predict(embedding, click);
        assertTrue(java.util.Arrays.equals(best.mask().bits(), candidates.get(0).mask().bits()),
                "the first candidate is predict's mask");
        assertEquals(best.score(), candidates.get(0).score(), 1e-6f);
        for (int i = 1; i < 3; i++) {
            assertTrue(candidates.get(i - 1).score() >= candidates.get(i).score(), "best first");
            assertTrue(candidates.get(i).mask().area() > 0, "candidate " + (i + 1) + " is a mask");
        }
        assertTrue(candidates.stream().map(c -> java.util.Arrays.hashCode(c.mask().bits())).distinct().count() >= 2,
                "the candidates are different masks");
        assertTrue(candidates.stream().anyMatch(c -> c.mask().iou(truth(MobileSamEngineTest::inDisk)) > 0.9),
                "one of them is the disk");
        BinaryMask upscaled = new BinaryMask(W, H, dev.masklet.engine.onnx.internal.DecoderCandidates.imageMask(
                best.lowResLogits(), 256, 1024, 1024.0 / W, W, H));
        assertTrue(upscaled.iou(best.mask()) > 0.99, "the candidates' up-scaling is the graph's: "
                + upscaled.iou(best.mask()));
        Prompt twoClicks = Prompt.of(List.of(new Prompt.Point(220, 250, true), new Prompt.Point(200, 230, true)),
                null);
        assertEquals(1, engine.candidates(embedding, twoClicks).size(), "two clicks leave no doubt: one mask");
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

    /** A blue disk and an orange square touching it on its right: two objects that one box or two clicks join. */
    static RgbImage touchingScene() {
        byte[] rgb = new byte[W * H * 3];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int[] c = inDisk(x, y) ? new int[] {40, 60, 150}
                        : inTouchingSquare(x, y) ? new int[] {230, 180, 30}
                                : new int[] {200 + ((x / 16 + y / 16) % 2) * 8, 200 + ((x / 16 + y / 16) % 2) * 8,
                                        195 + ((x / 16 + y / 16) % 2) * 8};
                int i = (y * W + x) * 3;
                rgb[i] = (byte) c[0];
                rgb[i + 1] = (byte) c[1];
                rgb[i + 2] = (byte) c[2];
            }
        }
        return new RgbImage(W, H, rgb);
    }

    /** The square's visible part: x 300..429, y 190..309, less what the disk covers. */
    static boolean inTouchingSquare(int x, int y) {
        return x >= 300 && x < 430 && y >= 190 && y < 310 && !inDisk(x, y);
    }

    static boolean inDiskOrTouchingSquare(int x, int y) {
        return inDisk(x, y) || inTouchingSquare(x, y);
    }

    /** Pixels of {@code mask} inside {@code region}, as a share of the region. */
    static double covered(BinaryMask mask, BinaryMask region) {
        int inside = 0;
        int total = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                if (region.get(x, y)) {
                    total++;
                    inside += mask.get(x, y) ? 1 : 0;
                }
            }
        }
        return (double) inside / total;
    }

    @Test
    void aNegativePointRemovesARegion() throws Exception {
        ImageEmbedding embedding = engine.encode(touchingScene());
        Prompt.Box aroundBoth = new Prompt.Box(125, 155, 435, 345);
        BinaryMask both = engine.predict(embedding, Prompt.of(List.of(), aroundBoth)).mask();
        assertTrue(both.iou(truth(MobileSamEngineTest::inDiskOrTouchingSquare)) > 0.95,
                "the box takes disk and square: IoU " + both.iou(truth(MobileSamEngineTest::inDiskOrTouchingSquare)));

        BinaryMask diskOnly = engine.predict(embedding,
                Prompt.of(List.of(new Prompt.Point(365, 250, false)), aroundBoth)).mask();
        double iou = diskOnly.iou(truth(MobileSamEngineTest::inDisk));
        assertTrue(iou > 0.95, "the negative point on the square leaves the disk: IoU " + iou);
        double left = covered(diskOnly, truth(MobileSamEngineTest::inTouchingSquare));
        assertTrue(left < 0.01, "share of the square still in the mask: " + left);
    }

    @Test
    void refinementFeedsThePreviousLowResMaskBack() throws Exception {
        ImageEmbedding embedding = engine.encode(touchingScene());
        // first two positive clicks: the user gets disk and square together
        MaskPrediction first = engine.predict(embedding, Prompt.of(
                List.of(new Prompt.Point(220, 250, true), new Prompt.Point(365, 250, true)), null));
        assertTrue(first.mask().iou(truth(MobileSamEngineTest::inDiskOrTouchingSquare)) > 0.95);

        // then keeps the disk click, adds "not this" on the square and refines the previous mask
        Prompt correction = Prompt.of(List.of(new Prompt.Point(220, 250, true), new Prompt.Point(380, 280, false)),
                null);
        MaskPrediction refined = engine.predict(embedding, correction.withPrevious(first.lowResLogits()));
        double iou = refined.mask().iou(truth(MobileSamEngineTest::inDisk));
        assertTrue(iou > 0.95, "the refined mask is the disk: IoU " + iou);
        assertTrue(covered(refined.mask(), truth(MobileSamEngineTest::inTouchingSquare)) < 0.01);

        // the previous mask really reaches the decoder: without it the logits are not the same
        MaskPrediction unrefined = engine.predict(embedding, correction);
        double maxDiff = 0;
        for (int i = 0; i < refined.lowResLogits().length; i++) {
            maxDiff = Math.max(maxDiff, Math.abs(refined.lowResLogits()[i] - unrefined.lowResLogits()[i]));
        }
        assertTrue(maxDiff > 0.01, "logits with and without the previous mask differ by at most " + maxDiff);
        assertThrows(IllegalArgumentException.class,
                () -> engine.predict(embedding, correction.withPrevious(new float[100])),
                "previous logits of the wrong size are refused");
    }
}
