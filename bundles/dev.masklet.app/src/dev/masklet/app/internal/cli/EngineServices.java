package dev.masklet.app.internal.cli;

import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.masklet.engine.ModelManager;
import dev.masklet.engine.SegmentationEngine;

/** Finds the segmentation engine service for command-line use. */
final class EngineServices {
    private EngineServices() {
    }

    static SegmentationEngine segmentationEngine() throws CliException {
        ServiceTracker<SegmentationEngine, SegmentationEngine> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(EngineServices.class).getBundleContext(), SegmentationEngine.class, null);
        tracker.open();
        try {
            SegmentationEngine engine = tracker.waitForService(10_000);
            if (engine == null) {
                throw new CliException("no segmentation engine is installed (bundle dev.masklet.engine.onnx missing)");
            }
            return engine;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted");
        }
    }

    static ModelManager modelManager() throws CliException {
        ServiceTracker<ModelManager, ModelManager> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(EngineServices.class).getBundleContext(), ModelManager.class, null);
        tracker.open();
        try {
            ModelManager manager = tracker.waitForService(10_000);
            if (manager == null) {
                throw new CliException("no model manager is installed (bundle dev.masklet.engine.onnx missing)");
            }
            return manager;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted");
        }
    }
}
