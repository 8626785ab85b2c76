package dev.masklet.engine.onnx.internal.fallback;

import dev.masklet.core.image.RgbImage;
import dev.masklet.core.mask.BinaryMask;

/**
 * What an object looks like, as the image model cannot tell: the colour histogram of its pixels and of the frame
 * around it, taken on a frame where the object is known (a prompted frame). The tracker uses it twice: to reject a
 * mask that slid onto the background, an occluder or another object (its colours no longer match), and to find the
 * object again after it was lost (hidden or out of the frame) by back-projecting the colours that set it apart
 * from the background and prompting the image model where they gather. Classic colour-histogram tracking
 * (as in mean shift/CamShift), written here in a few loops because the bundle carries no image library.
 */
final class AppearanceModel {
    private static final int BITS = 3; // 8 levels per channel, 512 bins
    private static final int BINS = 1 << (3 * BITS);
    private static final int STEP = 4; // the search looks at every 4th pixel in each direction

    private final double[] object;
    /** Per bin: how much more often it occurs on the object than on the rest of the frame, in [0, 1]. */
    private final double[] discriminative;
    private final int area;
    private final int boxWidth;
    private final int boxHeight;
    /** The mean discriminative score inside the object's own box on the frame it was taken from. */
    private final double ownScore;
    /** The mean discriminative score of the object's own pixels on that frame. */
    private final double ownPurity;

    private AppearanceModel(double[] object, double[] discriminative, int area, int boxWidth, int boxHeight,
            double ownScore, double ownPurity) {
        this.object = object;
        this.discriminative = discriminative;
        this.area = area;
        this.boxWidth = boxWidth;
        this.boxHeight = boxHeight;
        this.ownScore = ownScore;
        this.ownPurity = ownPurity;
    }

    /** The appearance of the object under {@code mask} in {@code image}, or null when the mask is empty. */
    static AppearanceModel of(RgbImage image, BinaryMask mask) {
        int[] box = mask.bounds();
        if (box == null) {
            return null;
        }
        double[] inside = histogram(image, mask, true);
        double[] outside = histogram(image, mask, false);
        double[] ratio = new double[BINS];
        for (int b = 0; b < BINS; b++) {
            ratio[b] = inside[b] / (inside[b] + outside[b] + 1e-6);
        }
        int w = box[2] - box[0] + 1;
        int h = box[3] - box[1] + 1;
        AppearanceModel model = new AppearanceModel(inside, ratio, mask.area(), w, h, 0, 1);
        double own = model.windowScore(model.scoreMap(image), image.width(), box[0] / STEP, box[1] / STEP,
                Math.max(1, w / STEP), Math.max(1, h / STEP));
        return new AppearanceModel(inside, ratio, mask.area(), w, h, own, model.purity(image, mask));
    }

    /**
     * How much of {@code mask} has the object's own colours rather than the background's, relative to the object
     * on its prompted frame (1: as pure as then). A mask that leaked into the background or took in another
     * object scores low even when its colour histogram still resembles the object's.
     */
    double relativePurity(RgbImage image, BinaryMask mask) {
        return ownPurity > 0 ? purity(image, mask) / ownPurity : 0;
    }

