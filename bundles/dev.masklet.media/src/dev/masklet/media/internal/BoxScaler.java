package dev.masklet.media.internal;

import dev.masklet.core.image.RgbImage;

/**
 * Shrinks an RGB image by averaging the source pixels under each target pixel (area / box filter), which does not
 * alias the way nearest-neighbour picking does. Written here because the media bundle has no imaging library and
 * thumbnails need nothing better; the geometry bundle's OpenCV is for masks.
 */
public final class BoxScaler {
    private BoxScaler() {
    }

    /** {@code image} shrunk to {@code w} x {@code h} (each at most the source's). */
    public static RgbImage shrink(RgbImage image, int w, int h) {
        int sw = image.width();
        int sh = image.height();
        if (w == sw && h == sh) {
            return image;
        }
        byte[] src = image.rgb();
        byte[] dst = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            int y0 = (int) ((long) y * sh / h);
            int y1 = Math.max(y0 + 1, (int) ((long) (y + 1) * sh / h));
            for (int x = 0; x < w; x++) {
                int x0 = (int) ((long) x * sw / w);
                int x1 = Math.max(x0 + 1, (int) ((long) (x + 1) * sw / w));
                long r = 0;
                long g = 0;
                long b = 0;
                for (int yy = y0; yy < y1; yy++) {
                    int s = 3 * (yy * sw + x0);
                    for (int xx = x0; xx < x1; xx++, s += 3) {
                        r += src[s] & 0xff;
                        g += src[s + 1] & 0xff;
                        b += src[s + 2] & 0xff;
                    }
                }
                long n = (long) (y1 - y0) * (x1 - x0);
                int d = 3 * (y * w + x);
                dst[d] = (byte) ((r + n / 2) / n);
                dst[d + 1] = (byte) ((g + n / 2) / n);
                dst[d + 2] = (byte) ((b + n / 2) / n);
            }
        }
        return new RgbImage(w, h, dst);
    }
}
