package dev.masklet.ui.internal.editor;

import java.util.List;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.engine.Prompt;

/** Turns a kept mask back into a prompt for the tracker: its box and one positive point inside it. */
final class MaskPrompts {
    private MaskPrompts() {
    }

    static Prompt of(BinaryMask mask) {
        int[] b = mask.bounds();
        if (b == null) {
            throw new IllegalArgumentException("an empty mask gives no prompt");
        }
        int w = mask.width();
        long sx = 0;
        long sy = 0;
        int n = 0;
        byte[] bits = mask.bits();
        for (int i = 0; i < bits.length; i++) {
            if (bits[i] != 0) {
                sx += i % w;
                sy += i / w;
                n++;
            }
        }
        double cx = (double) sx / n;
        double cy = (double) sy / n;
        // the centroid can lie outside a concave or split mask: take the mask pixel nearest to it
        double best = Double.MAX_VALUE;
        int px = b[0];
        int py = b[1];
        for (int i = 0; i < bits.length; i++) {
            if (bits[i] != 0) {
                double d = Math.hypot(i % w - cx, i / w - cy);
                if (d < best) {
                    best = d;
                    px = i % w;
                    py = i / w;
                }
            }
        }
        return Prompt.of(List.of(new Prompt.Point(px + 0.5, py + 0.5, true)),
                new Prompt.Box(b[0], b[1], b[2] + 1, b[3] + 1));
    }
}
