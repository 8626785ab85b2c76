package dev.masklet.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import dev.masklet.core.settings.MaskletPreferences;

/**
 * Window > Preferences > Masklet: model folder, device, threads, optimisation level, caches, autosave interval,
 * polygon fineness and the clean-up of tracked masks, stored under {@link MaskletPreferences}' names in the instance scope node {@code dev.masklet},
 * where the engine, media and store bundles read them.
 */
public final class MaskletPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {
    public MaskletPreferencePage() {
        super(GRID);
        setDescription("Settings of Masklet's models, caches and saving. Model settings apply to models opened "
                + "after the change (reset the tracker or reopen the video).");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(store());
    }

    /** The store of node {@code dev.masklet}; its defaults are the ones {@link MaskletPreferenceInitializer} put. */
    static IPreferenceStore store() {
        UiPreferences.ensureDefaults();
        ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, MaskletPreferences.NODE);
        return store;
    }

    @Override
    protected void createFieldEditors() {
        DirectoryFieldEditor models = new DirectoryFieldEditor(MaskletPreferences.MODELS_FOLDER,
                "Model folder (empty: $MASKLET_MODELS or ~/.cache/masklet/models):", getFieldEditorParent());
        models.setEmptyStringAllowed(true);
        addField(models);
        addField(new ComboFieldEditor(MaskletPreferences.ENGINE_DEVICE, "Device:",
                new String[][] {{"CPU", "cpu"}, {"GPU (CUDA; falls back to CPU when missing)", "cuda"}},
                getFieldEditorParent()));
        addField(integer(MaskletPreferences.ENGINE_THREADS, "Threads (0 = one per core):", 0, 256));
        addField(new ComboFieldEditor(MaskletPreferences.ENGINE_OPT_LEVEL, "Graph optimisation:",
                new String[][] {{"All", "all"}, {"Extended", "extended"}, {"Basic", "basic"}, {"None", "none"}},
                getFieldEditorParent()));
        addField(integer(MaskletPreferences.ENGINE_EMBEDDING_CACHE, "Embedding cache (frames):", 1, 1024));
        addField(integer(MaskletPreferences.SAM2_MEMORY_FRAMES,
                "SAM 2 memory frames (1-7; 7 = as the model was trained, fewer = faster):", 1, 7));
        addField(integer(MaskletPreferences.MEDIA_FRAME_CACHE_MB, "Frame cache (MB):", 16, 65536));
        addField(integer(MaskletPreferences.STORE_AUTOSAVE_SECONDS,
                "Autosave interval (s, 0 = on frame change and close):", 0, 3600));
        addField(new DecimalFieldEditor(MaskletPreferences.GEOMETRY_POLYGON_EPSILON,
                "Polygon fineness (tolerance in pixels, 0 = exact):", getFieldEditorParent()));
        addField(integer(MaskletPreferences.TRACKING_MIN_SPECK_PIXELS,
                "Remove islands and fill holes smaller than (pixels, in tracked masks; 0 = off):", 0, 1_000_000));
    }

    private IntegerFieldEditor integer(String name, String label, int min, int max) {
        IntegerFieldEditor editor = new IntegerFieldEditor(name, label, getFieldEditorParent());
        editor.setValidRange(min, max);
        return editor;
    }

    /** A text field that accepts a number >= 0 with a decimal point (JFace has no such field editor). */
    private static final class DecimalFieldEditor extends StringFieldEditor {
        DecimalFieldEditor(String name, String label, org.eclipse.swt.widgets.Composite parent) {
            super(name, label, parent);
            setErrorMessage(label.replace(":", "") + " must be a number from 0 to 50");
        }

        @Override
        protected boolean doCheckState() {
            try {
                double v = Double.parseDouble(getStringValue().strip());
                return v >= 0 && v <= 50;
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }
}
