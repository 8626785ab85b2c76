package dev.masklet.ui.internal.preferences;

import org.eclipse.osgi.util.NLS;

/** The text of Masklet's preference page, from {@code messages.properties}. */
final class Messages extends NLS {
    public static String PreferencePage_description;
    public static String PreferencePage_modelFolder;
    public static String PreferencePage_device;
    public static String PreferencePage_auto;
    public static String PreferencePage_cpu;
    public static String PreferencePage_cuda;
    public static String PreferencePage_threads;
    public static String PreferencePage_optimisation;
    public static String PreferencePage_optAll;
    public static String PreferencePage_optExtended;
    public static String PreferencePage_optBasic;
    public static String PreferencePage_optNone;
    public static String PreferencePage_embeddingCache;
    public static String PreferencePage_sam2MemoryFrames;
    public static String PreferencePage_frameCache;
    public static String PreferencePage_autosave;
    public static String PreferencePage_polygonFineness;
    public static String PreferencePage_minSpeck;
    public static String PreferencePage_decimalRange;

    static {
        NLS.initializeMessages("dev.masklet.ui.internal.preferences.messages", Messages.class);
    }

    private Messages() {
    }
}
