package dev.masklet.ui.internal.editor;

import org.eclipse.osgi.util.NLS;

/** The editor's user-visible text ({@code messages.properties} beside this class). */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "dev.masklet.ui.internal.editor.messages"; //$NON-NLS-1$

    public static String Editor_editMode;
    public static String Editor_promptMode;
    public static String Editor_couldNotSave;
    public static String Editor_noPromptedAfter;
    public static String Editor_noPromptedBefore;
    public static String Editor_noUncertainAfter;
    public static String Editor_noUncertainBefore;
    public static String Editor_saved;
    public static String Editor_oneCandidate;
    public static String Editor_pointsCleared;
    public static String Editor_trackerReset;
    public static String Editor_trackerBusy;
    public static String Editor_markReviewed;
    public static String Editor_unmarkReviewed;
    public static String Editor_markedReviewed;
    public static String Editor_unmarkedReviewed;
    public static String Editor_videosOnly;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
