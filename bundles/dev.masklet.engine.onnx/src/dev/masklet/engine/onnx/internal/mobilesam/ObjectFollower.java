package dev.masklet.engine.onnx.internal.mobilesam;

import java.util.ArrayList;
import java.util.List;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.MaskPrediction;
import dev.masklet.engine.Prompt;

/**
 * Finds one object on a new frame from three kinds of evidence, each checked against the others:
 * <ul>
 * <li><b>motion</b> ({@link PointMotion}): the previous mask moved as the points inside it moved. Dependable over
 * textured or same-coloured surroundings, but it cannot follow a bending or stretching object's outline;</li>
 * <li><b>the image model</b>: MobileSAM prompted with the moved mask's box and the followed points, which redraws the
 * outline as the object is now. Left free it leaks into similar surroundings and the leak grows frame by frame, so
 * its mask is kept within a band around the moved mask, and refused when it disagrees with the motion and the
 * appearance;</li>
 * <li><b>appearance</b> ({@link AppearanceMemory}): how much a region resembles the object to the image encoder.
 * It decides between the two masks when they disagree and declares the object absent when neither resembles it
 * (hidden or gone; {@link LostObjectSearch} finds it again afterwards). Motion blur smears the features, so the
 * object's colours ({@link ColourLook}) are a second opinion: where they clearly tell it from its background, they
 * keep a blurred object from being judged absent and let a mask that lost a blurred part grow back.</li>
 * </ul>
 * Every result carries a confidence made from the same cues, so frames worth a review can be flagged.
 */
final class ObjectFollower {
    /**
     * One object's result on one frame; {@code lookAlikeNear}: something that looks like the object came within
     * {@link #REACH} of it.
     */
    record Result(BinaryMask mask, float confidence, float[] descriptor, boolean lookAlikeNear) {
        Result(BinaryMask mask, float confidence, float[] descriptor) {
            this(mask, confidence, descriptor, false);
        }

        static Result absent(float confidence) {
            return new Result(null, confidence, null);
        }
    }

    /** Resemblance (cosine) below which a region is not the object. */
    static final double NOT_THE_OBJECT = 0.45;
    /** The image model's outline is taken as it is within this share of the object's size around the moved mask. */
    static final double BAND = 0.03;
    /** The image model's mask is taken to be spreading when it is this much larger than the moved mask. */
    static final double LEAKING = 1.12;
    /** What the image model adds beyond the band is believed at most this far out (share of the object's size). */
    static final double GROWTH = 0.12;
    /** A region is the object's when it resembles it this much more than its surroundings or another object. */
    static final double CLEARLY = 0.1;
    /** Negative points are put on a ring this far out from the moved mask (shares of the object's size). */
    static final double RING_IN = 0.1;
    static final double RING_OUT = 0.2;
    /** Fewer of the followed points kept than this share means the motion is not known. */
    static final double LOST_POINTS = 0.3;
    /** How far clear colour evidence lowers the resemblance a re-found object must show. */
    static final double COLOUR_WEIGHT = 0.25;
    /** From this share of its points kept, an object's motion is known well enough to vouch for its whole mask. */
    static final double FOLLOWED = 0.5;
    /** Colour evidence from which a region's colours vouch for it being the object's. */
    static final double CLEAR_COLOURS = 0.5;
    /** A mask under this share of the object's whole area may grow back to it. */
    static final double REGROW = 0.8;
    /**
     * The confidence of a result that left the object's course while its points were lost (below the uncertain
     * mark), and of one that left it while its points moved that way (below what the appearance memory learns from).
     */
    static final double OFF_COURSE = 0.45;
    static final double NOT_LEARNT = 0.7;
    /** "Within reach" of an object: this share of its size around its mask. */
    static final double REACH = 0.5;
    /** The image model's mask agrees with the motion from this IoU on. */
    static final double AGREES = 0.5;

    private final FrameContext frame;

    ObjectFollower(FrameContext frame) {
        this.frame = frame;
    }

