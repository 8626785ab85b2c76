package dev.masklet.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;


import dev.masklet.engine.EngineException;
import dev.masklet.engine.TrackingEngine;
import dev.masklet.engine.TrackingModel;

/**
 * Picks the tracking model for Ctrl+M: an installed SAM 2 video model when there is one, else the tracker built on
 * the default image model, so tracking works out of the box and gets better when the user adds a video model.
 */
public final class TrackingModels {
    static final String FALLBACK = "mobilesam";
    /** UI preference (node {@code dev.masklet.ui}): the tracking model chosen in the Model view; empty = best. */
    public static final String PREFERRED_KEY = "tracking.model";

    private TrackingModels() {
    }

    /** The model chosen in the Model view, or "" for the best installed one. */
    public static String preferred() {
        return UiPreferences.get(PREFERRED_KEY);
    }

    public static void setPreferred(String name) {
        UiPreferences.put(PREFERRED_KEY, name == null ? "" : name);
    }

    /** Names of the installed tracking models over all tracking services. */
    public static List<String> installed() {
        List<String> names = new ArrayList<>();
        for (TrackingEngine engine : engines()) {
            names.addAll(engine.installedModels());
        }
        return names;
    }

    static TrackingModel openBest() throws EngineException {
        List<TrackingEngine> engines = engines();
        String chosen = preferred();
        for (TrackingEngine engine : engines) {
            if (!chosen.isEmpty() && engine.installedModels().contains(chosen)) {
                return engine.openModel(chosen);
            }
        }
        for (TrackingEngine engine : engines) {
            for (String name : engine.installedModels()) {
                if (!FALLBACK.equals(name)) {
                    return engine.openModel(name);
                }
            }
        }
        for (TrackingEngine engine : engines) {
            if (engine.installedModels().contains(FALLBACK)) {
                return engine.openModel(FALLBACK);
            }
        }
        throw new EngineException("No tracking model is installed; run models/fetch-default-model.sh for the default");
    }

    private static List<TrackingEngine> engines() {
        return EngineServices.all(TrackingEngine.class);
    }
}
