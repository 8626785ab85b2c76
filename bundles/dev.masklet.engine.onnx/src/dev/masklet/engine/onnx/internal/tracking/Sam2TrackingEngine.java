package dev.masklet.engine.onnx.internal.tracking;

import java.nio.file.Path;

import dev.masklet.engine.EngineException;
import dev.masklet.engine.onnx.internal.EngineSettings;
import dev.masklet.engine.TrackingEngine;
import dev.masklet.engine.TrackingModel;
import dev.masklet.engine.onnx.internal.sam2.Sam2Exception;
import dev.masklet.engine.onnx.internal.sam2.Sam2Model;

/**
 * SAM 2.1 video tracking on ONNX Runtime's CPU provider, over the five-graph host contract. Registered as an OSGi
 * service by OSGI-INF/sam2-tracking-engine.xml; nothing is loaded before {@link #openModel}.
 */
public final class Sam2TrackingEngine extends Sam2ModelFolders implements TrackingEngine {
    /** ONNX Runtime threads per graph call; 0 (the default) lets ONNX Runtime use every core. */
    static final String THREADS_PROPERTY = "masklet.sam2.threads";

    /** The service: models from {@link Sam2ModelLocator#modelsRoot()}. */
    public Sam2TrackingEngine() {
        this(null);
    }

    /** @param modelsRoot where named models live; null for the product's models folder, read on each call */
    public Sam2TrackingEngine(Path modelsRoot) {
        super(modelsRoot);
    }

    @Override
    public TrackingModel openModel(String nameOrDirectory) throws EngineException {
        Path dir = Sam2ModelLocator.resolve(nameOrDirectory, root());
        Sam2Model model;
        try {
            // --threads of masklet-cli track (this property) wins over the preference
            int threads = Math.max(0, Integer.getInteger(THREADS_PROPERTY, 0));
            EngineSettings settings = EngineSettings.current();
            model = Sam2Model.open(dir, threads > 0 ? settings.withThreads(threads) : settings);
        } catch (Sam2Exception e) {
            throw new EngineException("tracking model " + nameOrDirectory + " cannot be opened: " + e.getMessage(), e);
        }
        return new Sam2TrackingModel(displayName(nameOrDirectory, dir), dir, model);
    }
}
