package dev.masklet.engine;

/** The encoder's result for one image; opaque to callers, who pass it back to {@link SegmentationEngine#predict}. */
public interface ImageEmbedding {
    int imageWidth();

    int imageHeight();
}
