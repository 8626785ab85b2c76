package dev.masklet.media.sample;

import dev.masklet.core.image.RgbImage;
import dev.masklet.core.mask.BinaryMask;

/**
 * A synthetic scene with exactly known ground truth: a red disk moving right and a blue square moving down over a
 * soft background. Used for the sample video that the product starts on, and by tests that need true object
 * regions to score masks against.
 */
public final class SampleScene {
    public static final int DISK = 0;
    public static final int SQUARE = 1;

    private final int width;
    private final int height;
    private final int frames;

    public SampleScene(int width, int height, int frames) {
        this.width = width;
        this.height = height;
        this.frames = frames;
    }

    public static SampleScene standard() {
        return new SampleScene(640, 360, 50);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int frames() {
        return frames;
    }

    private double t(int frame) {
        return frames <= 1 ? 0 : (double) frame / (frames - 1);
    }

    /** Centre x, centre y and radius (or half side) of an object on a frame. */
    public double[] geometry(int object, int frame) {
        double t = t(frame);
        if (object == DISK) {
            double r = height * 0.14;
            return new double[] {width * (0.18 + 0.42 * t), height * 0.55, r};
        }
        double half = height * 0.11;
        return new double[] {width * 0.78, height * (0.25 + 0.45 * t), half};
    }

    /** Whether pixel (x, y) (its centre) lies in the object. */
    public boolean contains(int object, int frame, int x, int y) {
        double[] g = geometry(object, frame);
        double dx = x + 0.5 - g[0];
        double dy = y + 0.5 - g[1];
        if (object == DISK) {
            return dx * dx + dy * dy <= g[2] * g[2];
        }
        return Math.abs(dx) <= g[2] && Math.abs(dy) <= g[2];
    }

    public BinaryMask truth(int object, int frame) {
        byte[] bits = new byte[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                bits[y * width + x] = (byte) (contains(object, frame, x, y) ? 1 : 0);
            }
        }
        return new BinaryMask(width, height, bits);
    }

    public RgbImage render(int frame) {
        byte[] rgb = new byte[width * height * 3];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r;
                int g;
                int b;
                if (contains(DISK, frame, x, y)) {
                    r = 210; g = 40; b = 40;
                } else if (contains(SQUARE, frame, x, y)) {
                    r = 40; g = 70; b = 200;
                } else {
                    // a soft vertical gradient with a faint checker, so the background is not one flat colour
                    int shade = 150 + (y * 60 / height) + (((x / 40) + (y / 40)) % 2 == 0 ? 6 : -6);
                    r = shade; g = shade + 8; b = shade - 10;
                }
                int i = (y * width + x) * 3;
                rgb[i] = (byte) r;
                rgb[i + 1] = (byte) g;
                rgb[i + 2] = (byte) b;
            }
        }
        return new RgbImage(width, height, rgb);
    }
}
