package dev.masklet.engine.onnx.tests.sam2;

import java.util.SplittableRandom;

import dev.masklet.engine.onnx.internal.sam2.Sam2FrameSource;

/**
 * A synthetic clip of any length, made on demand (nothing is held per frame): a fixed noise background, a textured
 * disk moving right (wrapping around) and a static striped rectangle, like the fixture's clip. Deterministic.
 */
public final class GeneratedClip implements Sam2FrameSource {
    private final int width;
    private final int height;
    private final int frames;
    private final byte[] background;

    public GeneratedClip(int width, int height, int frames) {
        this.width = width;
        this.height = height;
        this.frames = frames;
        this.background = new byte[3 * width * height];
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < background.length; i++) {
            background[i] = (byte) (60 + random.nextInt(80));
        }
    }

    @Override
    public int frameCount() {
        return frames;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    /** Disk radius in pixels. */
    public double radius() {
        return height * 0.15;
    }

    /** Centre of the disk on a frame: moves right by width/25 per frame, wrapping around. */
    public double[] diskCentre(int frame) {
        double span = width - 2 * radius();
        double x = radius() + (width * 0.1 + frame * width / 25.0) % span;
        return new double[] {x, height * 0.5};
    }

    /** The rectangle: x0, y0, x1, y1. */
    public int[] rectangle() {
        return new int[] {(int) (width * 0.72), (int) (height * 0.08), (int) (width * 0.9), (int) (height * 0.3)};
    }

    @Override
    public byte[] rgb(int index) {
        if (index < 0 || index >= frames) {
            throw new IndexOutOfBoundsException("frame " + index);
        }
        byte[] rgb = background.clone();
        double[] c = diskCentre(index);
        double r = radius();
        int[] rect = rectangle();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = 3 * (y * width + x);
                double dx = x + 0.5 - c[0];
                double dy = y + 0.5 - c[1];
                if (dx * dx + dy * dy <= r * r) {
                    int t = ((x + y) / 4) % 2 == 0 ? 30 : 0;
                    rgb[i] = (byte) (200 + t / 2);
                    rgb[i + 1] = (byte) (60 + t);
                    rgb[i + 2] = (byte) 40;
                } else if (x >= rect[0] && x < rect[2] && y >= rect[1] && y < rect[3]) {
                    boolean stripe = (y / 5) % 2 == 0;
                    rgb[i] = (byte) (stripe ? 40 : 230);
                    rgb[i + 1] = (byte) (stripe ? 90 : 230);
                    rgb[i + 2] = (byte) (stripe ? 210 : 60);
                }
            }
        }
        return rgb;
    }
}
