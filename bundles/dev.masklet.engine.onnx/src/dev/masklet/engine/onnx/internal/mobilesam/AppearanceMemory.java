package dev.masklet.engine.onnx.internal.mobilesam;

import dev.masklet.core.image.RgbImage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * What an object looks like to the image encoder, remembered from several frames: the descriptor of the frame it
 * was last given on (never forgotten, it is what the person meant) and those of a few recent frames where the
 * tracker was sure of it (so a turning, deforming or re-lit object is still recognised). A region resembles the
 * object as much as it resembles the closest of them.
 */
final class AppearanceMemory {
    /** Recent descriptors kept besides the given one. */
    private static final int RECENT = 4;
    /** A sure frame is remembered at most this often (frames), so the memory spans more than the last instant. */
    private static final int SPACING = 4;
    /** Colours resembling the object's at least this much (Bhattacharyya coefficient) can speak for it. */
    private static final double COLOUR_ALIKE = 0.6;
    private float[] given;
    private final ArrayDeque<float[]> recent = new ArrayDeque<>();
    private int lastRemembered = Integer.MIN_VALUE;
    /** What surrounded the object on the frame it was given on. */
    private float[] givenSurroundings;
    /** The object's colours and its surroundings' where it was given (null when unknown). */
    private ColourLook colours;
    private ColourLook surroundingColours;
    /** The mean resemblance of the object's masks on the frames the tracker was sure of: what "looks like it" means. */
    private double typical = 1;
    private int typicalCount;

    /** The object was given (prompted or corrected) on a frame whose region has {@code descriptor}. */
    void given(float[] descriptor, float[] surroundings) {
        given = descriptor;
        recent.clear();
        givenSurroundings = surroundings;
        lastRemembered = Integer.MIN_VALUE;
        typical = 1;
        typicalCount = 0;
    }

    /** The colours of the object and of what surrounded it on the frame it was given on. */
    void givenColours(ColourLook object, ColourLook surroundings) {
        colours = object;
        surroundingColours = surroundings;
    }

    /**
     * How clearly a region's colours say it is the object rather than what surrounded it, 0..1: 0 when they do not
     * (colours unlike the object's, or the background shares them), 1 when the region has the object's colours and
     * its surroundings had others.
     */
    double colourEvidence(ColourLook region) {
        if (colours == null || region == null) {
            return 0;
        }
        double own = colours.resemblance(region);
        double rival = surroundingColours == null ? 0 : surroundingColours.resemblance(region);
        return own < COLOUR_ALIKE ? 0 : Math.max(0, Math.min(1, (own - rival - 0.2) / 0.4));
    }

    /** Per cell of {@code grid}, how much the colours there are the object's and not its surroundings' (0..1). */
    float[] colourMap(RgbImage image, FeatureGrid grid) {
        return colours == null ? new float[grid.cols() * grid.rows()]
                : ColourLook.cellMap(image, colours, surroundingColours, grid);
    }

    /** A frame where the tracker was sure of the object. */
    void sure(int frame, float[] descriptor) {
        if (descriptor != null) {
            double r = resemblance(descriptor);
            typical = typicalCount == 0 ? r : (typical * typicalCount + r) / (typicalCount + 1);
            typicalCount = Math.min(typicalCount + 1, 20);
        }
        if (descriptor == null || Math.abs(frame - lastRemembered) < SPACING) {
            return;
        }
        recent.addLast(descriptor);
        if (recent.size() > RECENT) {
            recent.removeFirst();
        }
        lastRemembered = frame;
    }

    boolean isEmpty() {
        return given == null;
    }

    /** How much {@code descriptor} resembles the object (cosine with the closest remembered descriptor). */
    double resemblance(float[] descriptor) {
        if (descriptor == null || given == null) {
            return 0;
        }
        double best = FeatureGrid.dot(descriptor, given);
        for (float[] r : recent) {
            best = Math.max(best, FeatureGrid.dot(descriptor, r));
        }
        return best;
    }

    /** Each cell's resemblance to the object on a frame: the cosine with the closest remembered descriptor. */
    float[] map(FeatureGrid grid) {
        float[] best = null;
        for (float[] d : descriptors()) {
            float[] s = grid.similarity(d);
            if (best == null) {
                best = s;
            } else {
                for (int i = 0; i < s.length; i++) {
                    best[i] = Math.max(best[i], s[i]);
                }
            }
        }
        return best;
    }

    /** The resemblance the object's own masks had while it was followed surely (1 before any). */
    double typical() {
        return typical;
    }

    /** How much {@code descriptor} resembles what surrounded the object where it was given (0 when unknown). */
    double surroundingsResemblance(float[] descriptor) {
        return givenSurroundings == null || descriptor == null ? 0 : FeatureGrid.dot(descriptor, givenSurroundings);
    }

    /** Every remembered descriptor, the given one first. */
    List<float[]> descriptors() {
        List<float[]> all = new ArrayList<>();
        if (given != null) {
            all.add(given);
        }
        all.addAll(recent);
        return all;
    }
}
