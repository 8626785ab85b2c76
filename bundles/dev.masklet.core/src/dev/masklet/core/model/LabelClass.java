package dev.masklet.core.model;

import java.util.Locale;

/** A label class of a project: its name and the colour it is drawn in ({@code 0xRRGGBB}). */
public record LabelClass(String name, int rgb) {
    public LabelClass {
        name = LabelNames.check(name);
        if (rgb < 0 || rgb > 0xFFFFFF) {
            throw new IllegalArgumentException("a colour is 0xRRGGBB, got " + Integer.toHexString(rgb));
        }
    }

    /** The colour as {@code #rrggbb}, as the project file stores it. */
    public String hex() {
        return String.format(Locale.ROOT, "#%06x", rgb);
    }

    /** Parses {@code #rrggbb}; the message says what is wrong otherwise. */
    public static int parseHex(String hex) {
        if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("a colour must be written #rrggbb, got " + hex);
        }
        return Integer.parseInt(hex.substring(1), 16);
    }

    /** Colours for new labels, in order (Tableau 10 plus two): distinct and readable over video. */
    private static final int[] PALETTE = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f, 0xedc948, 0xb07aa1,
            0xff9da7, 0x9c755f, 0xbab0ac, 0x17becf, 0xbcbd22};

    /** The colour the n-th label of a project gets unless someone chose one. */
    public static int defaultColour(int index) {
        return PALETTE[Math.floorMod(index, PALETTE.length)];
    }
}
