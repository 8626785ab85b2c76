package dev.masklet.engine;

import java.util.List;

/**
 * Segmentation models besides the default {@link SegmentationEngine} service (an OSGi service): the installed models
 * one provider can segment with, e.g. SAM 2.1 checkpoints in image mode. The UI lists them next to the default and
 * opens the one the user chooses; callers never see the inference runtime.
 */
public interface SegmentationModels {
    /** Names of the installed models this provider opens, e.g. {@code sam2.1-hiera-tiny}; empty when none. */
    List<String> installedModels();

    /**
     * The engine of one model, opened (and its files checked) on the first call and shared afterwards; it stays
     * open until this service goes away, so callers must not close it. May take seconds: never on the UI thread.
     *
     * @param nameOrDirectory a name from {@link #installedModels()} or the folder of a model
     * @throws EngineException naming the model and what is wrong with it
     */
    SegmentationEngine open(String nameOrDirectory) throws EngineException;
}
