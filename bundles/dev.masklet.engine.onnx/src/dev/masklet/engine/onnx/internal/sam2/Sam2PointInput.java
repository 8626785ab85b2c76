package dev.masklet.engine.onnx.internal.sam2;

/**
 * A prompt as the decoder takes it: (x, y) pairs in model input space and their labels.
 *
 * @param coords [2N] x0, y0, x1, y1, ...
 * @param labels [N]
 */
record Sam2PointInput(float[] coords, int[] labels) {
    /** What the decoder gets on a frame without prompts: one padding point that the model ignores. */
    static final Sam2PointInput NONE = new Sam2PointInput(new float[] {0f, 0f}, new int[] {Sam2Prompt.NOT_A_POINT});

    int count() {
        return labels.length;
    }
}
