package dev.masklet.engine.onnx.internal.mobilesam;

import dev.masklet.core.image.RgbImage;
import dev.masklet.core.mask.BinaryMask;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.ImageEmbedding;
import dev.masklet.engine.SegmentationEngine;

/**
 * One frame as the tracker sees it: the image model and the frame's embedding and feature grid, made on first use
 * (a frame where every object is lost and nothing is searched for needs no encoder run).
 */
final class FrameContext {
    /** Encodes the frame when first asked. */
    interface Embedder {
        ImageEmbedding embedding() throws EngineException;
    }

    /** Reads the frame's pixels. */
    interface Pixels {
        RgbImage image() throws EngineException;
    }

    private final SegmentationEngine engine;
    private final Embedder embedder;
    private final Pixels pixels;
    private final int width;
    private final int height;
    private FeatureGrid grid;

    FrameContext(SegmentationEngine engine, Embedder embedder, Pixels pixels, int width, int height) {
        this.engine = engine;
        this.embedder = embedder;
        this.pixels = pixels;
        this.width = width;
        this.height = height;
    }

    SegmentationEngine engine() {
        return engine;
    }

    ImageEmbedding embedding() throws EngineException {
        return embedder.embedding();
    }

    RgbImage image() throws EngineException {
        return pixels.image();
    }

    /** The colours of {@code region} on this frame (null for an empty region). */
    ColourLook colours(BinaryMask region) throws EngineException {
        return ColourLook.of(pixels.image(), region);
    }

    /** The frame's feature grid; the frame is encoded first if it was not. */
    FeatureGrid grid() throws EngineException {
        if (grid == null) {
            grid = FeatureGrid.of(embedding());
        }
        return grid;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }
}
