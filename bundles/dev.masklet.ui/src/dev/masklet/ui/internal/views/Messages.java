package dev.masklet.ui.internal.views;

import org.eclipse.osgi.util.NLS;

/** The text of the views (Objects, Labels, model dialogs), from {@code messages.properties}. */
final class Messages extends NLS {
    public static String ObjectsView_shown;
    public static String ObjectsView_id;
    public static String ObjectsView_label;
    public static String ObjectsView_state;
    public static String ObjectsView_frames;
    public static String ObjectsView_presence;
    public static String ObjectsView_presenceTip;
    public static String ObjectsView_noMask;
    public static String ObjectActions_relabel;
    public static String ObjectActions_changeId;
    public static String ObjectActions_hide;
    public static String ObjectActions_show;
    public static String ObjectActions_deleteOnFrame;
    public static String ObjectActions_deleteOnFrames;
    public static String ObjectActions_deleteObject;
    public static String ObjectActions_objectName;
    public static String ObjectActions_relabelTitle;
    public static String ObjectActions_relabelMessage;
    public static String ObjectActions_labelInvalid;
    public static String ObjectActions_relabelUndo;
    public static String ObjectActions_changeIdTitle;
    public static String ObjectActions_changeIdMessage;
    public static String ObjectActions_idTaken;
    public static String ObjectActions_changeIdUndo;
    public static String ObjectActions_deleteRangeTitle;
    public static String ObjectActions_deleteRangeMessage;
    public static String ObjectActions_rangeInvalid;
    public static String ObjectActions_nothingToDelete;
    public static String ObjectActions_deleteMasksQuestion;
    public static String ObjectActions_deleteMasksUndo;
    public static String ObjectActions_deleteObjectQuestion;
    public static String ObjectActions_deleteObjectUndo;
    public static String LabelsView_label;
    public static String LabelsView_objects;
    public static String LabelsView_masks;
    public static String LabelsView_manager;

    static {
        NLS.initializeMessages("dev.masklet.ui.internal.views.messages", Messages.class);
    }

    private Messages() {
    }
}
