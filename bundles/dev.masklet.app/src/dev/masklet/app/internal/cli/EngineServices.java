package dev.masklet.app.internal.cli;

import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.masklet.engine.ModelManager;
import dev.masklet.engine.SegmentationEngine;
import dev.masklet.engine.SegmentationModels;

/** Finds the engine services for command-line use. */
final class EngineServices {
    private EngineServices() {
    }

    static SegmentationEngine segmentationEngine() throws CliException {
        return service(SegmentationEngine.class, "segmentation engine");
    }

    static SegmentationModels segmentationModels() throws CliException {
        return service(SegmentationModels.class, "SAM 2 segmentation service");
    }

    static ModelManager modelManager() throws CliException {
        return service(ModelManager.class, "model manager");
    }

    /** The service, waited for up to 10 s (Declarative Services registers it when its bundle starts). */
    private static <S> S service(Class<S> type, String what) throws CliException {
        ServiceTracker<S, S> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(EngineServices.class).getBundleContext(), type, null);
        tracker.open();
        try {
            S service = tracker.waitForService(10_000);
            if (service == null) {
                throw new CliException("no " + what + " is installed (bundle dev.masklet.engine.onnx missing)");
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted");
        }
    }
}
