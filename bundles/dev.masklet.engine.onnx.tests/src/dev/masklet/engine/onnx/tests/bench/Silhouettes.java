package dev.masklet.engine.onnx.tests.bench;

import static org.bytedeco.opencv.global.opencv_core.CV_32SC2;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;

import java.util.SplittableRandom;

import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Scalar;

/**
 * Outlines to cut textured objects out of photos with, as anti-aliased 8-bit alpha (255 inside): irregular smooth
 * blobs, stars with arms of varied length and width, and limbed shapes (a body with long arms to either side, for
 * articulation). Each is a star-shaped polygon r(θ) around the centre, drawn by OpenCV's {@code fillPoly}.
 */
final class Silhouettes {
    private static final int VERTICES = 240;
    private static final int SHIFT = 4; // sub-pixel vertices: 1/16 pixel

    private Silhouettes() {
    }

    /** A smooth irregular blob filling most of {@code w x h}. */
    static Mat blob(int w, int h, SplittableRandom random) {
        double[] a = new double[6];
        double[] phase = new double[6];
        for (int k = 2; k < 6; k++) {
            a[k] = random.nextDouble(0.03, 0.26) / (k - 0.8);
            phase[k] = random.nextDouble(0, 2 * Math.PI);
        }
        double[] r = new double[VERTICES];
        for (int i = 0; i < VERTICES; i++) {
            double theta = 2 * Math.PI * i / VERTICES;
            double v = 1;
            for (int k = 2; k < 6; k++) {
                v += a[k] * Math.cos(k * theta + phase[k]);
            }
            r[i] = v;
        }
        return radial(r, w, h);
    }

    /** A star of {@code arms} arms of random length and width around a round core. */
    static Mat star(int w, int h, int arms, SplittableRandom random) {
        double[] angles = new double[arms];
        double start = random.nextDouble(0, 2 * Math.PI);
        for (int i = 0; i < arms; i++) {
            angles[i] = start + 2 * Math.PI * i / arms + random.nextDouble(-0.25, 0.25);
        }
        return arms(angles, 0.42, 0.7, 1.0, w, h, random);
    }

    /** A body with two long arms to the left and right and one or two short ones: it can bend at the arms. */
    static Mat limbed(int w, int h, SplittableRandom random) {
        int extra = random.nextInt(1, 3);
        double[] angles = new double[2 + extra];
        angles[0] = random.nextDouble(-0.15, 0.15);
        angles[1] = Math.PI + random.nextDouble(-0.15, 0.15);
        for (int i = 0; i < extra; i++) {
            angles[2 + i] = (i == 0 ? 0.5 : 1.5) * Math.PI + random.nextDouble(-0.3, 0.3);
        }
        return arms(angles, 0.5, 0.6, 1.0, w, h, random);
    }

    /** A tall post, as wide as {@code w}, its two sides gently uneven. */
    static Mat post(int w, int h, SplittableRandom random) {
        int n = VERTICES / 2;
        double phaseL = random.nextDouble(0, 2 * Math.PI);
        double phaseR = random.nextDouble(0, 2 * Math.PI);
        int[] xy = new int[4 * n];
        for (int i = 0; i < n; i++) {
            double y = (h - 3.0) * i / (n - 1) + 1.5;
            double left = 1.5 + 0.06 * w * (1 + Math.sin(y / h * 7 + phaseL));
            double right = w - 1.5 - 0.06 * w * (1 + Math.sin(y / h * 5 + phaseR));
            xy[2 * i] = (int) Math.round(left * (1 << SHIFT));
            xy[2 * i + 1] = (int) Math.round(y * (1 << SHIFT));
            int j = 2 * n - 1 - i; // the right side runs back up
            xy[2 * j] = (int) Math.round(right * (1 << SHIFT));
            xy[2 * j + 1] = (int) Math.round(y * (1 << SHIFT));
        }
        return fill(xy, w, h);
    }

    private static Mat arms(double[] angles, double core, double minLength, double maxLength, int w, int h,
            SplittableRandom random) {
        double[] length = new double[angles.length];
        double[] width = new double[angles.length];
        for (int i = 0; i < angles.length; i++) {
            length[i] = random.nextDouble(minLength, maxLength);
            width[i] = random.nextDouble(0.2, 0.34);
        }
        double[] r = new double[VERTICES];
        for (int v = 0; v < VERTICES; v++) {
            double theta = 2 * Math.PI * v / VERTICES;
            double value = core;
            for (int i = 0; i < angles.length; i++) {
                double d = Math.IEEEremainder(theta - angles[i], 2 * Math.PI) / width[i];
                value += (length[i] - core) * Math.exp(-d * d);
            }
            r[v] = value;
        }
        return radial(r, w, h);
    }

    /** Draws r(θ), scaled so that the shape spans the box, as alpha. */
    private static Mat radial(double[] r, int w, int h) {
        double maxX = 0;
        double maxY = 0;
        for (int i = 0; i < r.length; i++) {
            double theta = 2 * Math.PI * i / r.length;
            maxX = Math.max(maxX, Math.abs(r[i] * Math.cos(theta)));
            maxY = Math.max(maxY, Math.abs(r[i] * Math.sin(theta)));
        }
        double sx = (w / 2.0 - 1.5) / maxX;
        double sy = (h / 2.0 - 1.5) / maxY;
        int[] xy = new int[2 * r.length];
        for (int i = 0; i < r.length; i++) {
            double theta = 2 * Math.PI * i / r.length;
            xy[2 * i] = (int) Math.round((w / 2.0 + sx * r[i] * Math.cos(theta)) * (1 << SHIFT));
            xy[2 * i + 1] = (int) Math.round((h / 2.0 + sy * r[i] * Math.sin(theta)) * (1 << SHIFT));
        }
        return fill(xy, w, h);
    }

    private static Mat fill(int[] xy, int w, int h) {
        Mat alpha = new Mat(h, w, CV_8UC1, new Scalar(0.0));
        Mat outline = new Mat(xy.length / 2, 1, CV_32SC2, new IntPointer(xy));
        opencv_imgproc.fillPoly(alpha, new MatVector(outline), new Scalar(255.0), opencv_imgproc.LINE_AA, SHIFT,
                new Point(0, 0));
        return alpha;
    }
}
