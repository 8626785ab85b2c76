package dev.masklet.ui.internal.editor.model;

import org.eclipse.osgi.util.NLS;

/**
 * The annotation session's user-visible words: object states, output modes, status lines
 * ({@code messages.properties} beside this class).
 */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "dev.masklet.ui.internal.editor.model.messages"; //$NON-NLS-1$

    public static String ObjectState_kept;
    public static String ObjectState_tracked;
    public static String ObjectState_uncertain;
    public static String ObjectState_absent;
    public static String ObjectState_mask;
    public static String OutputMode_mask;
    public static String OutputMode_polygon;
    public static String OutputMode_box;
    public static String OutputMode_rotatedBox;
    public static String Session_couldNotSave;
    public static String Session_trackingStarting;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
