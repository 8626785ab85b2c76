package dev.masklet.engine.onnx.internal.sam2;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.masklet.engine.EngineException;
import dev.masklet.engine.SegmentationEngine;
import dev.masklet.engine.SegmentationModels;
import dev.masklet.engine.onnx.internal.EngineSettings;
import dev.masklet.engine.onnx.internal.tracking.Sam2ModelFolders;
import dev.masklet.engine.onnx.internal.tracking.Sam2ModelLocator;

/**
 * The installed SAM 2 models offered for segmentation in image mode ({@link Sam2ImageEngine}): the same folders the
 * tracking engine finds, so a converted or imported SAM 2.1 checkpoint serves both clicks and Ctrl+M. Registered as
 * an OSGi service by OSGI-INF/sam2-segmentation-models.xml; each model is opened once, on first use, and closed when
 * the service is deactivated.
 */
public final class Sam2SegmentationModels extends Sam2ModelFolders implements SegmentationModels {
    private final Map<Path, Sam2ImageEngine> open = new HashMap<>();
    private boolean closed;

    /** The service: models from the product's models folder, read on each call. */
    public Sam2SegmentationModels() {
        this(null);
    }

    /** @param modelsRoot where named models live; null for the product's models folder */
    public Sam2SegmentationModels(Path modelsRoot) {
        super(modelsRoot);
    }

    @Override
    public synchronized SegmentationEngine open(String nameOrDirectory) throws EngineException {
        if (closed) {
            throw new EngineException("the SAM 2 segmentation service has been stopped");
        }
        Path dir = Sam2ModelLocator.resolve(nameOrDirectory, root()).toAbsolutePath().normalize();
        Sam2ImageEngine engine = open.get(dir);
        if (engine == null) {
            try {
                engine = Sam2ImageEngine.open(displayName(nameOrDirectory, dir), dir, EngineSettings.current());
            } catch (EngineException e) {
                throw new EngineException("SAM 2 model " + nameOrDirectory + " cannot be opened: " + e.getMessage(),
                        e);
            }
            open.put(dir, engine);
        }
        return engine;
    }

    /** Declarative Services: closes every opened model. */
    public void deactivate() {
        List<Sam2ImageEngine> engines;
        synchronized (this) {
            closed = true;
            engines = new ArrayList<>(open.values());
            open.clear();
        }
        engines.forEach(Sam2ImageEngine::close);
    }
}
