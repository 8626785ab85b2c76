package dev.masklet.engine.onnx.tests.bench;

/**
 * Light over a clip: a global change (the scene dims to {@code dimTo} of its brightness at mid-clip and turns
 * cooler, as when a cloud passes) and a soft shadow cast by something out of view that moves across the scene,
 * darkening everything under it, objects and background alike.
 *
 * @param dimTo brightness at mid-clip, 1 for none
 * @param shadowDarkness how much the shadow takes away at its core (0: no shadow, 0.6: 60 % darker)
 * @param shadowRadius the shadow's half width in pixels (it is an ellipse 1.6 times as tall as wide)
 * @param shadowPath where the shadow's centre is, in frame pixels
 */
public record Lighting(double dimTo, double shadowDarkness, double shadowRadius, Motion shadowPath) {

    public static final Lighting CONSTANT = new Lighting(1, 0, 0, Motion.through(new Motion.Pose(0, 0)));

    /** Brightness over the clip: 1 at both ends, {@code dimTo} in the middle. */
    public double brightness(double t) {
        double s = Math.sin(Math.PI * t);
        return 1 - (1 - dimTo) * s * s;
    }

    /** Applies the light of clip time {@code t} to a BGR image in place. */
    public void apply(byte[] bgr, int w, int h, double t) {
        double g = brightness(t);
        // cooler as it dims: blue keeps more, red loses more
        double[] gain = {Math.pow(g, 0.75), g, Math.pow(g, 1.25)};
        boolean shadow = shadowDarkness > 0;
        Motion.Pose c = shadowPath.at(t);
        if (g == 1 && !shadow) {
            return;
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double f = 1;
                if (shadow) {
                    double dx = (x - c.x()) / shadowRadius;
                    double dy = (y - c.y()) / (1.6 * shadowRadius);
                    double d = Math.sqrt(dx * dx + dy * dy); // 1 on the rim
                    double core = Math.max(0, Math.min(1, (1 - d) / 0.35)); // a soft penumbra
                    f = 1 - shadowDarkness * core * core * (3 - 2 * core);
                }
                int i = 3 * (y * w + x);
                for (int k = 0; k < 3; k++) {
                    int v = (int) Math.round((bgr[i + k] & 0xff) * gain[k] * f);
                    bgr[i + k] = (byte) Math.min(255, v);
                }
            }
        }
    }
}
