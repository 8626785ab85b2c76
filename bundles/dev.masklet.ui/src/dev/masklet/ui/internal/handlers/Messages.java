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
    public static String Manager_mergeInto;
    public static String LabelManager_title;
    public static String LabelManager_rename;
    public static String LabelManager_delete;
    public static String LabelManager_colour;
    public static String LabelManager_counts;
    public static String LabelManager_selectFirst;
    public static String LabelManager_renameTitle;
    public static String LabelManager_renameMessage;
    public static String LabelManager_renameEdit;
    public static String LabelManager_mergeTitle;
    public static String LabelManager_mergeMessage;
    public static String LabelManager_mergeError;
    public static String LabelManager_mergeEdit;
    public static String LabelManager_deleteQuestion;
    public static String LabelManager_deleteEdit;
    public static String LabelManager_colourTitle;
    public static String LabelManager_colourEdit;
    public static String TrackIdManager_title;
    public static String TrackIdManager_id;
    public static String TrackIdManager_label;
    public static String TrackIdManager_frames;
    public static String TrackIdManager_range;
    public static String TrackIdManager_reassign;
    public static String TrackIdManager_deleteFrames;
    public static String TrackIdManager_selectFirst;
    public static String TrackIdManager_reassignTitle;
    public static String TrackIdManager_reassignMessage;
    public static String TrackIdManager_reassignError;
    public static String TrackIdManager_reassignEdit;
    public static String TrackIdManager_mergeTitle;
    public static String TrackIdManager_mergeMessage;
    public static String TrackIdManager_mergeError;
    public static String TrackIdManager_mergeEdit;
    public static String TrackIdManager_mergeQuestion;
    public static String TrackIdManager_deleteTitle;
    public static String TrackIdManager_deleteMessage;
    public static String TrackIdManager_deleteError;
    public static String TrackIdManager_deleteNothing;
    public static String TrackIdManager_deleteQuestion;
    public static String TrackIdManager_deleteEdit;
    public static String OpenVideo_folderTitle;
    public static String OpenVideo_folderMessage;
    public static String OpenVideo_title;
    public static String OpenVideo_videos;
    public static String OpenVideo_allFiles;
    public static String OpenVideo_cannotOpen;
    public static String TrackRange_title;
    public static String TrackRange_message;
    public static String TrackRange_error;
    public static String OpenNotices_skippedTitle;
    public static String OpenNotices_recoveredTitle;
    public static String OpenNotices_skipped;
    public static String OpenNotices_oneSkipped;
    public static String OpenNotices_someSkipped;
    public static String OpenNotices_file;
    public static String OpenNotices_why;
    public static String DeleteConfirmation_title;
    public static String DeleteConfirmation_delete;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
