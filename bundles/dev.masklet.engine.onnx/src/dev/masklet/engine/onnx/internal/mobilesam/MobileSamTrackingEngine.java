package dev.masklet.engine.onnx.internal.mobilesam;

import java.nio.file.Path;
import java.util.List;

import dev.masklet.core.image.FrameProvider;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.SegmentationEngine;
import dev.masklet.engine.TrackingEngine;
import dev.masklet.engine.TrackingModel;
import dev.masklet.engine.TrackingOptions;
import dev.masklet.engine.TrackingSession;
import dev.masklet.engine.onnx.internal.ModelFolder;

/**
 * The fallback tracking service when no SAM 2 video model is installed: propagation with the default image model
 * (see {@link MobileSamPropagationSession}). Registered by OSGI-INF/mobilesam-tracking-engine.xml with a reference
 * to the segmentation service.
 */
public final class MobileSamTrackingEngine implements TrackingEngine {
    public static final String MODEL_NAME = "mobilesam";
    private volatile SegmentationEngine segmentation;
    /** Where {@value #MODEL_NAME} lives; null for {@link ModelFolder#modelsRoot()}, read on each call. */
    private final Path modelsRoot;

    /** For Declarative Services: the product's models folder; the segmentation engine is bound. */
    public MobileSamTrackingEngine() {
        this(null, null);
    }

    /**
     * Outside OSGi ({@code dev.masklet.engine.onnx.MaskletEngines}).
     *
     * @param segmentation the default image model's engine, which the tracker runs
     * @param modelsRoot the models folder holding {@value #MODEL_NAME}; null for the product's
     */
    public MobileSamTrackingEngine(SegmentationEngine segmentation, Path modelsRoot) {
        this.segmentation = segmentation;
        this.modelsRoot = modelsRoot;
    }

    private Path root() {
        return modelsRoot != null ? modelsRoot : ModelFolder.modelsRoot();
    }

    public void bindSegmentation(SegmentationEngine engine) {
        segmentation = engine;
    }

    public void unbindSegmentation(SegmentationEngine engine) {
        if (segmentation == engine) {
            segmentation = null;
        }
    }

    @Override
    public List<String> installedModels() {
        try {
            ModelFolder.open(root().resolve(MODEL_NAME));
            return List.of(MODEL_NAME);
        } catch (EngineException e) {
            return List.of();
        }
    }

    @Override
    public TrackingModel openModel(String nameOrDirectory) throws EngineException {
        if (!MODEL_NAME.equals(nameOrDirectory)) {
            throw new EngineException("the image-model tracker only knows '" + MODEL_NAME + "', not '"
                    + nameOrDirectory + "'");
        }
        SegmentationEngine engine = segmentation;
        if (engine == null) {
            throw new EngineException("no segmentation engine is available for tracking");
        }
        engine.ensureReady();
        return new TrackingModel() {
            @Override
            public String name() {
                return MODEL_NAME;
            }

            @Override
            public Path directory() {
                return root().resolve(MODEL_NAME);
            }

            @Override
            public TrackingSession newSession(FrameProvider frames, TrackingOptions options) {
                return new MobileSamPropagationSession(engine, frames);
            }

            @Override
            public void close() {
                // the image model belongs to the segmentation service
            }
        };
    }
}
