package dev.masklet.engine.onnx.tests.bench;

import java.util.function.BooleanSupplier;

import dev.masklet.core.image.RgbImage;
import dev.masklet.engine.DeviceStatus;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.FrameKey;
import dev.masklet.engine.ImageEmbedding;
import dev.masklet.engine.MaskPrediction;
import dev.masklet.engine.Prompt;
import dev.masklet.engine.SegmentationEngine;

/**
 * Passes everything to the engine and adds up the time spent in its image encoder, so that the benchmark can give
 * the tracker's own time per frame (total less encoder) next to the total.
 */
final class TimedEncoder implements SegmentationEngine {
    private final SegmentationEngine engine;
    private long nanos;

    TimedEncoder(SegmentationEngine engine) {
        this.engine = engine;
    }

    /** Seconds spent encoding since the last call, and restarts the count. */
    synchronized double takeSeconds() {
        double s = nanos / 1e9;
        nanos = 0;
        return s;
    }

    private synchronized void add(long start) {
        nanos += System.nanoTime() - start;
    }

    @Override
    public String modelName() {
        return engine.modelName();
    }

    @Override
    public void ensureReady() throws EngineException {
        engine.ensureReady();
    }

    @Override
    public ImageEmbedding encode(RgbImage image) throws EngineException {
        long start = System.nanoTime();
        try {
            return engine.encode(image);
        } finally {
            add(start);
        }
    }

    @Override
    public ImageEmbedding encode(FrameKey frame, RgbImage image) throws EngineException {
        long start = System.nanoTime();
        try {
            return engine.encode(frame, image);
        } finally {
            add(start);
        }
    }

    @Override
    public ImageEmbedding encode(FrameKey frame, RgbImage image, BooleanSupplier cancelled) throws EngineException {
        long start = System.nanoTime();
        try {
            return engine.encode(frame, image, cancelled);
        } finally {
            add(start);
        }
    }

    @Override
    public void prefetch(FrameKey frame, RgbImage image) {
        engine.prefetch(frame, image);
    }

    @Override
    public void cancelPrefetch() {
        engine.cancelPrefetch();
    }

    @Override
    public DeviceStatus deviceStatus() {
        return engine.deviceStatus();
    }

    @Override
    public MaskPrediction predict(ImageEmbedding embedding, Prompt prompt) throws EngineException {
        return engine.predict(embedding, prompt);
    }
}