    /**
     * The object's mask on this frame from its mask on the frame before and how the points inside it moved;
     * {@code negatives} are points on the other objects.
     */
    Result follow(ObjectTrack track, BinaryMask previous, PointMotion motion, List<Prompt.Point> negatives,
            List<AppearanceMemory> others) throws EngineException {
        if (motion.affine() == null) {
            // no point could be followed: the object keeps its last motion (it may be leaving the frame)
            motion = PointMotion.translation(track.velocity[0], track.velocity[1], motion.sampled());
        }
        BinaryMask moved = motion.warp(previous);
        MaskCues from = track.cues(previous);
        MaskCues cues = MaskCues.of(moved);
        if (cues == null || moved.area() < 0.03 * previous.area()) {
            return Result.absent(0.9f); // it left the frame
        }
        double size = Math.sqrt(moved.area());
        double[] b = cues.box();
        double margin = Math.max(3, 0.08 * Math.max(b[2] - b[0], b[3] - b[1]));
        Prompt.Box box = new Prompt.Box(clampX(b[0] - margin), clampY(b[1] - margin), clampX(b[2] + margin),
                clampY(b[3] + margin));
        List<Prompt.Point> points = new ArrayList<>(inside(negatives, box));
        points.addAll(positives(track, motion, moved, cues));
        float[] like = track.appearance.map(frame.grid());
        // the ring just outside the moved mask, where neither negative points nor look-alikes are looked for
        BinaryMask nearby = MaskOps.dilate(moved, (int) Math.max(2, Math.round(RING_IN * size)));
        points.addAll(surroundingNegatives(like, moved, nearby, size));
        boolean lookAlikeNear = lookAlikeWithinReach(track, like, moved, nearby, size);
        MaskPrediction p = frame.engine().predict(frame.embedding(), Prompt.of(points, box));
        FeatureGrid grid = frame.grid();
        float[] movedCoverage = grid.coverage(moved);
        int[] mb = moved.bounds();
        Judge judge = new Judge(track.appearance, others, grid.surroundings(movedCoverage, mb,
                Math.max(b[2] - b[0], b[3] - b[1]) * 0.5 + grid.cellSize()), grid);
        // the image model's outline near the moved mask is taken as it is; what it adds further out or leaves out
        // of the moved mask is kept only where it looks like this object rather than its surroundings or another
        BinaryMask band = MaskOps.dilate(moved, (int) Math.max(2, Math.round(BAND * size)));
        BinaryMask sam = p.mask();
        // when the model's mask is much larger than the moved one it is spreading: then only what they share counts;
        // not so for an object at the frame's edge, which grows as it comes into view
        int[] at = mb;
        boolean atEdge = at[0] == 0 || at[1] == 0 || at[2] == moved.width() - 1 || at[3] == moved.height() - 1;
        boolean spreading = !atEdge && sam.area() > LEAKING * moved.area();
        double whole = track.wholeArea * (motion.sampled() > 0 && motion.affine() != null ? motion.areaScale() : 1);
        track.wholeArea = whole;
        // a mask that lost part of the object on earlier frames grows back where the model's mask, no larger than
        // the whole object, holds all of the moved one
        boolean regrowing = moved.area() < REGROW * whole && sam.area() <= LEAKING * whole
                && MaskOps.and(sam, moved).area() >= 0.85 * moved.area()
                && track.appearance.colourEvidence(frame.colours(MaskOps.minus(sam, moved))) >= CLEAR_COLOURS;
        if (regrowing) {
            spreading = false;
            band = MaskOps.dilate(moved, (int) Math.round(GROWTH * size));
        }
        BinaryMask chosen = MaskOps.and(sam, spreading ? moved : band);
        BinaryMask extra = MaskOps.minus(sam, band);
        if (extra.area() >= 0.05 * moved.area() && judge.objectLike(extra)) {
            // growth is believed a step at a time: a real object grows by a few percent a frame, a leak by leaps
            chosen = MaskOps.or(chosen, MaskOps.and(extra, MaskOps.dilate(moved, (int) Math.round(GROWTH * size))));
        }
        BinaryMask missing = MaskOps.minus(moved, sam);
        if (missing.area() >= 0.1 * moved.area() && (judge.objectLike(missing)
                || motion.keptShare() >= FOLLOWED && !judge.otherLike(missing)
                        && track.appearance.colourEvidence(frame.colours(missing)) >= CLEAR_COLOURS)) {
            // the points inside it moved with the object: left out by the model (a blurred or plain part) it is
            // still the object's, unless it looks like another object
            chosen = MaskOps.or(chosen, missing);
        }
        if (chosen.area() == 0) {
            chosen = moved;
        }
        float[] look = grid.descriptor(chosen);
        double res = track.appearance.resemblance(look);
        double steady = sam.area() / (double) previous.area();
        if (sam.iou(moved) >= AGREES && steady > 0.8 && steady < 1.25) {
            // points on a plain surface are followed poorly (nothing to hold on to): where the model's whole mask
            // keeps the object's size and looks at least as much like it, it is the better answer
            float[] samLook = grid.descriptor(sam);
            double samRes = track.appearance.resemblance(samLook);
            if (samRes >= res) {
                chosen = sam;
                look = samLook;
                res = samRes;
            }
        }
        double kept = motion.keptShare();
        boolean offCourse = strays(track, from, chosen);
        if (kept < LOST_POINTS) {
            // the points were lost (motion blur, a jump): ask the model where the object's own motion leads
            BinaryMask ahead = predictedByVelocity(track, from, negatives);
            float[] aheadLook = grid.descriptor(ahead);
            double aheadRes = track.appearance.resemblance(aheadLook);
            // where both look alike (a look-alike crossing its path), the one that keeps the object's course wins
            double needed = offCourse || strays(track, from, motion) ? -0.05 : 0.05;
            if (ahead.area() > 0 && aheadRes > res + needed) {
                chosen = ahead;
                offCourse = strays(track, from, ahead);
                look = aheadLook;
                res = aheadRes;
                kept = LOST_POINTS; // the model and the appearance agree where the points could not tell
            }
        }
        double agreement = sam.iou(moved);
        if (agreement >= AGREES) {
            // the model and the motion agree on a region: where its features no longer recognise it (motion blur
            // smears them) its colours may still say it is the object and not its background
            res += COLOUR_WEIGHT * track.appearance.colourEvidence(frame.colours(chosen));
        }
        if (res < NOT_THE_OBJECT && kept < 0.5) {
            return Result.absent((float) clamp01(0.5 + (NOT_THE_OBJECT - res) * 2));
        }
        double expected = previous.area() * motion.areaScale();
        double ratio = chosen.area() / Math.max(1.0, expected);
        double areaSteady = Math.min(ratio, 1 / Math.max(ratio, 1e-6));
        // each cue can say "look here" on its own: the weakest one decides (0.5 is where a cue starts to doubt)
        double likeness = clamp01(0.5 + (res - (track.appearance.typical() - 0.15)) / 0.3);
        double confidence = Math.min(Math.min(clamp01(agreement / 1.2 + 0.1), likeness),
                Math.min(clamp01(0.5 + kept), clamp01(0.2 + areaSteady)));
        if (offCourse) {
            // a jump off the object's course: a look-alike taken for it, or a part of something in front of it; not
            // learnt from, and worth a review where the points could not vouch for it either
            confidence = Math.min(confidence, kept < FOLLOWED ? OFF_COURSE : NOT_LEARNT);
        }
        return new Result(chosen, (float) clamp01(confidence), look, lookAlikeNear);
    }

