package dev.masklet.engine.onnx.internal.sam2;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import ai.onnxruntime.OrtException;

/**
 * Least-recently-used cache of per-frame vision features. A frame is needed several times in a row (once per
 * object, again for its memories, again after a correction), and recomputing it is the most expensive step; keeping
 * all frames would hold ~20 MB of native memory per frame.
 */
final class Sam2FeatureCache implements AutoCloseable {
    private final Sam2Model model;
    private final Sam2FrameSource frames;
    private final Sam2Preprocessor preprocessor;
    private final int capacity;
    private final LinkedHashMap<Integer, Sam2FrameFeatures> cache = new LinkedHashMap<>(16, 0.75f, true);
    private float[] pixels;

    Sam2FeatureCache(Sam2Model model, Sam2FrameSource frames, int capacity) {
        this.model = model;
        this.frames = frames;
        this.preprocessor = new Sam2Preprocessor(model.constants(), frames.width(), frames.height());
        this.capacity = capacity;
    }

    Sam2FrameFeatures get(int frame) throws OrtException {
        Sam2FrameFeatures features = cache.get(frame);
        if (features != null) {
            return features;
        }
        if (pixels == null) {
            pixels = new float[preprocessor.outputLength()];
        }
        Sam2Timings timings = model.timings();
        long start = System.nanoTime();
        byte[] rgb = frames.rgb(frame);
        timings.since(Sam2Timings.Phase.FRAME_READ, start);
        start = System.nanoTime();
        preprocessor.process(rgb, pixels);
        timings.since(Sam2Timings.Phase.PREPROCESS, start);
        features = model.encodeFrame(pixels);
        cache.put(frame, features);
        evictBeyondCapacity();
        return features;
    }

    private void evictBeyondCapacity() {
        Iterator<Map.Entry<Integer, Sam2FrameFeatures>> eldestFirst = cache.entrySet().iterator();
        while (cache.size() > capacity && eldestFirst.hasNext()) {
            Sam2FrameFeatures evicted = eldestFirst.next().getValue();
            eldestFirst.remove();
            evicted.close();
        }
    }

    @Override
    public void close() {
        cache.values().forEach(Sam2FrameFeatures::close);
        cache.clear();
        pixels = null;
    }
}
