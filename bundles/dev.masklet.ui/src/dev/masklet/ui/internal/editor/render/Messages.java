package dev.masklet.ui.internal.editor.render;

import org.eclipse.osgi.util.NLS;

/** The canvas and view bar's user-visible text ({@code messages.properties} beside this class). */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "dev.masklet.ui.internal.editor.render.messages"; //$NON-NLS-1$

    public static String ViewControls_output;
    public static String ViewControls_outputTip;
    public static String ViewControls_apply;
    public static String ViewControls_applyTip;
    public static String ViewControls_opacity;
    public static String ViewControls_outlines;
    public static String ViewControls_brightness;
    public static String ViewControls_contrast;
    public static String ViewControls_fit;
    public static String ViewControls_actual;
    public static String ViewControls_edit;
    public static String ViewControls_fitTip;
    public static String ViewControls_actualTip;
    public static String ViewControls_editTip;
    public static String ViewControls_tags;
    public static String ViewControls_tagsTip;
    public static String ViewControls_colourByLabel;
    public static String ViewControls_colourByObject;
    public static String DeviceWarning_tip;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