    private double purity(RgbImage image, BinaryMask mask) {
        byte[] rgb = image.rgb();
        byte[] bits = mask.bits();
        double sum = 0;
        int n = 0;
        for (int p = 0; p < bits.length; p++) {
            if (bits[p] != 0) {
                sum += discriminative[bin(rgb, 3 * p)];
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    int area() {
        return area;
    }

    /** Bhattacharyya coefficient of the colour histograms of this object and of {@code mask} in {@code image}. */
    double similarity(RgbImage image, BinaryMask mask) {
        if (mask.area() == 0) {
            return 0;
        }
        double[] other = histogram(image, mask, true);
        double sum = 0;
        for (int b = 0; b < BINS; b++) {
            sum += Math.sqrt(object[b] * other[b]);
        }
        return sum;
    }

    /**
     * Where the object's colours gather best in {@code image}, in a window of the object's size: {x0, y0, x1, y1,
     * score relative to the object's own score}, or null when no window comes close ({@code minRelativeScore}).
     * Pixels in {@code excluded} (other objects) do not count.
     */
    double[] search(RgbImage image, BinaryMask excluded, double minRelativeScore) {
        float[] map = scoreMap(image);
        int gw = (image.width() + STEP - 1) / STEP;
        int gh = (image.height() + STEP - 1) / STEP;
        if (excluded != null) {
            for (int gy = 0; gy < gh; gy++) {
                for (int gx = 0; gx < gw; gx++) {
                    if (excluded.get(Math.min(gx * STEP, image.width() - 1), Math.min(gy * STEP, image.height() - 1))) {
                        map[gy * gw + gx] = 0;
                    }
                }
            }
        }
        int ww = Math.max(1, Math.min(gw, boxWidth / STEP));
        int wh = Math.max(1, Math.min(gh, boxHeight / STEP));
        double[] integral = integral(map, gw, gh);
        double best = -1;
        int bx = 0;
        int by = 0;
        for (int y = 0; y + wh <= gh; y++) {
            for (int x = 0; x + ww <= gw; x++) {
                double s = boxSum(integral, gw, x, y, ww, wh);
                if (s > best) {
                    best = s;
                    bx = x;
                    by = y;
                }
            }
        }
        double relative = ownScore > 0 ? best / (ww * wh) / ownScore : 0;
        if (relative < minRelativeScore) {
            return null;
        }
        return new double[] {bx * STEP, by * STEP, Math.min(image.width(), (bx + ww) * STEP),
                Math.min(image.height(), (by + wh) * STEP), relative};
    }

    private float[] scoreMap(RgbImage image) {
        int gw = (image.width() + STEP - 1) / STEP;
        int gh = (image.height() + STEP - 1) / STEP;
        float[] map = new float[gw * gh];
        byte[] rgb = image.rgb();
        for (int gy = 0; gy < gh; gy++) {
            for (int gx = 0; gx < gw; gx++) {
                int i = 3 * (gy * STEP * image.width() + gx * STEP);
                map[gy * gw + gx] = (float) discriminative[bin(rgb, i)];
            }
        }
        return map;
    }

    private double windowScore(float[] map, int imageWidth, int x, int y, int ww, int wh) {
        int gw = (imageWidth + STEP - 1) / STEP;
        int gh = map.length / gw;
        double sum = 0;
        int n = 0;
        for (int yy = y; yy < Math.min(gh, y + wh); yy++) {
            for (int xx = x; xx < Math.min(gw, x + ww); xx++) {
                sum += map[yy * gw + xx];
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    private static double[] integral(float[] map, int w, int h) {
        double[] s = new double[(w + 1) * (h + 1)];
        for (int y = 0; y < h; y++) {
            double row = 0;
            for (int x = 0; x < w; x++) {
                row += map[y * w + x];
                s[(y + 1) * (w + 1) + x + 1] = s[y * (w + 1) + x + 1] + row;
            }
        }
        return s;
    }

    private static double boxSum(double[] s, int w, int x, int y, int ww, int wh) {
        int stride = w + 1;
        return s[(y + wh) * stride + x + ww] - s[y * stride + x + ww] - s[(y + wh) * stride + x] + s[y * stride + x];
    }

    /** Normalised colour histogram of the pixels in (or, with {@code in} false, outside) the mask. */
    private static double[] histogram(RgbImage image, BinaryMask mask, boolean in) {
        double[] h = new double[BINS];
        byte[] rgb = image.rgb();
        byte[] bits = mask.bits();
        int n = 0;
        for (int p = 0; p < bits.length; p++) {
            if ((bits[p] != 0) == in) {
                h[bin(rgb, 3 * p)]++;
                n++;
            }
        }
        if (n > 0) {
            for (int b = 0; b < BINS; b++) {
                h[b] /= n;
            }
        }
        return h;
    }

    private static int bin(byte[] rgb, int i) {
        int shift = 8 - BITS;
        return ((rgb[i] & 0xff) >> shift) << (2 * BITS) | ((rgb[i + 1] & 0xff) >> shift) << BITS
                | (rgb[i + 2] & 0xff) >> shift;
    }
}
