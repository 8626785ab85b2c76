package dev.masklet.ui.internal.editor.model;

import java.util.ArrayList;
import java.util.List;

import dev.masklet.engine.MaskPrediction;
import dev.masklet.engine.Prompt;

/**
 * The clicks made for the object being prompted and the latest masks predicted from them: the model's candidates,
 * best first, and which of them is chosen (after a single click the annotator steps through them with Tab). Every
 * change bumps a version so that a prediction computed for older clicks is recognised and dropped when it arrives
 * late.
 */
public final class PromptState {
    private final List<Prompt.Point> points = new ArrayList<>();
    private Prompt.Box box;
    private List<MaskPrediction> candidates = List.of();
    private int chosen;
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
        candidates = List.of();
        chosen = 0;
        version++;
    }

    public synchronized Prompt snapshot() {
        Prompt prompt = Prompt.of(points, box);
        // refine from the previous low-res logits, as SAM's interactive loop does, once there is more than one input
        int inputs = points.size() + (box != null ? 1 : 0);
        MaskPrediction prediction = prediction();
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
        return offer(forVersion, List.of(p));
    }

    /**
     * Stores the model's candidates (best first, at least one) if they were made for the current clicks, the best
     * chosen; returns whether they were.
     */
    public synchronized boolean offer(int forVersion, List<MaskPrediction> predicted) {
        if (forVersion != version || predicted.isEmpty()) {
            return false;
        }
        candidates = List.copyOf(predicted);
        chosen = 0;
        return true;
    }

    /** The chosen candidate mask, or null before the first prediction. */
    public synchronized MaskPrediction prediction() {
        return candidates.isEmpty() ? null : candidates.get(chosen);
    }

    /** How many candidate masks the model gave for the current clicks (0 before the first prediction). */
    public synchronized int candidateCount() {
        return candidates.size();
    }

    /** Which candidate is chosen, 0-based (0: the model's best). */
    public synchronized int chosenCandidate() {
        return chosen;
    }

    /** Chooses the next ({@code step} 1) or previous (-1) candidate, cycling; false when there is only one. */
    public synchronized boolean stepCandidate(int step) {
        if (candidates.size() < 2) {
            return false;
        }
        chosen = Math.floorMod(chosen + step, candidates.size());
        return true;
    }
}
