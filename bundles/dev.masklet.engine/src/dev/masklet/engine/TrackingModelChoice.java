package dev.masklet.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which tracking model tracks, over every registered {@link TrackingEngine}: one rule for the workbench (Ctrl+M) and
 * {@code masklet-cli track}, so both give the same masks for the same prompts. The best installed model is a SAM 2
 * video model when one is installed (the first one the engines list), else the tracker built on the default image
 * model, so tracking works out of the box and gets better when a video model is added.
 */
public final class TrackingModelChoice {
    /** The name of the tracker built on the default image model (MobileSAM). */
    public static final String DEFAULT_MODEL = "mobilesam";

    private TrackingModelChoice() {
    }

    /** Names of the installed tracking models over all engines, in the engines' order. */
    public static List<String> installed(List<TrackingEngine> engines) {
        List<String> names = new ArrayList<>();
        for (TrackingEngine engine : engines) {
            names.addAll(engine.installedModels());
        }
        return names;
    }

    /**
     * Opens the chosen model when it is installed, else the best installed one.
     *
     * @param preferred a model name chosen by the user, or "" for the best installed model
     * @throws EngineException when no tracking model is installed, or the model cannot be opened
     */
    public static TrackingModel openBest(List<TrackingEngine> engines, String preferred) throws EngineException {
        if (preferred != null && !preferred.isEmpty()) {
            for (TrackingEngine engine : engines) {
                if (engine.installedModels().contains(preferred)) {
                    return engine.openModel(preferred);
                }
            }
        }
        for (TrackingEngine engine : engines) {
            for (String name : engine.installedModels()) {
                if (!DEFAULT_MODEL.equals(name)) {
                    return engine.openModel(name);
                }
            }
        }
        for (TrackingEngine engine : engines) {
            if (engine.installedModels().contains(DEFAULT_MODEL)) {
                return engine.openModel(DEFAULT_MODEL);
            }
        }
        throw new EngineException("No tracking model is installed; run models/fetch-default-model.sh for the default");
    }

    /**
     * Opens a model named explicitly: an installed model by its name (e.g. {@value #DEFAULT_MODEL}), or a model
     * folder, which each engine is asked to open in turn.
     *
     * @throws EngineException naming the model and what every engine found wrong with it
     */
    public static TrackingModel open(List<TrackingEngine> engines, String nameOrDirectory) throws EngineException {
        if (nameOrDirectory == null || nameOrDirectory.isBlank()) {
            throw new EngineException("no tracking model given");
        }
        for (TrackingEngine engine : engines) {
            if (engine.installedModels().contains(nameOrDirectory)) {
                return engine.openModel(nameOrDirectory);
            }
        }
        if (engines.isEmpty()) {
            throw new EngineException("no video tracking engine is installed");
        }
        // Not installed under this name: a folder, or a name no engine knows. Every engine says why it cannot open
        // it (e.g. the SAM 2 engine names the models folder and how to convert a model), so the message is whole.
        Set<String> reasons = new LinkedHashSet<>();
        EngineException first = null;
        for (TrackingEngine engine : engines) {
            try {
                return engine.openModel(nameOrDirectory);
            } catch (EngineException e) {
                if (first == null) {
                    first = e;
                }
                reasons.add(e.getMessage());
            }
        }
        throw new EngineException(String.join("; ", reasons), first);
    }
}
