package dev.masklet.engine.onnx.internal.mobilesam;

import static org.bytedeco.opencv.global.opencv_core.CV_32FC2;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;

import java.util.ArrayList;
import java.util.List;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.global.opencv_calib3d;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.global.opencv_video;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_core.TermCriteria;

import dev.masklet.core.mask.BinaryMask;

/**
 * How an object moved from one frame to the next, read from the video itself: points inside its mask (corners, and
 * a grid where the object has few corners) are followed by pyramidal Lucas–Kanade, kept only when following them
 * back lands where they started (so points that slid onto an occluder or the background drop out), and an affine
 * motion is fitted to the kept points with RANSAC. The share of points kept says how visible the object still is.
 *
 * @param affine the 2x3 motion (row-major: x' = a0 x + a1 y + a2, y' = a3 x + a4 y + a5), or null when too few points
 *            were followed to fit one
 * @param points the kept points on the new frame (x, y pairs) that agree with the motion
 * @param sampled how many points were followed
 */
record PointMotion(double[] affine, float[] points, int sampled) {
    /** Fewer kept points than this fit a translation only. */
    private static final int MIN_FOR_AFFINE = 8;
    /** Points whose backward track misses their start by more than this (pixels) are dropped. */
    private static final double MAX_ROUND_TRIP = 1.0;
    private static final int MAX_CORNERS = 150;
    /**
     * Points moving as the object's points did on the step before are taken to be the object's when at least this
     * share of the kept points do so while the motion fitted to all of them goes elsewhere.
     */
    static final double WITH_THE_OBJECT = 0.25;

    /** A motion known from elsewhere (no point kept): a plain shift. */
    static PointMotion translation(double dx, double dy, int sampled) {
        return new PointMotion(new double[] {1, 0, dx, 0, 1, dy}, new float[0], sampled);
    }

    /** Share of the followed points that were kept. */
    double keptShare() {
        return sampled == 0 ? 0 : points.length / 2 / (double) sampled;
    }

