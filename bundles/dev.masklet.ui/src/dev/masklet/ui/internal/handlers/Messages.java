package dev.masklet.ui.internal.handlers;

import org.eclipse.osgi.util.NLS;

/** The handlers' and dialogs' user-visible text ({@code messages.properties} beside this class). */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "dev.masklet.ui.internal.handlers.messages"; //$NON-NLS-1$

    public static String FinishObject_title;
    public static String FinishObject_noMask;
    public static String FinishObject_couldNotSave;
    public static String Save_failed;
    public static String ObjectDialog_label;
    public static String ObjectDialog_labelHint;
    public static String ObjectDialog_object;
    public static String ObjectDialog_newObject;
    public static String ObjectDialog_correct;
    public static String ObjectDialog_correctOverlapped;
    public static String ObjectDialog_trackId;
    public static String ObjectDialog_trackIdTip;
    public static String ObjectDialog_typeLabel;
    public static String ObjectDialog_trackIdNotNumber;
    public static String ObjectDialog_trackIdTaken;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
