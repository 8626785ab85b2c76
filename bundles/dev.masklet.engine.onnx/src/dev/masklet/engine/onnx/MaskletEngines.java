package dev.masklet.engine.onnx;

import java.nio.file.Path;
import java.util.List;

import dev.masklet.engine.EngineException;
import dev.masklet.engine.ModelManager;
import dev.masklet.engine.SegmentationEngine;
import dev.masklet.engine.TrackingEngine;
import dev.masklet.engine.TrackingModel;
import dev.masklet.engine.TrackingModelChoice;
import dev.masklet.engine.onnx.internal.EngineSettings;
import dev.masklet.engine.onnx.internal.MobileSamEngine;
import dev.masklet.engine.onnx.internal.ModelFolder;
import dev.masklet.engine.onnx.internal.mobilesam.MobileSamTrackingEngine;
import dev.masklet.engine.onnx.internal.models.ModelManagerService;
import dev.masklet.engine.onnx.internal.tracking.Sam2TrackingEngine;

/**
 * The engine as a plain library, without OSGi: the same {@link SegmentationEngine}, {@link TrackingEngine}s and
 * {@link ModelManager} the workbench and {@code masklet-cli} get as services (the same classes, wired here as
 * Declarative Services wires them there), for programs such as the Spark batch job. Nothing is loaded before a
 * model is asked for; every model is checked (file sizes and sha256 sums from its {@code model.json}) when it is
 * opened. Thread-safe as the services are; {@link #close()} releases the default model's sessions.
 *
 * <pre>
 * try (MaskletEngines engines = MaskletEngines.open(null);              // $MASKLET_MODELS or ~/.cache/masklet/models
 *         TrackingModel model = engines.openTrackingModel("")) {       // SAM 2 if installed, else the default
 *     TrackingSession session = model.newSession(frames, TrackingOptions.defaults());
 *     ...
 * }
 * </pre>
 */
public final class MaskletEngines implements AutoCloseable {
    private final Path modelsRoot;
    private final MobileSamEngine segmentation;
    private final List<TrackingEngine> trackingEngines;
    private final ModelManagerService modelManager;

    private MaskletEngines(Path modelsRoot) {
        this.modelsRoot = modelsRoot;
        this.segmentation = new MobileSamEngine(EngineSettings::current, modelsRoot);
        // the order the framework ranks the two services in for the CLI: SAM 2 video models first
        this.trackingEngines = List.of(new Sam2TrackingEngine(modelsRoot),
                new MobileSamTrackingEngine(segmentation, modelsRoot));
        this.modelManager = new ModelManagerService(modelsRoot);
    }

    /**
     * The engines over a models folder.
     *
     * @param modelsRoot the folder holding model folders ({@code mobilesam/}, SAM 2 models); null for the product's
     *            own: system property {@code masklet.models}, else {@code $MASKLET_MODELS}, else
     *            {@code ~/.cache/masklet/models}
     */
    public static MaskletEngines open(Path modelsRoot) {
        return new MaskletEngines(modelsRoot != null ? modelsRoot : ModelFolder.modelsRoot());
    }

    /** The models folder these engines load from. */
    public Path modelsRoot() {
        return modelsRoot;
    }

    /** The default segmentation engine (MobileSAM); its model is opened on first use. */
    public SegmentationEngine segmentation() {
        return segmentation;
    }

    /** The tracking engines, in the order {@link TrackingModelChoice} ranks them: SAM 2 first, then the default. */
    public List<TrackingEngine> trackingEngines() {
        return trackingEngines;
    }

    /** Installs, imports and checks models in {@link #modelsRoot()}. */
    public ModelManager modelManager() {
        return modelManager;
    }

    /**
     * Opens a tracking model as {@code masklet-cli track --model} does, its files checked first.
     *
     * @param nameOrDirectory an installed model's name (e.g. {@value TrackingModelChoice#DEFAULT_MODEL}), a SAM 2
     *            model folder, or "" (or null) for the best installed model: SAM 2 if one is, else the default
     * @throws EngineException naming what is missing or damaged and how to get it again
     */
    public TrackingModel openTrackingModel(String nameOrDirectory) throws EngineException {
        return nameOrDirectory == null || nameOrDirectory.isEmpty()
                ? TrackingModelChoice.openBest(trackingEngines, "")
                : TrackingModelChoice.open(trackingEngines, nameOrDirectory);
    }

    /** Releases the default model's ONNX Runtime sessions; SAM 2 models are released by closing them. */
    @Override
    public void close() {
        segmentation.deactivate();
    }
}
