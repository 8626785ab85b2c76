package dev.masklet.ui.internal.editor.prompt;

import java.util.ArrayList;
import java.util.List;

import dev.masklet.engine.EngineException;
import dev.masklet.engine.SegmentationEngine;
import dev.masklet.engine.SegmentationModels;
import dev.masklet.ui.internal.preferences.UiPreferences;

/**
 * Which model answers clicks: the default segmentation service (MobileSAM) unless the user chose another installed
 * model in the Model view, e.g. a SAM 2.1 checkpoint in image mode ({@link SegmentationModels} services). The choice
 * is a UI preference, so open editors hear of it and re-encode their frame with the new model.
 */
public final class SegmentationChoice {
    /** UI preference (node {@code dev.masklet.ui}): the chosen segmentation model; empty = the default. */
    public static final String PREFERRED_KEY = UiPreferences.SEGMENTATION_MODEL;

    private SegmentationChoice() {
    }

    /** The chosen model's name, or "" for the default service. */
    public static String preferred() {
        return UiPreferences.get(PREFERRED_KEY);
    }

    /** @param name a name from {@link #installed()}, or null/"" for the default */
    public static void setPreferred(String name) {
        UiPreferences.put(PREFERRED_KEY, name == null ? "" : name);
    }

    /** Names of the models the user can choose besides the default, over all {@link SegmentationModels} services. */
    public static List<String> installed() {
        List<String> names = new ArrayList<>();
        services().forEach(models -> names.addAll(models.installedModels()));
        return names;
    }

    /**
     * Opens the chosen model (may take seconds: never on the UI thread).
     *
     * @return null when no service lists it any more (removed from the models folder): the default answers then,
     *         as the Model view shows
     * @throws EngineException when the model is installed but cannot be opened (damaged files, say)
     */
    static SegmentationEngine open(String name) throws EngineException {
        for (SegmentationModels models : services()) {
            if (models.installedModels().contains(name)) {
                return models.open(name);
            }
        }
        return null;
    }

    private static List<SegmentationModels> services() {
        return EngineServices.all(SegmentationModels.class);
    }
}
