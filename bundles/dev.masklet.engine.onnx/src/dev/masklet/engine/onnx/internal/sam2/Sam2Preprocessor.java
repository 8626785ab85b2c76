package dev.masklet.engine.onnx.internal.sam2;

/**
 * Frame → {@code pixel_values}: channels first, bilinear resize of the 0..255 values to the square model input (kept
 * in float, never rounded back to 8 bit, as transformers does when fed float frames), then scaling by 1/255 and
 * per-channel normalisation. Every step is float32 in the reference's order.
 */
public final class Sam2Preprocessor {
    private final int width;
    private final int height;
    private final int size;
    private final float[] mean = new float[3];
    private final float[] std = new float[3];
    private final Sam2Bilinear resize;
    private final float[] planar;

    public Sam2Preprocessor(Sam2Constants constants, int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("frame size must be positive, got " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.size = constants.config().imageSize();
        for (int c = 0; c < 3; c++) {
            mean[c] = constants.imageMean(c);
            std[c] = constants.imageStd(c);
        }
        this.resize = new Sam2Bilinear(height, width, size, size);
        this.planar = new float[3 * width * height];
    }

    /** Length of the array {@link #process} fills: 3 * imageSize * imageSize. */
    public int outputLength() {
        return 3 * size * size;
    }

    /**
     * @param rgb interleaved 8-bit RGB, {@code width * height * 3} bytes
     * @param out receives [3, imageSize, imageSize] row-major
     */
    public void process(byte[] rgb, float[] out) {
        int pixels = width * height;
        if (rgb.length != 3 * pixels) {
            throw new IllegalArgumentException("frame has " + rgb.length + " bytes, expected " + (3 * pixels)
                    + " for " + width + "x" + height + " RGB");
        }
        if (out.length != outputLength()) {
            throw new IllegalArgumentException("output has " + out.length + " floats, expected " + outputLength());
        }
        for (int p = 0; p < pixels; p++) {
            planar[p] = rgb[3 * p] & 0xFF;
            planar[pixels + p] = rgb[3 * p + 1] & 0xFF;
            planar[2 * pixels + p] = rgb[3 * p + 2] & 0xFF;
        }
        int plane = size * size;
        float rescale = 1f / 255f;
        for (int c = 0; c < 3; c++) {
            int offset = c * plane;
            resize.resize(planar, c * pixels, out, offset);
            float m = mean[c];
            float s = std[c];
            for (int i = offset; i < offset + plane; i++) {
                // Scale first, then subtract and divide: folding these into one multiply-add changes the last bit.
                out[i] = (out[i] * rescale - m) / s;
            }
        }
    }
}
