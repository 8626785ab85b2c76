package dev.masklet.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

import dev.masklet.core.settings.MaskletPreferences;

/**
 * Puts the defaults of Masklet's preferences into the default scope, once, for the workbench: the preference page
 * shows them as "Restore Defaults" values and the UI reads every preference through the preferences service
 * (instance value, else this default), so no read site repeats a default. The values are
 * {@link MaskletPreferences}' defaults, which the headless readers (engine, media, store) apply themselves.
 * Registered with {@code org.eclipse.core.runtime.preferences}; Eclipse runs it when this bundle's default node is
 * first read ({@link UiPreferences#ensureDefaults()}).
 */
public final class MaskletPreferenceInitializer extends AbstractPreferenceInitializer {
    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences masklet = DefaultScope.INSTANCE.getNode(MaskletPreferences.NODE);
        masklet.put(MaskletPreferences.MODELS_FOLDER, MaskletPreferences.MODELS_FOLDER_DEFAULT);
        masklet.put(MaskletPreferences.ENGINE_DEVICE, MaskletPreferences.ENGINE_DEVICE_DEFAULT);
        masklet.putInt(MaskletPreferences.ENGINE_THREADS, MaskletPreferences.ENGINE_THREADS_DEFAULT);
        masklet.put(MaskletPreferences.ENGINE_OPT_LEVEL, MaskletPreferences.ENGINE_OPT_LEVEL_DEFAULT);
        masklet.putBoolean(MaskletPreferences.ENGINE_ARENA, MaskletPreferences.ENGINE_ARENA_DEFAULT);
        masklet.putInt(MaskletPreferences.ENGINE_EMBEDDING_CACHE, MaskletPreferences.ENGINE_EMBEDDING_CACHE_DEFAULT);
        masklet.putInt(MaskletPreferences.SAM2_MEMORY_FRAMES, MaskletPreferences.SAM2_MEMORY_FRAMES_DEFAULT);
        masklet.putInt(MaskletPreferences.MEDIA_FRAME_CACHE_MB, MaskletPreferences.MEDIA_FRAME_CACHE_MB_DEFAULT);
        masklet.putInt(MaskletPreferences.STORE_AUTOSAVE_SECONDS, MaskletPreferences.STORE_AUTOSAVE_SECONDS_DEFAULT);
        masklet.putDouble(MaskletPreferences.GEOMETRY_POLYGON_EPSILON,
                MaskletPreferences.GEOMETRY_POLYGON_EPSILON_DEFAULT);
        masklet.putInt(MaskletPreferences.TRACKING_MIN_SPECK_PIXELS,
                MaskletPreferences.TRACKING_MIN_SPECK_PIXELS_DEFAULT);
        // the UI's own choices: empty = the default model, the track palette colours
        IEclipsePreferences ui = DefaultScope.INSTANCE.getNode(UiPreferences.NODE);
        for (String key : UiPreferences.KEYS) {
            ui.put(key, "");
        }
        ui.putBoolean(UiPreferences.VIEW_SHOW_TAGS, true);
        ui.put(UiPreferences.VIEW_COLOUR_BY, "label");
    }
}
