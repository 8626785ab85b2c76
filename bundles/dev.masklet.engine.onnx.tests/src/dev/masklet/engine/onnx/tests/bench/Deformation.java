package dev.masklet.engine.onnx.tests.bench;

/**
 * A smooth, time-varying non-rigid warp of a cut-out (pixels and mask alike), given as a backward map: for each
 * pixel of the deformed canvas, where on the undeformed canvas it comes from. The strength swings as
 * {@code amount * sin(2π cycles t + phase)} over the clip.
 *
 * @param kind how the object deforms
 * @param amount the largest strength (see each kind)
 * @param cycles how many swings over the clip
 * @param phase where in its swing the clip starts, radians
 */
public record Deformation(Kind kind, double amount, double cycles, double phase) {

    public enum Kind {
        /** Rigid. */
        NONE,
        /** Sways like a plant in wind: anchored at the bottom, the top moves sideways by {@code amount} × width. */
        SWAY,
        /** Bends into an arc along its width: the ends move up or down by {@code amount} × height. */
        BEND,
        /** Stretches along x while squashing along y (area kept): by a factor of {@code exp(amount)}. */
        STRETCH,
        /** A wave runs along it, like a swimming fish: {@code amount} × height up and down. */
        WAVE,
        /** Both ends turn about hinges at a fifth of the width from the centre, by up to {@code amount} radians. */
        ARTICULATE
    }

    public static final Deformation NONE = new Deformation(Kind.NONE, 0, 0, 0);

    public boolean rigid() {
        return kind == Kind.NONE || amount == 0;
    }

    /**
     * The backward map at clip time {@code t} for a {@code w x h} canvas whose object occupies the box
     * ({@code ox}, {@code oy}, {@code ow}, {@code oh}): source x and y per pixel, row after row.
     */
    public float[][] map(int w, int h, double ox, double oy, double ow, double oh, double t) {
        double a = amount * Math.sin(2 * Math.PI * cycles * t + phase);
        double cx = ox + ow / 2;
        double cy = oy + oh / 2;
        float[] mx = new float[w * h];
        float[] my = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double sx = x;
                double sy = y;
                double u = (x - cx) / (ow / 2); // -1..1 across the object
                switch (kind) {
                    case NONE -> {
                    }
                    case SWAY -> {
                        double up = clamp((oy + oh - y) / oh); // 0 at the base, 1 at the top
                        sx = x - a * ow * up * up;
                    }
                    case BEND -> sy = y - a * oh * (u * u - 0.35);
                    case STRETCH -> {
                        double f = Math.exp(a);
                        sx = cx + (x - cx) / f;
                        sy = cy + (y - cy) * f;
                    }
                    case WAVE -> sy = y - a * oh * Math.sin(Math.PI * 1.3 * u - 2 * Math.PI * 2 * cycles * t);
                    case ARTICULATE -> {
                        double hinge = 0.2 * ow;
                        double side = x >= cx ? 1 : -1;
                        double weight = smooth((Math.abs(x - cx) - hinge) / (0.25 * ow));
                        double theta = side * a * weight;
                        double hx = cx + side * hinge;
                        double dx = x - hx;
                        double dy = y - cy;
                        // the limb turns by theta about the hinge; its pixel came from the turned-back position
                        sx = hx + Math.cos(theta) * dx + Math.sin(theta) * dy;
                        sy = cy - Math.sin(theta) * dx + Math.cos(theta) * dy;
                    }
                    default -> throw new IllegalStateException(kind.toString());
                }
                mx[y * w + x] = (float) sx;
                my[y * w + x] = (float) sy;
            }
        }
        return new float[][] {mx, my};
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static double smooth(double v) {
        double c = clamp(v);
        return c * c * (3 - 2 * c);
    }
}