    /**
     * Whether {@code region}'s centre left the course the object was on (by more than half its speed); {@code from}
     * is the object's previous mask.
     */
    private static boolean strays(ObjectTrack track, MaskCues from, BinaryMask region) {
        MaskCues to = track.cues(region);
        return from != null && to != null && offCourse(track, to.cx() - from.cx(), to.cy() - from.cy());
    }

    /** Whether the points' motion took the object's centre off its course (a still occluder's points, say). */
    private static boolean strays(ObjectTrack track, MaskCues from, PointMotion motion) {
        if (from == null || motion.affine() == null) {
            return false;
        }
        double[] to = motion.apply(from.cx(), from.cy());
        return offCourse(track, to[0] - from.cx(), to[1] - from.cy());
    }

    private static boolean offCourse(ObjectTrack track, double dx, double dy) {
        double[] v = track.course();
        double speed = Math.hypot(v[0], v[1]);
        return speed >= 2 && Math.hypot(dx - v[0], dy - v[1]) > Math.max(3, 0.5 * speed);
    }

    /** Says whether a region looks like the followed object rather than its surroundings or another object. */
    private record Judge(AppearanceMemory object, List<AppearanceMemory> others, float[] surroundings,
            FeatureGrid grid) {
        /** Whether a region looks more like another object than like this one. */
        boolean otherLike(BinaryMask region) {
            float[] d = grid.descriptor(region);
            if (d == null) {
                return false;
            }
            double own = object.resemblance(d);
            for (AppearanceMemory o : others) {
                if (o.resemblance(d) > own) {
                    return true;
                }
            }
            return false;
        }

        /** Unknown (a sliver too thin for the feature cells) counts as not like it. */
        boolean objectLike(BinaryMask region) {
            float[] d = grid.strictDescriptor(region);
            if (d == null) {
                return false;
            }
            double own = object.resemblance(d);
            if (own < Math.max(NOT_THE_OBJECT, object.typical() - 2 * CLEARLY)) {
                return false;
            }
            if (surroundings != null && FeatureGrid.dot(d, surroundings) >= own - CLEARLY) {
                return false;
            }
            for (AppearanceMemory o : others) {
                if (o.resemblance(d) >= own - CLEARLY) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The model's mask in the previous box moved by the object's last displacement and widened by it. */
    private BinaryMask predictedByVelocity(ObjectTrack track, MaskCues c, List<Prompt.Point> negatives)
            throws EngineException {
        double dx = track.velocity[0];
        double dy = track.velocity[1];
        double grow = 0.5 * Math.hypot(dx, dy) + 4;
        double[] b = c.box();
        Prompt.Box box = new Prompt.Box(clampX(b[0] + dx - grow), clampY(b[1] + dy - grow), clampX(b[2] + dx + grow),
                clampY(b[3] + dy + grow));
        List<Prompt.Point> points = new ArrayList<>(inside(negatives, box));
        points.add(new Prompt.Point(clampX(c.ix() + dx), clampY(c.iy() + dy), true));
        return frame.engine().predict(frame.embedding(), Prompt.of(points, box)).mask();
    }

    /**
     * Up to three followed points spread over the moved mask, on cells that resemble the object; the mask's
     * deepest point when none qualifies.
     */
    private List<Prompt.Point> positives(ObjectTrack track, PointMotion motion, BinaryMask moved, MaskCues cues)
            throws EngineException {
        FeatureGrid grid = frame.grid();
        List<float[]> candidates = new ArrayList<>();
        float[] pts = motion.points();
        List<float[]> looks = track.appearance.descriptors();
        for (int i = 0; i + 1 < pts.length; i += 2) {
            int px = (int) pts[i];
            int py = (int) pts[i + 1];
            if (!moved.get(px, py)) {
                continue;
            }
            double sim = looks.isEmpty() ? 1 : grid.similarityAt(pts[i], pts[i + 1], looks.get(0));
            if (sim >= NOT_THE_OBJECT) {
                candidates.add(new float[] {pts[i], pts[i + 1]});
            }
        }
        List<Prompt.Point> chosen = new ArrayList<>();
        chosen.add(new Prompt.Point(cues.ix(), cues.iy(), true));
        // spread prompts cover the whole object rather than one part of it
        List<float[]> picked = new ArrayList<>();
        picked.add(new float[] {(float) cues.ix(), (float) cues.iy()});
        for (float[] far : spread(candidates, picked, 2, 0.25 * Math.sqrt(moved.area()))) {
            chosen.add(new Prompt.Point(far[0], far[1], true));
        }
        return chosen;
    }

    /**
     * Up to four negative points spread around the object just outside its moved mask, where the frame clearly does
     * not look like the object: they keep the image model from spreading into similar surroundings (left free, such a
     * leak grows a little on every frame). None where the surroundings look like the object (camouflage).
     */
    private List<Prompt.Point> surroundingNegatives(float[] like, BinaryMask moved, BinaryMask nearby, double size)
            throws EngineException {
        BinaryMask outer = MaskOps.dilate(moved, (int) Math.max(4, Math.round(RING_OUT * size)));
        BinaryMask ring = MaskOps.minus(outer, nearby);
        FeatureGrid grid = frame.grid();
        List<float[]> candidates = new ArrayList<>();
        int w = ring.width();
        byte[] bits = ring.bits();
        int step = Math.max(2, (int) (size / 12));
        for (int y = step / 2; y < ring.height(); y += step) {
            for (int x = step / 2; x < w; x += step) {
                if (bits[y * w + x] != 0 && like[grid.cellAt(x, y)] < NOT_THE_OBJECT) {
                    candidates.add(new float[] {x + 0.5f, y + 0.5f});
                }
            }
        }
        List<Prompt.Point> out = new ArrayList<>();
        for (float[] far : spread(candidates, new ArrayList<>(), 4, 0)) {
            out.add(new Prompt.Point(far[0], far[1], false));
        }
        return out;
    }

    /**
     * Whether a feature cell around the object, outside its moved mask but within {@link #REACH} of it, looks as much
     * like the object as its own masks typically do: a look-alike close enough to be taken for it.
     */
    private boolean lookAlikeWithinReach(ObjectTrack track, float[] like, BinaryMask moved, BinaryMask nearby,
            double size) throws EngineException {
        BinaryMask reach = MaskOps.minus(MaskOps.dilate(moved, (int) Math.max(4, Math.round(REACH * size))), nearby);
        FeatureGrid grid = frame.grid();
        double mark = track.appearance.typical() - CLEARLY;
        int w = reach.width();
        byte[] bits = reach.bits();
        int step = Math.max(1, (int) (grid.cellSize() / 2));
        for (int y = step / 2; y < reach.height(); y += step) {
            for (int x = step / 2; x < w; x += step) {
                if (bits[y * w + x] != 0 && like[grid.cellAt(x, y)] >= mark) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Farthest-point sampling: up to {@code count} of {@code candidates}, each as far as possible from the points
     * {@code picked} before it (which it joins); stops early when the next would be nearer than {@code minDistance}.
     */
    private static List<float[]> spread(List<float[]> candidates, List<float[]> picked, int count,
            double minDistance) {
        List<float[]> out = new ArrayList<>();
        List<float[]> left = new ArrayList<>(candidates);
        while (out.size() < count && !left.isEmpty()) {
            float[] far = left.get(0);
            double farD = -1;
            for (float[] c : left) {
                double d = Double.MAX_VALUE;
                for (float[] q : picked) {
                    d = Math.min(d, Math.hypot(c[0] - q[0], c[1] - q[1]));
                }
                if (d > farD) {
                    farD = d;
                    far = c;
                }
            }
            if (farD < minDistance) {
                break;
            }
            picked.add(far);
            left.remove(far);
            out.add(far);
        }
        return out;
    }

    static List<Prompt.Point> inside(List<Prompt.Point> points, Prompt.Box box) {
        List<Prompt.Point> out = new ArrayList<>();
        for (Prompt.Point p : points) {
            if (p.x() >= box.x0() && p.x() <= box.x1() && p.y() >= box.y0() && p.y() <= box.y1()) {
                out.add(new Prompt.Point(p.x(), p.y(), false));
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

    static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
