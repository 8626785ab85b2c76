package dev.masklet.ui.internal.editor.tracking;

import java.util.List;

import dev.masklet.engine.EngineException;
import dev.masklet.engine.TrackingEngine;
import dev.masklet.engine.TrackingModel;
import dev.masklet.engine.TrackingModelChoice;
import dev.masklet.ui.internal.editor.prompt.EngineServices;
import dev.masklet.ui.internal.preferences.UiPreferences;

/**
 * Picks the tracking model for Ctrl+M: the one chosen in the Model view, else the best installed one by the rule
 * {@code masklet-cli track} uses too ({@link TrackingModelChoice}).
 */
public final class TrackingModels {
    static final String FALLBACK = TrackingModelChoice.DEFAULT_MODEL;
    /** UI preference (node {@code dev.masklet.ui}): the tracking model chosen in the Model view; empty = best. */
    public static final String PREFERRED_KEY = UiPreferences.TRACKING_MODEL;

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
        return TrackingModelChoice.installed(engines());
    }

    static TrackingModel openBest() throws EngineException {
        return TrackingModelChoice.openBest(engines(), preferred());
    }

    private static List<TrackingEngine> engines() {
        return EngineServices.all(TrackingEngine.class);
    }
}
