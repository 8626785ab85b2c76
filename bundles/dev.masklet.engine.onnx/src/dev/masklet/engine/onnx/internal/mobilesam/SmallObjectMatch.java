package dev.masklet.engine.onnx.internal.mobilesam;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;

import dev.masklet.core.mask.BinaryMask;

/**
 * Where a small object moved, by matching its own pixels (under its mask) over the next frame around where its last
 * displacement takes it. Lucas–Kanade follows a point by the texture of a 21-pixel window: on an object not much
 * larger than that, the window is mostly background, so its points move with the background (a panning camera)
 * while the object goes its own way. The match sees the object's pixels only.
 *
 * @param dx the object's shift found by the match
 * @param dy the object's shift found by the match
 * @param score the normalised correlation there (1: the same pixels)
 * @param lkScore the correlation at the shift {@link PointMotion} found, or NaN when that lies outside the search
 */
record SmallObjectMatch(double dx, double dy, double score, double lkScore) {
    /** Objects whose box is smaller than this on its longer side (pixels) are matched. */
    static final int SMALL = 40;
    /** The match is taken over the points' motion when it correlates at least this much better. */
    static final double CLEARLY_BETTER = 0.1;
    /** ... and at least this much: a lower best match means the object's pixels changed too much to tell. */
    static final double MATCHED = 0.6;

    /** Whether {@code mask} is small enough for its points' motion to be checked by a match. */
    static boolean small(BinaryMask mask) {
        int[] b = mask.bounds();
        return b != null && Math.max(b[2] - b[0], b[3] - b[1]) + 1 < SMALL;
    }

    /**
     * Matches the object under {@code mask} on {@code previous} over {@code next} (8-bit grey frames), within a
     * window around where {@code velocity} takes it, wide enough for a change of speed; {@code lkShift} is the shift
     * the points' motion says. Null when the object is too close to the frame's edge to match.
     */
    static SmallObjectMatch find(Mat previous, Mat next, BinaryMask mask, double[] velocity, double[] lkShift) {
        int[] b = mask.bounds();
        int w = mask.width();
        int h = mask.height();
        int x0 = b[0];
        int y0 = b[1];
        int tw = b[2] - b[0] + 1;
        int th = b[3] - b[1] + 1;
        double speed = Math.hypot(velocity[0], velocity[1]);
        int reach = (int) Math.ceil(Math.max(12, 0.75 * speed + 8));
        int sx0 = (int) Math.round(x0 + velocity[0]) - reach;
        int sy0 = (int) Math.round(y0 + velocity[1]) - reach;
        int sx1 = sx0 + tw + 2 * reach;
        int sy1 = sy0 + th + 2 * reach;
        sx0 = Math.max(0, sx0);
        sy0 = Math.max(0, sy0);
        sx1 = Math.min(w, sx1);
        sy1 = Math.min(h, sy1);
        if (sx1 - sx0 < tw + 2 || sy1 - sy0 < th + 2) {
            return null;
        }
        byte[] bits = mask.bits();
        byte[] cut = new byte[tw * th];
        for (int y = 0; y < th; y++) {
            for (int x = 0; x < tw; x++) {
                cut[y * tw + x] = bits[(y0 + y) * w + x0 + x] != 0 ? (byte) 255 : 0;
            }
        }
        try (PointerScope scope = new PointerScope()) {
            Mat template = new Mat(previous, new Rect(x0, y0, tw, th)).clone();
            Mat weights = new Mat(th, tw, CV_8UC1);
            weights.data().put(cut);
            Mat search = new Mat(next, new Rect(sx0, sy0, sx1 - sx0, sy1 - sy0));
            Mat result = new Mat();
            opencv_imgproc.matchTemplate(search, template, result, opencv_imgproc.TM_CCOEFF_NORMED, weights);
            int rw = result.cols();
            int rh = result.rows();
            float[] r = new float[rw * rh];
            new FloatPointer(result.data()).get(r);
            int best = -1;
            for (int i = 0; i < r.length; i++) {
                if (Float.isFinite(r[i]) && (best < 0 || r[i] > r[best])) {
                    best = i;
                }
            }
            if (best < 0) {
                return null;
            }
            double dx = sx0 + best % rw - x0;
            double dy = sy0 + best / rw - y0;
            int lx = (int) Math.round(x0 + lkShift[0]) - sx0;
            int ly = (int) Math.round(y0 + lkShift[1]) - sy0;
            double lk = lx >= 0 && ly >= 0 && lx < rw && ly < rh ? r[ly * rw + lx] : Double.NaN;
            return new SmallObjectMatch(dx, dy, r[best], lk);
        }
    }

    /** Whether the match is a better account of the object's motion than its points gave. */
    boolean better() {
        return score >= MATCHED && (Double.isNaN(lkScore) || score >= lkScore + CLEARLY_BETTER);
    }
}
