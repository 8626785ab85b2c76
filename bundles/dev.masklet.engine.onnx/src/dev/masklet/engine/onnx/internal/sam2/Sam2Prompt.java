package dev.masklet.engine.onnx.internal.sam2;

import java.util.Arrays;

/**
 * What the user gave for one object on one frame, in video pixel coordinates: an optional box and any number of
 * clicks. Immutable; arrays are copied in.
 */
public final class Sam2Prompt {
    public static final int NEGATIVE = 0;
    public static final int POSITIVE = 1;
    static final int BOX_TOP_LEFT = 2;
    static final int BOX_BOTTOM_RIGHT = 3;
    static final int NOT_A_POINT = -1;

    private final float[] box;
    private final float[] pointsXy;
    private final int[] labels;

    private Sam2Prompt(float[] box, float[] pointsXy, int[] labels) {
        if (pointsXy.length != 2 * labels.length) {
            throw new IllegalArgumentException("need one label per (x, y) point: " + pointsXy.length / 2
                    + " points, " + labels.length + " labels");
        }
        for (int label : labels) {
            if (label != NEGATIVE && label != POSITIVE) {
                throw new IllegalArgumentException("click labels are 0 (negative) or 1 (positive), got " + label);
            }
        }
        if (box == null && labels.length == 0) {
            throw new IllegalArgumentException("a prompt needs a box or at least one click");
        }
        this.box = box;
        this.pointsXy = pointsXy;
        this.labels = labels;
    }

    /** A single click; positive marks the object, negative marks background. */
    public static Sam2Prompt click(float x, float y, boolean positive) {
        return new Sam2Prompt(null, new float[] {x, y}, new int[] {positive ? POSITIVE : NEGATIVE});
    }

    /**
     * @param pointsXy x0, y0, x1, y1, ... in video pixels
     * @param labels {@link #POSITIVE} or {@link #NEGATIVE} per point
     */
    public static Sam2Prompt clicks(float[] pointsXy, int[] labels) {
        return new Sam2Prompt(null, pointsXy.clone(), labels.clone());
    }

    public static Sam2Prompt box(float x1, float y1, float x2, float y2) {
        return new Sam2Prompt(new float[] {x1, y1, x2, y2}, new float[0], new int[0]);
    }

    /** This prompt with more clicks after the existing ones (a box stays first, as the model expects). */
    public Sam2Prompt withClicks(float[] morePointsXy, int[] moreLabels) {
        float[] xy = Arrays.copyOf(pointsXy, pointsXy.length + morePointsXy.length);
        System.arraycopy(morePointsXy, 0, xy, pointsXy.length, morePointsXy.length);
        int[] l = Arrays.copyOf(labels, labels.length + moreLabels.length);
        System.arraycopy(moreLabels, 0, l, labels.length, moreLabels.length);
        return new Sam2Prompt(box, xy, l);
    }

    /**
     * The decoder's point prompt: box corners (labels 2, 3) before the clicks, coordinates scaled to the model input
     * as {@code x * (float) (imageSize / width)} in float32, which is how transformers scales them.
     */
    Sam2PointInput toModelSpace(int width, int height, int imageSize) {
        float sx = (float) ((double) imageSize / width);
        float sy = (float) ((double) imageSize / height);
        int corners = box == null ? 0 : 2;
        int n = corners + labels.length;
        float[] coords = new float[2 * n];
        int[] modelLabels = new int[n];
        if (box != null) {
            coords[0] = box[0] * sx;
            coords[1] = box[1] * sy;
            coords[2] = box[2] * sx;
            coords[3] = box[3] * sy;
            modelLabels[0] = BOX_TOP_LEFT;
            modelLabels[1] = BOX_BOTTOM_RIGHT;
        }
        for (int i = 0; i < labels.length; i++) {
            coords[2 * (corners + i)] = pointsXy[2 * i] * sx;
            coords[2 * (corners + i) + 1] = pointsXy[2 * i + 1] * sy;
            modelLabels[corners + i] = labels[i];
        }
        return new Sam2PointInput(coords, modelLabels);
    }
}
