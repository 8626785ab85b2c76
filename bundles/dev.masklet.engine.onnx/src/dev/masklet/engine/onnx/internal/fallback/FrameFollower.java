package dev.masklet.engine.onnx.internal.fallback;

import java.util.ArrayList;
import java.util.List;

import dev.masklet.core.image.RgbImage;
import dev.masklet.core.mask.BinaryMask;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.ImageEmbedding;
import dev.masklet.engine.Prompt;
import dev.masklet.engine.SegmentationEngine;

/**
 * Finds each object on one new frame with the image model. Prompting with the previous box and centroid alone
 * drifts to a fragment of the object within a few frames, so the prompt is built from cues that survive motion:
 * the previous box moved by the object's last displacement and widened by it, the deepest interior point (not the
 * centroid, which can fall outside concave shapes) moved the same way, and negative points on the other objects
 * that fall in the box (so that an object crossing another is not swallowed by it). Each result is checked against
 * the object's appearance ({@link AppearanceModel}): a mask that slid onto the background, an occluder or another
 * object, or leaked into its surroundings, is refused and the next prompt is tried (box alone, point alone, the
 * unwidened box). When none is the object, it counts as lost; a lost object is looked for on every following frame
 * where its colours gather, and taken back when the mask found there matches it.
 */
final class FrameFollower {
    /** A result smaller than this share of the previous one means the object has left or is hidden. */
    static final double VANISHED = 0.05;
    /** Below this share of the previous area a result is kept only when no other prompt finds more of the object. */
    static final double COLLAPSED = 0.35;
    /** A mask whose colour histogram matches the object's less than this (Bhattacharyya) is not the object. */
    static final double SAME_OBJECT = 0.55;
    /** A mask with less of the object's own colours than this share of the prompted mask's has leaked. */
    static final double PURE_ENOUGH = 0.75;
    /** A lost object is only looked for where its colours gather at least this much, relative to when prompted. */
    static final double SEARCH_SCORE = 0.45;
    /** A re-found object's area must be within these shares of its prompted area. */
    static final double REFOUND_MIN_AREA = 0.15;
    static final double REFOUND_MAX_AREA = 3.0;

    /** Lazily encodes the frame: a frame where every object is lost and nothing resembles them needs no encoder. */
    interface Embedder {
        ImageEmbedding embedding() throws EngineException;
    }

    private final SegmentationEngine engine;
    private final Embedder embedder;
    private final RgbImage image;

    FrameFollower(SegmentationEngine engine, Embedder embedder, RgbImage image) {
        this.engine = engine;
        this.embedder = embedder;
        this.image = image;
    }

    /**
     * The object's mask on this frame from its masks one and two steps back ({@code older} may be null), with
     * negative points on {@code others} (the other objects' predicted interior points); null when it is lost.
     */
    BinaryMask follow(ObjectTrack track, MaskCues cues, MaskCues older, List<Prompt.Point> others)
            throws EngineException {
        double dx = older == null ? 0 : cues.cx() - older.cx();
        double dy = older == null ? 0 : cues.cy() - older.cy();
        double[] b = cues.box();
        double margin = 0.1 * Math.max(b[2] - b[0], b[3] - b[1]) + Math.hypot(dx, dy);
        Prompt.Box box = new Prompt.Box(clampX(b[0] + dx - margin), clampY(b[1] + dy - margin),
                clampX(b[2] + dx + margin), clampY(b[3] + dy + margin));
        List<Prompt.Point> negatives = inside(others, box);
        Prompt.Point interior = new Prompt.Point(clampX(cues.ix() + dx), clampY(cues.iy() + dy), true);
        List<Prompt.Point> points = new ArrayList<>(negatives);
        points.add(interior);
        Prompt.Box tight = new Prompt.Box(clampX(b[0] + dx), clampY(b[1] + dy), clampX(b[2] + dx), clampY(b[3] + dy));
        // tried in turn until one is the object at a plausible size; the first is right almost always
        List<Prompt> prompts = List.of(Prompt.of(points, box), Prompt.of(negatives, box), Prompt.of(points, null),
                Prompt.of(points, tight));
        ImageEmbedding embedding = embedder.embedding();
        BinaryMask fallback = null;
        for (Prompt prompt : prompts) {
            BinaryMask mask = engine.predict(embedding, prompt).mask();
            if (mask.area() < VANISHED * cues.area() || !matches(track, mask)) {
                continue;
            }
            if (mask.area() >= COLLAPSED * cues.area()) {
                return mask;
            }
            if (fallback == null || mask.area() > fallback.area()) {
                fallback = mask; // the object, but much smaller than before: hiding, or a fragment
            }
        }
        return fallback;
    }

    /** Looks for a lost object where its colours gather, away from the other objects; null when not found. */
    BinaryMask refind(ObjectTrack track, BinaryMask others) throws EngineException {
        AppearanceModel look = track.appearance;
        double[] found = look == null ? null : look.search(image, others, SEARCH_SCORE);
        if (found == null) {
            return null;
        }
        double cx = (found[0] + found[2]) / 2;
        double cy = (found[1] + found[3]) / 2;
        Prompt.Box box = new Prompt.Box(found[0], found[1], found[2], found[3]);
        BinaryMask mask = engine.predict(embedder.embedding(),
                Prompt.of(List.of(new Prompt.Point(cx, cy, true)), box)).mask();
        double share = mask.area() / (double) look.area();
        if (share < REFOUND_MIN_AREA || share > REFOUND_MAX_AREA || !matches(track, mask)) {
            return null;
        }
        return mask;
    }

    private boolean matches(ObjectTrack track, BinaryMask mask) {
        AppearanceModel look = track.appearance;
        return mask.area() > 0 && (look == null || (look.similarity(image, mask) >= SAME_OBJECT
                && look.relativePurity(image, mask) >= PURE_ENOUGH));
    }

    private static List<Prompt.Point> inside(List<Prompt.Point> points, Prompt.Box box) {
        List<Prompt.Point> out = new ArrayList<>();
        for (Prompt.Point p : points) {
            if (p.x() >= box.x0() && p.x() <= box.x1() && p.y() >= box.y0() && p.y() <= box.y1()) {
                out.add(new Prompt.Point(p.x(), p.y(), false));
            }
        }
        return out;
    }

    private double clampX(double v) {
        return Math.max(0, Math.min(image.width() - 1, v));
    }

    private double clampY(double v) {
        return Math.max(0, Math.min(image.height() - 1, v));
    }
}
