package dev.masklet.engine.onnx.internal.sam2;

/**
 * Bilinear resize with half-pixel centres, border clamping and no antialiasing, computed in float32 with exactly the
 * operation order of PyTorch's CPU {@code upsample_bilinear2d} ({@code align_corners=False}). Both the frame
 * preprocessing and the mask at video resolution must match the reference to the last bit, because masks are
 * thresholded at 0 and some reference logits lie within 1e-5 of it.
 */
final class Sam2Bilinear {
    /** Source taps and weights along one axis. */
    private record Axis(int[] i0, int[] i1, float[] l0, float[] l1) {
        static Axis of(int in, int out) {
            int[] i0 = new int[out];
            int[] i1 = new int[out];
            float[] l0 = new float[out];
            float[] l1 = new float[out];
            float scale = (float) in / (float) out;
            for (int d = 0; d < out; d++) {
                float src = ((float) d + 0.5f) * scale - 0.5f;
                if (src < 0f) {
                    src = 0f;
                }
                int lo = Math.min((int) Math.floor(src), in - 1);
                i0[d] = lo;
                i1[d] = Math.min(lo + 1, in - 1);
                l1[d] = src - (float) lo;
                l0[d] = 1f - l1[d];
            }
            return new Axis(i0, i1, l0, l1);
        }
    }

    private final int inH;
    private final int inW;
    private final int outH;
    private final int outW;
    private final Axis rows;
    private final Axis cols;
    /** Horizontally interpolated source rows, reused between calls: [inH][outW]. */
    private final float[] horizontal;

    Sam2Bilinear(int inH, int inW, int outH, int outW) {
        this.inH = inH;
        this.inW = inW;
        this.outH = outH;
        this.outW = outW;
        this.rows = Axis.of(inH, outH);
        this.cols = Axis.of(inW, outW);
        this.horizontal = new float[inH * outW];
    }

    /**
     * Resizes one plane. The horizontal pass is shared by all output rows reading the same source row; that does not
     * change any result because PyTorch also forms {@code w0l*x[h][w0] + w1l*x[h][w1]} per source row before the
     * vertical blend {@code h0l*top + h1l*bottom}.
     */
    void resize(float[] src, int srcOffset, float[] dst, int dstOffset) {
        int[] c0 = cols.i0();
        int[] c1 = cols.i1();
        float[] cl0 = cols.l0();
        float[] cl1 = cols.l1();
        for (int y = 0; y < inH; y++) {
            int rowStart = srcOffset + y * inW;
            int h = y * outW;
            for (int x = 0; x < outW; x++) {
                horizontal[h + x] = src[rowStart + c0[x]] * cl0[x] + src[rowStart + c1[x]] * cl1[x];
            }
        }
        for (int y = 0; y < outH; y++) {
            int top = rows.i0()[y] * outW;
            int bottom = rows.i1()[y] * outW;
            float hl0 = rows.l0()[y];
            float hl1 = rows.l1()[y];
            int out = dstOffset + y * outW;
            for (int x = 0; x < outW; x++) {
                dst[out + x] = horizontal[top + x] * hl0 + horizontal[bottom + x] * hl1;
            }
        }
    }
}
