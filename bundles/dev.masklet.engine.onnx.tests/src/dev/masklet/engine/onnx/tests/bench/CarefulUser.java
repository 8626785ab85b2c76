package dev.masklet.engine.onnx.tests.bench;

import java.util.ArrayList;
import java.util.List;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.ImageEmbedding;
import dev.masklet.engine.Prompt;
import dev.masklet.engine.SegmentationEngine;
import dev.masklet.engine.onnx.internal.mobilesam.MaskCues;
import dev.masklet.engine.onnx.tests.bench.TrackerBenchmark.PromptKind;

/**
 * Prompts an object on its first frame as a person does in the workbench. A careful user draws the object's box,
 * clicks on it, and while the image model's mask is not right (IoU with the truth below {@link #GOOD_ENOUGH}) adds
 * up to {@link #MAX_CORRECTIONS} corrective clicks, each in the middle of the larger error — a positive click where
 * the object is missed, a negative one where the mask spills over — and keeps the best mask seen. A quick user
 * clicks once and keeps what comes.
 */
final class CarefulUser {
    static final int MAX_CORRECTIONS = 4;
    static final double GOOD_ENOUGH = 0.85;

    /** The prompt the user ends with and the mask kept with it. */
    record Kept(Prompt prompt, BinaryMask mask) {
    }

    private CarefulUser() {
    }

    /** The first prompt: a click on the object pixel nearest the truth box's centre, with the box unless CLICK. */
    static Prompt firstPrompt(BinaryMask truth, PromptKind kind) {
        int[] b = truth.bounds(); // x0, y0, x1, y1 inclusive
        double cx = (b[0] + b[2] + 1) / 2.0;
        double cy = (b[1] + b[3] + 1) / 2.0;
        double best = Double.MAX_VALUE;
        int px = b[0];
        int py = b[1];
        for (int y = b[1]; y <= b[3]; y++) {
            for (int x = b[0]; x <= b[2]; x++) {
                double d = (x + 0.5 - cx) * (x + 0.5 - cx) + (y + 0.5 - cy) * (y + 0.5 - cy);
                if (truth.get(x, y) && d < best) {
                    best = d;
                    px = x;
                    py = y;
                }
            }
        }
        List<Prompt.Point> click = List.of(new Prompt.Point(px + 0.5, py + 0.5, true));
        return kind == PromptKind.CLICK ? Prompt.of(click, null)
                : Prompt.of(click, new Prompt.Box(b[0], b[1], b[2] + 1, b[3] + 1));
    }

    /** Prompts the object on a frame whose embedding is given; corrects the mask unless the kind is CLICK. */
    static Kept prompt(SegmentationEngine image, ImageEmbedding embedding, BinaryMask truth, PromptKind kind)
            throws EngineException {
        Prompt prompt = firstPrompt(truth, kind);
        BinaryMask mask = image.predict(embedding, prompt).mask();
        Kept best = new Kept(prompt, mask);
        double bestIou = mask.iou(truth);
        List<Prompt.Point> points = new ArrayList<>(prompt.points());
        for (int i = 0; kind == PromptKind.BOX_AND_CLICK && i < MAX_CORRECTIONS && bestIou < GOOD_ENOUGH; i++) {
            Prompt.Point click = correction(mask, truth);
            if (click == null) {
                break;
            }
            points.add(click);
            prompt = Prompt.of(points, prompt.box());
            mask = image.predict(embedding, prompt).mask();
            double iou = mask.iou(truth);
            if (iou > bestIou) {
                best = new Kept(prompt, mask);
                bestIou = iou;
            }
        }
        return best;
    }

    /** A click in the middle of the larger error: positive on missed object, negative on spilled background. */
    private static Prompt.Point correction(BinaryMask mask, BinaryMask truth) {
        int w = truth.width();
        int h = truth.height();
        byte[] missed = new byte[w * h];
        byte[] spilled = new byte[w * h];
        int nMissed = 0;
        int nSpilled = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean t = truth.get(x, y);
                boolean m = mask.get(x, y);
                missed[y * w + x] = (byte) (t && !m ? 1 : 0);
                spilled[y * w + x] = (byte) (m && !t ? 1 : 0);
                nMissed += t && !m ? 1 : 0;
                nSpilled += m && !t ? 1 : 0;
            }
        }
        boolean positive = nMissed >= nSpilled;
        // the error's deepest point, as the tracker finds an object's (the pixel farthest from its outside)
        MaskCues error = MaskCues.of(new BinaryMask(w, h, positive ? missed : spilled));
        return error == null ? null : new Prompt.Point(error.ix(), error.iy(), positive);
    }
}
