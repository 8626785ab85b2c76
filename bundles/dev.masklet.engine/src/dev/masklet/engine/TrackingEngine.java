package dev.masklet.engine;

import java.util.List;

/**
 * The video tracking service (an OSGi service): opens SAM 2 style video models, whose sessions track prompted
 * objects through a video. Callers never see the inference runtime. Tracking takes seconds per frame on a CPU; never
 * call it on the UI thread.
 */
public interface TrackingEngine {
    /**
     * Names of the tracking models installed in the models folder (system property {@code masklet.models}, else
     * {@code $MASKLET_MODELS}, else {@code ~/.cache/masklet/models}), e.g. {@code sam2.1-hiera-tiny}.
     */
    List<String> installedModels();

    /**
     * Opens a tracking model and checks that its files fit the host contract, so problems surface here and not on
     * the first tracked frame.
     *
     * @param nameOrDirectory a folder in the SAM 2 host-contract layout (five ONNX graphs and
     *            {@code constants.json/.bin}), or the name of a model installed in the models folder
     * @throws EngineException naming the model and what is wrong: unknown name, missing or damaged file, graphs
     *             that do not fit the contract
     */
    TrackingModel openModel(String nameOrDirectory) throws EngineException;
}
