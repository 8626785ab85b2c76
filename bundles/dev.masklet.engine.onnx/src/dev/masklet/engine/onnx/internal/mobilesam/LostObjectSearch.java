package dev.masklet.engine.onnx.internal.mobilesam;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.MaskPrediction;
import dev.masklet.engine.Prompt;

/**
 * Finds a lost object again (after an occlusion, an exit, or motion too fast to follow): the few places of the frame
 * that look most like it, to the encoder or by its colours, are each given to the image model, and the mask there is
 * taken only when it resembles the object clearly more than its surroundings and the other objects. A wrong
 * re-detection costs every frame after it, a late one only the frames until it, so it is strict.
 */
final class LostObjectSearch {
    /** A lost object is searched for only where the frame resembles it at least this much. */
    static final double SEARCH_SIMILARITY = 0.55;
    /** "Near where it was last seen": within this many times the object's size (square root of its area). */
    static final double NEAR_LAST_SEEN = 2.5;
    /** Cells within this much of the best cell's resemblance count as the object's when it is re-found. */
    static final double LIKE_PEAK = 0.3;
    /** A re-found object must resemble it at least this much and have a plausible size. */
    static final double REFOUND = 0.6;
    /** ... and resemble it nearly as much as its own masks did while it was followed. */
    static final double REFOUND_BELOW_TYPICAL = 0.15;
    static final double REFOUND_MIN_AREA = 0.2;
    static final double REFOUND_MAX_AREA = 4.0;
    /** How many of the places that look most like a lost object are asked whether it is there. */
    static final int SEARCHED_PLACES = 3;

    private final FrameContext frame;

    LostObjectSearch(FrameContext frame) {
        this.frame = frame;
    }

    /**
     * Looks for a lost object over the whole frame where the encoder's features resemble it most (away from the
     * other objects), and asks the image model for the object there. Absent when nothing there is the object:
     * surely so when nothing even resembles it, less surely when a look-alike was refused.
     */
    ObjectFollower.Result refind(ObjectTrack track, BinaryMask others, List<Prompt.Point> negatives, List<AppearanceMemory> looks)
            throws EngineException {
        if (track.appearance.isEmpty() || track.lastSeen == null) {
            return ObjectFollower.Result.absent(0.5f);
        }
        FeatureGrid grid = frame.grid();
        float[] best = track.appearance.map(grid);
        float[] blocked = others == null ? null : grid.coverage(others);
        // where to look: cells that resemble the object to the encoder or, as a second opinion, have its colours
        float[] colours = track.appearance.colourMap(frame.image(), grid);
        float[] look = new float[best.length];
        for (int i = 0; i < look.length; i++) {
            look[i] = (float) (best[i] + ObjectFollower.COLOUR_WEIGHT * colours[i]);
        }
        List<Integer> peaks = peaks(grid, look, blocked, Math.sqrt(track.lastSeen.area()) / grid.cellSize());
        if (peaks.isEmpty()) {
            return ObjectFollower.Result.absent(0.9f);
        }
        if (look[peaks.get(0)] < SEARCH_SIMILARITY) {
            return ObjectFollower.Result.absent((float) (0.6 + 0.4 * ObjectFollower.clamp01((SEARCH_SIMILARITY - look[peaks.get(0)]) / 0.2)));
        }
        // the best-looking place is not always the object (a blurred object looks less like itself than a piece of
        // background does): the few best places are each asked, and the one the evidence favours most is taken
        Candidate chosen = null;
        for (int peak : peaks) {
            if (look[peak] < SEARCH_SIMILARITY) {
                break;
            }
            Candidate c = candidate(track, peak, best, others, negatives, looks);
            if (c != null && (chosen == null || c.score > chosen.score)) {
                chosen = c;
            }
        }
        if (chosen == null) {
            return ObjectFollower.Result.absent(0.45f);
        }
        double confidence = 0.4 + 0.6 * ObjectFollower.clamp01((chosen.resemblance - REFOUND) / 0.25);
        return new ObjectFollower.Result(chosen.mask, (float) Math.min(0.75, confidence), chosen.look);
    }

    /** A place where a lost object may be, as the evidence says: null when it is not the object. */
    private record Candidate(BinaryMask mask, float[] look, double resemblance, double score) {
    }

