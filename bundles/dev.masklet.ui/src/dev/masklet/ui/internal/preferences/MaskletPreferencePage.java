package dev.masklet.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.osgi.util.NLS;
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
        setDescription(Messages.PreferencePage_description);
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
                Messages.PreferencePage_modelFolder, getFieldEditorParent());
        models.setEmptyStringAllowed(true);
        addField(models);
        addField(new ComboFieldEditor(MaskletPreferences.ENGINE_DEVICE, Messages.PreferencePage_device,
                new String[][] {{Messages.PreferencePage_auto, "auto"}, {Messages.PreferencePage_cpu, "cpu"},
                    {Messages.PreferencePage_cuda, "cuda"}},
                getFieldEditorParent()));
        addField(integer(MaskletPreferences.ENGINE_THREADS, Messages.PreferencePage_threads, 0, 256));
        addField(new ComboFieldEditor(MaskletPreferences.ENGINE_OPT_LEVEL, Messages.PreferencePage_optimisation,
                new String[][] {{Messages.PreferencePage_optAll, "all"}, {Messages.PreferencePage_optExtended,
                    "extended"}, {Messages.PreferencePage_optBasic, "basic"}, {Messages.PreferencePage_optNone, "none"}},
                getFieldEditorParent()));
        addField(integer(MaskletPreferences.ENGINE_EMBEDDING_CACHE, Messages.PreferencePage_embeddingCache, 1, 1024));
        addField(integer(MaskletPreferences.SAM2_MEMORY_FRAMES, Messages.PreferencePage_sam2MemoryFrames, 1, 7));
        addField(integer(MaskletPreferences.MEDIA_FRAME_CACHE_MB, Messages.PreferencePage_frameCache, 16, 65536));
        addField(integer(MaskletPreferences.STORE_AUTOSAVE_SECONDS,
                Messages.PreferencePage_autosave, 0, 3600));
        addField(new DecimalFieldEditor(MaskletPreferences.GEOMETRY_POLYGON_EPSILON,
                Messages.PreferencePage_polygonFineness, getFieldEditorParent()));
        addField(integer(MaskletPreferences.TRACKING_MIN_SPECK_PIXELS,
                Messages.PreferencePage_minSpeck, 0, 1_000_000));
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
            setErrorMessage(NLS.bind(Messages.PreferencePage_decimalRange, label.replace(":", "")));
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
