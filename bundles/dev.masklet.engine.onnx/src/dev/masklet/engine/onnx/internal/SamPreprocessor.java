package dev.masklet.engine.onnx.internal;

import dev.masklet.core.image.RgbImage;

/**
 * SAM's image preprocessing: resize so the longest side is {@code size} (bilinear, pixel centres aligned), normalise
 * with the ImageNet mean/std on 0-255 values, lay out as NCHW and zero-pad bottom/right to a square.
 * Hand-written because it fuses resize, normalisation and layout in one pass over a 1024² tensor; doing it with
 * separate library calls would make several full-size copies per frame.
 */
public final class SamPreprocessor {
    private final int size;
    private final float[] mean;
    private final float[] std;

    public SamPreprocessor(int size, float[] mean, float[] std) {
        this.size = size;
        this.mean = mean.clone();
        this.std = std.clone();
    }

    public int size() {
        return size;
    }

    /** Scale from image pixels to model input pixels. */
    public double scale(int width, int height) {
        return (double) size / Math.max(width, height);
    }

    /** NCHW float tensor data of shape [1, 3, size, size]. */
    public float[] toTensor(RgbImage image) {
        int w = image.width();
        int h = image.height();
        double scale = scale(w, h);
        int newW = (int) Math.round(w * scale);
        int newH = (int) Math.round(h * scale);
        float[] out = new float[3 * size * size];
        byte[] rgb = image.rgb();
        int plane = size * size;
        double sx = (double) w / newW;
        double sy = (double) h / newH;
        for (int y = 0; y < newH; y++) {
            double fy = Math.max(0, (y + 0.5) * sy - 0.5);
            int y0 = Math.min((int) fy, h - 1);
            int y1 = Math.min(y0 + 1, h - 1);
            double wy = fy - y0;
            for (int x = 0; x < newW; x++) {
                double fx = Math.max(0, (x + 0.5) * sx - 0.5);
                int x0 = Math.min((int) fx, w - 1);
                int x1 = Math.min(x0 + 1, w - 1);
                double wx = fx - x0;
                for (int c = 0; c < 3; c++) {
                    double top = (rgb[(y0 * w + x0) * 3 + c] & 0xff) * (1 - wx) + (rgb[(y0 * w + x1) * 3 + c] & 0xff) * wx;
                    double bottom = (rgb[(y1 * w + x0) * 3 + c] & 0xff) * (1 - wx) + (rgb[(y1 * w + x1) * 3 + c] & 0xff) * wx;
                    double v = top * (1 - wy) + bottom * wy;
                    out[c * plane + y * size + x] = (float) ((v - mean[c]) / std[c]);
                }
            }
        }
        return out;
    }
}
