package dev.masklet.ui.internal.editor.model;

import java.util.ArrayList;
import java.util.List;

import dev.masklet.engine.MaskPrediction;
import dev.masklet.engine.Prompt;

/**
 * The clicks made for the object being prompted and the latest mask predicted from them. Every change bumps a
 * version so that a prediction computed for older clicks is recognised and dropped when it arrives late.
 */
public final class PromptState {
    private final List<Prompt.Point> points = new ArrayList<>();
    private Prompt.Box box;
    private MaskPrediction prediction;
    private int version;

    public synchronized int add(Prompt.Point point) {
        points.add(point);
        return ++version;
    }

    /** Sets the box of the object (a new drag replaces the old box); returns the new version. */
    public synchronized int setBox(Prompt.Box newBox) {
        box = newBox;
        return ++version;
    }

    public synchronized Prompt.Box box() {
        return box;
    }

    public synchronized void clear() {
        points.clear();
        box = null;
        prediction = null;
        version++;
    }

    public synchronized Prompt snapshot() {
        Prompt prompt = Prompt.of(points, box);
        // refine from the previous low-res logits, as SAM's interactive loop does, once there is more than one input
        int inputs = points.size() + (box != null ? 1 : 0);
        return prediction != null && inputs > 1 ? prompt.withPrevious(prediction.lowResLogits()) : prompt;
    }

    /** Points clicked plus the box, if one was drawn. */
    public synchronized int count() {
        return points.size() + (box != null ? 1 : 0);
    }

    public synchronized boolean isEmpty() {
        return points.isEmpty() && box == null;
    }

    public synchronized int version() {
        return version;
    }

    public synchronized List<Prompt.Point> points() {
        return List.copyOf(points);
    }

    /** Stores a prediction if it was made for the current clicks; returns whether it was. */
    public synchronized boolean offer(int forVersion, MaskPrediction p) {
        if (forVersion != version) {
            return false;
        }
        prediction = p;
        return true;
    }

    public synchronized MaskPrediction prediction() {
        return prediction;
    }
}
