package dev.masklet.ui.internal.editor.prompt;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.masklet.engine.EngineException;
import dev.masklet.engine.SegmentationEngine;

/**
 * Finds the segmentation engine among OSGi services: the default {@link SegmentationEngine} service, or the model
 * chosen in the Model view ({@link SegmentationChoice}); the UI knows only the engine API, never the runtime.
 */
public final class EngineAccess implements AutoCloseable {
    private final ServiceTracker<SegmentationEngine, SegmentationEngine> tracker;
    /** The engine last handed out, for calls that must not wait (the UI thread). */
    private volatile SegmentationEngine current;

    public EngineAccess() {
        Bundle bundle = FrameworkUtil.getBundle(EngineAccess.class);
        tracker = new ServiceTracker<>(bundle.getBundleContext(), SegmentationEngine.class, null);
        tracker.open();
    }

    /** The engine of the chosen model, opened if needed (may take seconds: never on the UI thread). */
    public SegmentationEngine engine() throws EngineException {
        String chosen = SegmentationChoice.preferred();
        SegmentationEngine engine = chosen.isEmpty() ? null : SegmentationChoice.open(chosen);
        if (engine == null) {
            engine = defaultEngine();
        }
        current = engine;
        return engine;
    }

    private SegmentationEngine defaultEngine() throws EngineException {
        SegmentationEngine engine;
        try {
            engine = tracker.waitForService(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException(Messages.EngineAccess_interrupted);
        }
        if (engine == null) {
            throw new EngineException(Messages.EngineAccess_noEngine);
        }
        return engine;
    }

    /** The engine last used, or the default one if it is registered now, else null; never waits (UI thread). */
    public SegmentationEngine engineIfPresent() {
        SegmentationEngine engine = current;
        return engine != null ? engine : tracker.getService();
    }

    @Override
    public void close() {
        tracker.close();
    }
}