    private Candidate candidate(ObjectTrack track, int peak, float[] best, BinaryMask others,
            List<Prompt.Point> negatives, List<AppearanceMemory> looks) throws EngineException {
        FeatureGrid grid = frame.grid();
        double cell = grid.cellSize();
        double x = clampX((peak % grid.cols() + 0.5) * cell);
        double y = clampY((peak / grid.cols() + 0.5) * cell);
        // a box of the size it had, around the place: a single point lets the model take a larger segment
        int[] seen = track.lastSeen.bounds();
        double hw = (seen[2] - seen[0] + 1) * 0.6;
        double hh = (seen[3] - seen[1] + 1) * 0.6;
        Prompt.Box box = new Prompt.Box(clampX(x - hw), clampY(y - hh), clampX(x + hw), clampY(y + hh));
        List<Prompt.Point> points = new ArrayList<>(ObjectFollower.inside(negatives, box));
        points.add(new Prompt.Point(x, y, true));
        MaskPrediction p = frame.engine().predict(frame.embedding(), Prompt.of(points, box));
        // keep the model's mask only near cells that resemble the object: around a half-hidden object it takes in
        // the occluder or the background as well
        BinaryMask mask = MaskOps.and(MaskOps.minus(p.mask(), others),
                grid.cellsAbove(best, best[peak] - LIKE_PEAK, (int) Math.ceil(cell / 2)));
        double share = mask.area() / (double) Math.max(1, track.lastSeen.area());
        if (share < REFOUND_MIN_AREA || share > REFOUND_MAX_AREA) {
            return null;
        }
        float[] look = grid.descriptor(mask);
        double res = track.appearance.resemblance(look);
        // a wrong re-detection costs every frame after it, a late one only the frames until it: be strict
        double rival = track.appearance.surroundingsResemblance(look);
        for (AppearanceMemory o : looks) {
            rival = Math.max(rival, o.resemblance(look));
        }
        // near where it was last seen less is asked: an object coming out from behind something is seldom whole
        MaskCues found = MaskCues.of(mask);
        MaskCues last = MaskCues.of(track.lastSeen);
        boolean near = found != null && Math.hypot(found.cx() - last.cx(), found.cy() - last.cy())
                <= NEAR_LAST_SEEN * Math.sqrt(last.area());
        // a fast object's features are smeared by motion blur, its colours hardly: colours that clearly say "this
        // object, not its background" lower what the features must show (never below a plain resemblance)
        double colour = track.appearance.colourEvidence(frame.colours(mask));
        double needed = Math.max(REFOUND - 0.6 * ObjectFollower.COLOUR_WEIGHT * colour,
                track.appearance.typical() - (near ? 1.5 : 1) * REFOUND_BELOW_TYPICAL - 1.4 * ObjectFollower.COLOUR_WEIGHT * colour);
        if (res < needed || res <= rival - ObjectFollower.COLOUR_WEIGHT * colour) {
            return null;
        }
        // how much more it looks like the object than like anything else, colours helping
        return new Candidate(mask, look, res, res - rival + ObjectFollower.COLOUR_WEIGHT * colour);
    }

    /**
     * Up to three cells where {@code similarity} is highest, each at least {@code apart} cells from those before it,
     * none under {@code blocked}; best first.
     */
    private static List<Integer> peaks(FeatureGrid grid, float[] similarity, float[] blocked, double apart) {
        Integer[] order = new Integer[similarity.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Float.compare(similarity[b], similarity[a]));
        List<Integer> out = new ArrayList<>();
        int cols = grid.cols();
        for (int i : order) {
            if (out.size() == SEARCHED_PLACES) {
                break;
            }
            if (blocked != null && blocked[i] >= 0.5) {
                continue;
            }
            boolean far = true;
            for (int j : out) {
                far &= Math.hypot(i % cols - j % cols, i / cols - j / cols) >= Math.max(2, apart);
            }
            if (far) {
                out.add(i);
            }
        }
        return out;
    }

    private double clampX(double v) {
        return Math.max(0, Math.min(frame.width() - 1, v));
    }

    private double clampY(double v) {
        return Math.max(0, Math.min(frame.height() - 1, v));
    }
}
