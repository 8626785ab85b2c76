package dev.masklet.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import dev.masklet.engine.MaskPrediction;
import dev.masklet.engine.Prompt;

/**
 * The clicks made for the object being prompted and the latest mask predicted from them. Every change bumps a
 * version so that a prediction computed for older clicks is recognised and dropped when it arrives late.
 */
final class PromptState {
    private final List<Prompt.Point> points = new ArrayList<>();
    private MaskPrediction prediction;
    private int version;

    synchronized int add(Prompt.Point point) {
        points.add(point);
        return ++version;
    }

    synchronized void clear() {
        points.clear();
        prediction = null;
        version++;
    }

    synchronized Prompt snapshot() {
        Prompt prompt = Prompt.of(points, null);
        // refine from the previous low-res logits, as SAM's interactive loop does, once there is more than one click
        return prediction != null && points.size() > 1 ? prompt.withPrevious(prediction.lowResLogits()) : prompt;
    }

    synchronized int version() {
        return version;
    }

    synchronized List<Prompt.Point> points() {
        return List.copyOf(points);
    }

    /** Stores a prediction if it was made for the current clicks; returns whether it was. */
    synchronized boolean offer(int forVersion, MaskPrediction p) {
        if (forVersion != version) {
            return false;
        }
        prediction = p;
        return true;
    }

    synchronized MaskPrediction prediction() {
        return prediction;
    }
}
