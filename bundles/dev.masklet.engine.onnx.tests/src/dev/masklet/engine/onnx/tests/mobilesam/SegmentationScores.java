package dev.masklet.engine.onnx.tests.mobilesam;

import java.util.ArrayList;
import java.util.List;

import dev.masklet.core.mask.BinaryMask;

/**
 * DAVIS-style scores of one mask against the truth: region similarity J (intersection over union) and contour
 * accuracy F (F-measure of boundary pixels matched within a tolerance of 0.8 % of the image diagonal). An object
 * absent in both scores 1 on both; present in one only, 0. Written here because the measure is small and the
 * DAVIS toolkit is Python.
 */
public final class SegmentationScores {
    private SegmentationScores() {
    }

    /** Region similarity: |A ∩ B| / |A ∪ B|, 1 when both are empty. */
    public static double regionJ(BinaryMask predicted, BinaryMask truth) {
        if (predicted.area() == 0 && truth.area() == 0) {
            return 1;
        }
        return predicted.iou(truth);
    }

    /** Contour accuracy: F-measure of the two boundaries, each pixel matched within the tolerance. */
    public static double contourF(BinaryMask predicted, BinaryMask truth) {
        int w = truth.width();
        int h = truth.height();
        int tolerance = (int) Math.max(1, Math.round(0.008 * Math.hypot(w, h)));
        List<int[]> bp = boundary(predicted);
        List<int[]> bt = boundary(truth);
        if (bp.isEmpty() && bt.isEmpty()) {
            return 1;
        }
        if (bp.isEmpty() || bt.isEmpty()) {
            return 0;
        }
        boolean[] nearTruth = dilate(bt, w, h, tolerance);
        boolean[] nearPredicted = dilate(bp, w, h, tolerance);
        double precision = bp.stream().filter(p -> nearTruth[p[1] * w + p[0]]).count() / (double) bp.size();
        double recall = bt.stream().filter(p -> nearPredicted[p[1] * w + p[0]]).count() / (double) bt.size();
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** Mask pixels with a 4-neighbour outside the mask (the frame's edge is not a boundary). */
    static List<int[]> boundary(BinaryMask mask) {
        int w = mask.width();
        int h = mask.height();
        List<int[]> out = new ArrayList<>();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (mask.get(x, y) && ((x > 0 && !mask.get(x - 1, y)) || (x < w - 1 && !mask.get(x + 1, y))
                        || (y > 0 && !mask.get(x, y - 1)) || (y < h - 1 && !mask.get(x, y + 1)))) {
                    out.add(new int[] {x, y});
                }
            }
        }
        return out;
    }

    private static boolean[] dilate(List<int[]> points, int w, int h, int radius) {
        boolean[] near = new boolean[w * h];
        for (int[] p : points) {
            for (int dy = -radius; dy <= radius; dy++) {
                int y = p[1] + dy;
                if (y < 0 || y >= h) {
                    continue;
                }
                int span = (int) Math.floor(Math.sqrt(radius * radius - dy * dy));
                for (int x = Math.max(0, p[0] - span); x <= Math.min(w - 1, p[0] + span); x++) {
                    near[y * w + x] = true;
                }
            }
        }
        return near;
    }
}
