package dev.masklet.export.internal;

/**
 * The Pascal VOC colour map: index 0 black (background), 1 dark red, 2 dark green, ... 255 (VOC's "void") a light
 * grey. Every palette PNG Masklet writes uses it, so masks look alike in every viewer.
 */
public final class Palette {
    private static final byte[][] COLORS = build();

    private Palette() {
    }

    private static byte[][] build() {
        byte[][] c = new byte[3][256];
        for (int i = 0; i < 256; i++) {
            int r = 0;
            int g = 0;
            int b = 0;
            int v = i;
            for (int j = 0; j < 8; j++) {
                r |= (v & 1) << (7 - j);
                g |= ((v >> 1) & 1) << (7 - j);
                b |= ((v >> 2) & 1) << (7 - j);
                v >>= 3;
            }
            c[0][i] = (byte) r;
            c[1][i] = (byte) g;
            c[2][i] = (byte) b;
        }
        return c;
    }

    /** {reds, greens, blues}, 256 entries each (a copy). */
    public static byte[][] colors() {
        return new byte[][] {COLORS[0].clone(), COLORS[1].clone(), COLORS[2].clone()};
    }

    /** Packed 0xRRGGBB of an index. */
    public static int rgb(int index) {
        return (COLORS[0][index] & 0xff) << 16 | (COLORS[1][index] & 0xff) << 8 | (COLORS[2][index] & 0xff);
    }
}
