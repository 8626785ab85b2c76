package dev.masklet.engine.onnx.internal.mobilesam;

import dev.masklet.core.image.RgbImage;
import dev.masklet.core.mask.BinaryMask;

/**
 * The colours of a region as a normalised hue–saturation histogram (greys by brightness). Motion blur smears an
 * object's texture, and with it the encoder's features, but hardly its colours: where the features no longer
 * recognise a fast object, its colours still tell it from a background of other colours. Only ever a second opinion:
 * over a background of the object's own colours (camouflage) it says nothing, and the features decide.
 */
final class ColourLook {
    private static final int HUES = 12;
    private static final int SATURATIONS = 3;
    private static final int GREYS = 4;
    /** Below this saturation (0..1) a pixel counts as grey: its hue is noise. */
    private static final double GREY = 0.18;

    private final float[] histogram;

    private ColourLook(float[] histogram) {
        this.histogram = histogram;
    }

    /** The colours of {@code region} on {@code image}; null for an empty region. */
    static ColourLook of(RgbImage image, BinaryMask region) {
        float[] h = new float[HUES * SATURATIONS + GREYS];
        byte[] rgb = image.rgb();
        byte[] bits = region.bits();
        int count = 0;
        for (int p = 0; p < bits.length; p++) {
            if (bits[p] == 0) {
                continue;
            }
            h[bin(rgb[3 * p] & 0xff, rgb[3 * p + 1] & 0xff, rgb[3 * p + 2] & 0xff)]++;
            count++;
        }
        if (count == 0) {
            return null;
        }
        for (int i = 0; i < h.length; i++) {
            h[i] /= count;
        }
        return new ColourLook(h);
    }

    /** How alike two colour distributions are (Bhattacharyya coefficient: 1 the same, 0 no colour in common). */
    double resemblance(ColourLook other) {
        if (other == null) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < histogram.length; i++) {
            sum += Math.sqrt(histogram[i] * other.histogram[i]);
        }
        return sum;
    }

    /**
     * For each cell of {@code grid}, how much its pixels' colours are the object's ({@code object}) rather than its
     * surroundings' ({@code surroundings}): the mean over its pixels of 2 p(o) / (p(o) + p(s)) - 1, at least 0. Near 1
     * on an object of colours its background lacks, near 0 elsewhere and everywhere in camouflage.
     */
    static float[] cellMap(RgbImage image, ColourLook object, ColourLook surroundings, FeatureGrid grid) {
        float[] ratio = new float[object.histogram.length];
        for (int i = 0; i < ratio.length; i++) {
            double o = object.histogram[i];
            double s = surroundings == null ? 0 : surroundings.histogram[i];
            ratio[i] = (float) Math.max(0, 2 * o / (o + s + 1e-3) - 1);
        }
        int cols = grid.cols();
        float[] sum = new float[cols * grid.rows()];
        int[] count = new int[sum.length];
        byte[] rgb = image.rgb();
        int w = image.width();
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < w; x++) {
                int p = y * w + x;
                int cell = grid.cellAt(x, y);
                sum[cell] += ratio[bin(rgb[3 * p] & 0xff, rgb[3 * p + 1] & 0xff, rgb[3 * p + 2] & 0xff)];
                count[cell]++;
            }
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] = count[i] == 0 ? 0 : sum[i] / count[i];
        }
        return sum;
    }

    private static int bin(int r, int g, int b) {
        int max = Math.max(r, Math.max(g, b));
        int min = Math.min(r, Math.min(g, b));
        double saturation = max == 0 ? 0 : (max - min) / (double) max;
        if (saturation < GREY || max < 40) {
            return HUES * SATURATIONS + Math.min(GREYS - 1, max * GREYS / 256);
        }
        double hue;
        double d = max - min;
        if (max == r) {
            hue = ((g - b) / d + 6) % 6;
        } else if (max == g) {
            hue = (b - r) / d + 2;
        } else {
            hue = (r - g) / d + 4;
        }
        int hueBin = Math.min(HUES - 1, (int) (hue / 6 * HUES));
        int satBin = Math.min(SATURATIONS - 1, (int) ((saturation - GREY) / (1 - GREY) * SATURATIONS));
        return hueBin * SATURATIONS + satBin;
    }
}
