package dev.masklet.media.internal;

import dev.masklet.core.image.RgbImage;

/**
 * Turns decoded frames upright as the container's display matrix asks. Written here rather than through an FFmpeg
 * filter graph: a quarter-turn is a plain index remapping, and a filter graph per source would be more code.
 */
final class Rotation {
    private Rotation() {
    }

    /** Clockwise degrees (0, 90, 180, 270) from FFmpeg's counter-clockwise display rotation, to the nearest quarter. */
    static int clockwiseQuarter(double ffmpegCounterClockwise) {
        if (Double.isNaN(ffmpegCounterClockwise)) {
            return 0;
        }
        int ccw = (int) Math.round(ffmpegCounterClockwise / 90.0) * 90;
        return Math.floorMod(-ccw, 360);
    }

    /** {@code image} turned {@code clockwise} degrees (a multiple of 90). */
    static RgbImage rotate(RgbImage image, int clockwise) {
        if (clockwise == 0) {
            return image;
        }
        int w = image.width();
        int h = image.height();
        byte[] src = image.rgb();
        boolean quarter = clockwise == 90 || clockwise == 270;
        int ow = quarter ? h : w;
        int oh = quarter ? w : h;
        byte[] dst = new byte[src.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int ox;
                int oy;
                switch (clockwise) {
                    case 90 -> { ox = h - 1 - y; oy = x; }
                    case 180 -> { ox = w - 1 - x; oy = h - 1 - y; }
                    default -> { ox = y; oy = w - 1 - x; } // 270
                }
                int s = 3 * (y * w + x);
                int d = 3 * (oy * ow + ox);
                dst[d] = src[s];
                dst[d + 1] = src[s + 1];
                dst[d + 2] = src[s + 2];
            }
        }
        return new RgbImage(ow, oh, dst);
    }
}
