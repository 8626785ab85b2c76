package dev.masklet.engine.onnx.internal.sam2;

/**
 * bfloat16 rounding of spatial memories. The reference stores them in bfloat16, so a host that keeps float32 drifts
 * by ~1e-3 after a few frames. Since a rounded value has a zero low half, keeping only the high 16 bits is lossless
 * and halves the memory bank.
 */
final class Bfloat16 {
    private Bfloat16() {
    }

    /** Round-to-nearest-even to bfloat16 (NaN handling is irrelevant for network activations). */
    static float round(float value) {
        return Float.intBitsToFloat(roundedBits(value));
    }

    /** @return the upper 16 bits of {@code value} rounded to bfloat16 */
    static short pack(float value) {
        return (short) (roundedBits(value) >>> 16);
    }

    static float unpack(short packed) {
        return Float.intBitsToFloat((packed & 0xFFFF) << 16);
    }

    private static int roundedBits(float value) {
        int bits = Float.floatToRawIntBits(value);
        bits += 0x7FFF + ((bits >>> 16) & 1);
        return bits & 0xFFFF0000;
    }
}
