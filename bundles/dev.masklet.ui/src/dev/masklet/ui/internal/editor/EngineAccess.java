package dev.masklet.ui.internal.editor;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.masklet.engine.EngineException;
import dev.masklet.engine.SegmentationEngine;

/** Finds the segmentation engine among OSGi services; the UI knows only the engine API, never the runtime. */
final class EngineAccess implements AutoCloseable {
    private final ServiceTracker<SegmentationEngine, SegmentationEngine> tracker;

    EngineAccess() {
        Bundle bundle = FrameworkUtil.getBundle(EngineAccess.class);
        tracker = new ServiceTracker<>(bundle.getBundleContext(), SegmentationEngine.class, null);
        tracker.open();
    }

    SegmentationEngine engine() throws EngineException {
        SegmentationEngine engine;
        try {
            engine = tracker.waitForService(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while waiting for the segmentation engine");
        }
        if (engine == null) {
            throw new EngineException("No segmentation engine is installed (bundle dev.masklet.engine.onnx missing?)");
        }
        return engine;
    }

    /** The engine if it is registered now, else null; never waits (for the UI thread). */
    SegmentationEngine engineIfPresent() {
        return tracker.getService();
    }

    @Override
    public void close() {
        tracker.close();
    }
}