    /**
     * Follows the points of {@code mask} ({@code cues}: its {@link MaskCues}) from {@code previous} to {@code next}
     * (8-bit grey frames of one size), starting the search where {@code velocity} (dx, dy: the object's last displacement) would take them, so a
     * fast object is still found within the search window. {@code course} (dx, dy; see {@link ObjectTrack#course()}) is
     * how the object moved on the step before: when the motion fitted to all points goes elsewhere but a
     * good share of them keeps moving that way, those are the object's, and the rest are on something else the mask
     * took in (a still occluder in front of it, a look-alike crossing its path).
     */
    static PointMotion estimate(Mat previous, Mat next, BinaryMask mask, MaskCues cues, double[] velocity,
            double[] course) {
        int w = mask.width();
        int h = mask.height();
        try (PointerScope scope = new PointerScope()) {
            Mat inside = new Mat(h, w, CV_8UC1);
            inside.data().put(mask.bits());
            Mat interior = new Mat();
            // points on the outline move with whatever is behind the object: start inside it (less so for a small one)
            int erosion = mask.area() < 900 ? 1 : 5;
            opencv_imgproc.erode(inside, interior, opencv_imgproc.getStructuringElement(opencv_imgproc.MORPH_ELLIPSE,
                    new Size(erosion, erosion)));
            float[] start = startPoints(previous, interior, mask);
            int n = start.length / 2;
            if (n == 0) {
                return new PointMotion(null, new float[0], 0);
            }
            Mat from = points(start);
            float[] guess = start.clone();
            for (int i = 0; i < n; i++) {
                guess[2 * i] += (float) velocity[0];
                guess[2 * i + 1] += (float) velocity[1];
            }
            Mat to = points(guess);
            Mat back = new Mat();
            Mat status = new Mat();
            Mat backStatus = new Mat();
            TermCriteria criteria = new TermCriteria(TermCriteria.COUNT + TermCriteria.EPS, 20, 0.03);
            opencv_video.calcOpticalFlowPyrLK(previous, next, from, to, status, new Mat(), new Size(21, 21), 3,
                    criteria, opencv_video.OPTFLOW_USE_INITIAL_FLOW, 1e-4);
            opencv_video.calcOpticalFlowPyrLK(next, previous, to, back, backStatus, new Mat(), new Size(21, 21), 3,
                    criteria, 0, 1e-4);
            float[] forward = floats(to, 2 * n);
            float[] returned = floats(back, 2 * n);
            byte[] ok = bytes(status, n);
            byte[] backOk = bytes(backStatus, n);
            List<float[]> pairs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                float x = forward[2 * i];
                float y = forward[2 * i + 1];
                double trip = Math.hypot(returned[2 * i] - start[2 * i], returned[2 * i + 1] - start[2 * i + 1]);
                if (ok[i] != 0 && backOk[i] != 0 && trip <= MAX_ROUND_TRIP && x >= 0 && y >= 0 && x < w && y < h) {
                    pairs.add(new float[] {start[2 * i], start[2 * i + 1], x, y});
                }
            }
            PointMotion motion = keepingCourse(fit(pairs, n), pairs, course, n);
            return SmallObjectMatch.small(mask) ? checkedByMatch(motion, previous, next, mask, cues, velocity)
                    : motion;
        }
    }

    /**
     * {@code motion}, unless matching the small object's own pixels finds it clearly elsewhere (see
     * {@link SmallObjectMatch}): then that shift, with the object's centre as its one kept point.
     */
    private static PointMotion checkedByMatch(PointMotion motion, Mat previous, Mat next, BinaryMask mask,
            MaskCues c, double[] velocity) {
        double[] lkShift = {velocity[0], velocity[1]};
        if (motion.affine != null) {
            double[] to = motion.apply(c.cx(), c.cy());
            lkShift = new double[] {to[0] - c.cx(), to[1] - c.cy()};
        }
        SmallObjectMatch m = SmallObjectMatch.find(previous, next, mask, velocity, lkShift);
        if (m == null || !m.better()) {
            return motion;
        }
        float[] centre = {(float) (c.ix() + m.dx()), (float) (c.iy() + m.dy())};
        return new PointMotion(new double[] {1, 0, m.dx(), 0, 1, m.dy()}, centre, 1);
    }

    /**
     * {@code all}, unless it strays from the object's course while at least {@link #WITH_THE_OBJECT} of the points
     * keep to it: then the motion of those points. A real turn moves all the object's points at once, so it is kept.
     */
    private static PointMotion keepingCourse(PointMotion all, List<float[]> pairs, double[] course, int sampled) {
        double speed = Math.hypot(course[0], course[1]);
        if (all.affine == null || speed < 2 || pairs.size() < 6) {
            return all;
        }
        double cx = 0;
        double cy = 0;
        for (float[] p : pairs) {
            cx += p[0];
            cy += p[1];
        }
        cx /= pairs.size();
        cy /= pairs.size();
        double[] to = all.apply(cx, cy);
        if (Math.hypot(to[0] - cx - course[0], to[1] - cy - course[1]) <= Math.max(3, 0.75 * speed)) {
            return all;
        }
        double near = Math.max(2, 0.5 * speed);
        List<float[]> along = new ArrayList<>();
        for (float[] p : pairs) {
            if (Math.hypot(p[2] - p[0] - course[0], p[3] - p[1] - course[1]) <= near) {
                along.add(p);
            }
        }
        return along.size() >= Math.max(3, WITH_THE_OBJECT * pairs.size()) ? fit(along, sampled) : all;
    }

    private static PointMotion fit(List<float[]> pairs, int sampled) {
        int k = pairs.size();
        if (k == 0) {
            return new PointMotion(null, new float[0], sampled);
        }
        if (k < MIN_FOR_AFFINE) {
            double[] dx = new double[k];
            double[] dy = new double[k];
            float[] kept = new float[2 * k];
            for (int i = 0; i < k; i++) {
                float[] p = pairs.get(i);
                dx[i] = p[2] - p[0];
                dy[i] = p[3] - p[1];
                kept[2 * i] = p[2];
                kept[2 * i + 1] = p[3];
            }
            return new PointMotion(new double[] {1, 0, median(dx), 0, 1, median(dy)}, kept, sampled);
        }
        float[] src = new float[2 * k];
        float[] dst = new float[2 * k];
        for (int i = 0; i < k; i++) {
            float[] p = pairs.get(i);
            src[2 * i] = p[0];
            src[2 * i + 1] = p[1];
            dst[2 * i] = p[2];
            dst[2 * i + 1] = p[3];
        }
        Mat inliers = new Mat();
        // a full affine follows stretching and squashing; with few points the 4-parameter one is steadier
        Mat m = k >= 3 * MIN_FOR_AFFINE
                ? opencv_calib3d.estimateAffine2D(points(src), points(dst), inliers, opencv_calib3d.RANSAC, 2.0,
                        2000, 0.99, 10)
                : opencv_calib3d.estimateAffinePartial2D(points(src), points(dst), inliers, opencv_calib3d.RANSAC,
                        2.0, 2000, 0.99, 10);
        if (m == null || m.empty()) {
            return new PointMotion(null, dst, sampled);
        }
        double[] affine = new double[6];
        new DoublePointer(m.data()).get(affine);
        byte[] in = bytes(inliers, k);
        int count = 0;
        for (byte b : in) {
            count += b != 0 ? 1 : 0;
        }
        float[] kept = new float[2 * count];
        for (int i = 0, j = 0; i < k; i++) {
            if (in[i] != 0) {
                kept[j++] = dst[2 * i];
                kept[j++] = dst[2 * i + 1];
            }
        }
        return new PointMotion(affine, kept, sampled);
    }

    /** Corners inside the eroded mask, topped up with a grid of interior points where the object is smooth. */
    private static float[] startPoints(Mat grey, Mat interior, BinaryMask mask) {
        Mat corners = new Mat();
        opencv_imgproc.goodFeaturesToTrack(grey, corners, MAX_CORNERS, 0.005, 4, interior, 5, false, 0.04);
        int c = corners.empty() ? 0 : corners.rows();
        float[] found = c == 0 ? new float[0] : floats(corners, 2 * c);
        List<float[]> grid = new ArrayList<>();
        if (c < 40) {
            int area = Math.max(1, mask.area());
            int step = Math.max(2, (int) Math.sqrt(area / 40.0));
            byte[] inner = bytes(interior, mask.width() * mask.height());
            for (int y = step / 2; y < mask.height(); y += step) {
                for (int x = step / 2; x < mask.width(); x += step) {
                    if (inner[y * mask.width() + x] != 0) {
                        grid.add(new float[] {x, y});
                    }
                }
            }
        }
        float[] all = new float[found.length + 2 * grid.size()];
        System.arraycopy(found, 0, all, 0, found.length);
        for (int i = 0; i < grid.size(); i++) {
            all[found.length + 2 * i] = grid.get(i)[0];
            all[found.length + 2 * i + 1] = grid.get(i)[1];
        }
        return all;
    }

    /** {@code mask} moved by this motion (null motion: unchanged). */
    BinaryMask warp(BinaryMask mask) {
        if (affine == null) {
            return mask;
        }
        int w = mask.width();
        int h = mask.height();
        try (PointerScope scope = new PointerScope()) {
            Mat src = new Mat(h, w, CV_8UC1);
            byte[] scaled = new byte[w * h];
            byte[] bits = mask.bits();
            for (int i = 0; i < bits.length; i++) {
                scaled[i] = bits[i] != 0 ? (byte) 255 : 0;
            }
            src.data().put(scaled);
            Mat m = new Mat(2, 3, org.bytedeco.opencv.global.opencv_core.CV_64F);
            new DoublePointer(m.data()).put(affine);
            Mat dst = new Mat();
            opencv_imgproc.warpAffine(src, dst, m, new Size(w, h), opencv_imgproc.INTER_LINEAR,
                    org.bytedeco.opencv.global.opencv_core.BORDER_CONSTANT, new Scalar(0.0));
            byte[] out = bytes(dst, w * h);
            for (int i = 0; i < out.length; i++) {
                out[i] = (out[i] & 0xff) >= 128 ? (byte) 1 : 0;
            }
            return new BinaryMask(w, h, out);
        }
    }

    /** Where the motion takes a point. */
    double[] apply(double x, double y) {
        if (affine == null) {
            return new double[] {x, y};
        }
        return new double[] {affine[0] * x + affine[1] * y + affine[2], affine[3] * x + affine[4] * y + affine[5]};
    }

    /** How much the motion scales areas (the affine's determinant; 1 without a motion). */
    double areaScale() {
        return affine == null ? 1 : Math.abs(affine[0] * affine[4] - affine[1] * affine[3]);
    }

    private static Mat points(float[] xy) {
        Mat m = new Mat(xy.length / 2, 1, CV_32FC2);
        new FloatPointer(m.data()).put(xy);
        return m;
    }

    private static float[] floats(Mat m, int n) {
        float[] out = new float[n];
        new FloatPointer(m.data()).get(out);
        return out;
    }

    private static byte[] bytes(Mat m, int n) {
        byte[] out = new byte[n];
        BytePointer data = m.data();
        data.get(out);
        return out;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        return s[s.length / 2];
    }
}
