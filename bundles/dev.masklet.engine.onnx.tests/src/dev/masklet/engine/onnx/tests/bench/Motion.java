package dev.masklet.engine.onnx.tests.bench;

import java.util.Arrays;

/**
 * A smooth path through key poses over clip time 0..1: position, scale and rotation are interpolated by monotone
 * cubic Hermite splines (smooth velocity, no overshoot: a pose held between two equal keys stays put, so an object
 * parked outside the frame stays outside).
 */
public final class Motion {

    /**
     * Where a thing is: centre in frame pixels (for a camera: the view's centre in photo pixels), scale (1: its
     * natural size), rotation in degrees.
     */
    public record Pose(double x, double y, double scale, double angle) {
        public Pose(double x, double y) {
            this(x, y, 1, 0);
        }
    }

    private final double[] times;
    private final double[][] values; // [component][key]: x, y, scale, angle

    /** Keys at the given times (ascending, from 0 to 1). */
    public Motion(double[] times, Pose... poses) {
        if (times.length != poses.length || times.length == 0) {
            throw new IllegalArgumentException("one time per pose needed");
        }
        for (int i = 1; i < times.length; i++) {
            if (!(times[i] > times[i - 1])) {
                throw new IllegalArgumentException("key times must increase: " + Arrays.toString(times));
            }
        }
        this.times = times.clone();
        this.values = new double[4][poses.length];
        for (int i = 0; i < poses.length; i++) {
            values[0][i] = poses[i].x();
            values[1][i] = poses[i].y();
            values[2][i] = poses[i].scale();
            values[3][i] = poses[i].angle();
        }
    }

    /** Keys spread evenly over the clip. */
    public static Motion through(Pose... poses) {
        double[] t = new double[poses.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = poses.length == 1 ? 0 : i / (double) (poses.length - 1);
        }
        return new Motion(t, poses);
    }

    public Pose at(double t) {
        return new Pose(component(0, t), component(1, t), component(2, t), component(3, t));
    }

    private double component(int c, double t) {
        double[] v = values[c];
        int n = times.length;
        if (n == 1 || t <= times[0]) {
            return v[0];
        }
        if (t >= times[n - 1]) {
            return v[n - 1];
        }
        int i = 0;
        while (t > times[i + 1]) {
            i++;
        }
        double h = times[i + 1] - times[i];
        double s = (t - times[i]) / h;
        double m0 = tangent(v, i);
        double m1 = tangent(v, i + 1);
        double s2 = s * s;
        double s3 = s2 * s;
        return (2 * s3 - 3 * s2 + 1) * v[i] + (s3 - 2 * s2 + s) * h * m0 + (-2 * s3 + 3 * s2) * v[i + 1]
                + (s3 - s2) * h * m1;
    }

    /** Fritsch-Carlson style: zero at a local extremum or a hold, else the harmonic mean of the two slopes. */
    private double tangent(double[] v, int i) {
        int n = times.length;
        if (i == 0 || i == n - 1) {
            return 0;
        }
        double left = (v[i] - v[i - 1]) / (times[i] - times[i - 1]);
        double right = (v[i + 1] - v[i]) / (times[i + 1] - times[i]);
        if (left * right <= 0) {
            return 0;
        }
        return 2 / (1 / left + 1 / right);
    }
}
