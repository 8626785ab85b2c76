package dev.masklet.engine.onnx.internal.mobilesam;

import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Tells a cut between two shots from a continuous step: real footage is edited, and across a cut nothing moves from
 * one frame to the next, so an object cannot be followed (followed, it lands on whatever the new shot has in its
 * place, often something like it: another face). The frames are compared as thumbnails of {@value #THUMB_W} x
 * {@value #THUMB_H} grey cells, each less its mean brightness. Two shots are nearly uncorrelated and differ in most
 * cells; a change of light leaves the correlation high, and an object moving over a plain background, which can
 * lower it, changes only the cells it covers. Measured: at the cuts of a real film, correlation 0.1 to 0.25 with 56
 * to 62 % of the cells changed; between the frames of one shot (the benchmark's clips with camera motion, motion blur
 * and changing light, and the film) correlation 0.9 or more and at most 12 % changed.
 */
public final class ShotCut {
    static final int THUMB_W = 32;
    static final int THUMB_H = 18;
    /** Thumbnails correlated less than this may be two shots. */
    static final double UNCORRELATED = 0.5;
    /** ... and are when at least this share of their cells changed by {@link #CHANGED_BY} grey levels or more. */
    static final double MOSTLY_CHANGED = 0.3;
    static final double CHANGED_BY = 16;

    private ShotCut() {
    }

    /** Whether {@code previous} and {@code next} (8-bit grey frames of one size) belong to two shots. */
    public static boolean between(Mat previous, Mat next) {
        float[] a = centred(thumbnail(previous));
        float[] b = centred(thumbnail(next));
        return correlation(a, b) < UNCORRELATED && changedShare(a, b) >= MOSTLY_CHANGED;
    }

    /** The correlation of two centred thumbnails (1 too when either is flat: a fade through black tells nothing). */
    private static double correlation(float[] a, float[] b) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return aa < 1e-3 * a.length || bb < 1e-3 * b.length ? 1 : ab / Math.sqrt(aa * bb);
    }

    /** The share of cells whose brightness, less the thumbnail's mean, changed by {@link #CHANGED_BY} or more. */
    private static double changedShare(float[] a, float[] b) {
        int changed = 0;
        for (int i = 0; i < a.length; i++) {
            changed += Math.abs(a[i] - b[i]) >= CHANGED_BY ? 1 : 0;
        }
        return changed / (double) a.length;
    }

    /** {@code v} less its mean. */
    private static float[] centred(float[] v) {
        double s = 0;
        for (float f : v) {
            s += f;
        }
        float mean = (float) (s / v.length);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] - mean;
        }
        return out;
    }

    /** The frame averaged down to {@value #THUMB_W} x {@value #THUMB_H} cells. */
    private static float[] thumbnail(Mat grey) {
        try (Mat small = new Mat()) {
            opencv_imgproc.resize(grey, small, new Size(THUMB_W, THUMB_H), 0, 0, opencv_imgproc.INTER_AREA);
            byte[] cells = new byte[THUMB_W * THUMB_H];
            small.data().get(cells);
            float[] out = new float[cells.length];
            for (int i = 0; i < cells.length; i++) {
                out[i] = cells[i] & 0xff;
            }
            return out;
        }
    }
}
