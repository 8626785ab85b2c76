package dev.masklet.engine.onnx.internal.sam2;

/**
 * The spatial memory of one object on one frame: memoryTokensPerFrame tokens of memDim channels and their position
 * encoding. Features are normally held as packed bfloat16 (exact, since they were rounded to bfloat16); only the
 * fault that skips the rounding keeps float32. The position encoding does not depend on the input, so all memories
 * share one array.
 */
final class Sam2SpatialMemory {
    private final short[] packedFeatures;
    private final float[] rawFeatures;
    private final float[] positionEncoding;

    private Sam2SpatialMemory(short[] packedFeatures, float[] rawFeatures, float[] positionEncoding) {
        this.packedFeatures = packedFeatures;
        this.rawFeatures = rawFeatures;
        this.positionEncoding = positionEncoding;
    }

    static Sam2SpatialMemory roundedToBfloat16(float[] features, float[] positionEncoding) {
        short[] packed = new short[features.length];
        for (int i = 0; i < features.length; i++) {
            packed[i] = Bfloat16.pack(features[i]);
        }
        return new Sam2SpatialMemory(packed, null, positionEncoding);
    }

    static Sam2SpatialMemory unrounded(float[] features, float[] positionEncoding) {
        return new Sam2SpatialMemory(null, features, positionEncoding);
    }

    /** Bytes of the features (2 per value when packed as bfloat16, 4 otherwise). */
    long featureBytes() {
        return packedFeatures != null ? 2L * packedFeatures.length : 4L * rawFeatures.length;
    }

    int length() {
        return positionEncoding.length;
    }

    float feature(int i) {
        return packedFeatures != null ? Bfloat16.unpack(packedFeatures[i]) : rawFeatures[i];
    }

    float[] positionEncoding() {
        return positionEncoding;
    }
}
