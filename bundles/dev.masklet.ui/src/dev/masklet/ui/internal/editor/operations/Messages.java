package dev.masklet.ui.internal.editor.operations;

import org.eclipse.osgi.util.NLS;

/** The undoable edits' user-visible text ({@code messages.properties} beside this class). */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "dev.masklet.ui.internal.editor.operations.messages"; //$NON-NLS-1$

    public static String Conversion_maskMode;
    public static String Conversion_running;
    public static String Conversion_job;
    public static String Conversion_cancelled;
    public static String Conversion_projectChanged;
    public static String Conversion_nothing;
    public static String Conversion_undoLabel;
    public static String Conversion_done;
    public static String ProjectEdits_idNotFree;
    public static String ProjectEdits_noTrack;
    public static String UndoHistory_couldNotMake;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
