package dev.masklet.ui.internal.views;

import org.eclipse.osgi.util.NLS;

/** The text of the views (Objects, Labels, the model install dialogs; not yet the Model view), from {@code messages.properties}. */
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

    public static String ModelSource_installShell;
    public static String ModelSource_importShell;
    public static String ModelSource_installTitle;
    public static String ModelSource_importTitle;
    public static String ModelSource_installMessage;
    public static String ModelSource_importMessage;
    public static String ModelSource_name;
    public static String ModelSource_nameHint;
    public static String ModelSource_from;
    public static String ModelSource_fromHint;
    public static String ModelSource_descriptor;
    public static String ModelSource_descriptorHint;
    public static String ModelSource_folder;
    public static String ModelSource_folderHint;
    public static String ModelSource_installAs;
    public static String ModelSource_installAsHint;
    public static String ModelSource_browse;
    public static String ModelSource_needName;
    public static String ModelSource_needSource;
    public static String ModelSource_needFolder;
    public static String ModelSource_notAddress;
    public static String ModelSource_neither;
    public static String ModelSource_noDescriptor;
    public static String ModelSource_noFolder;
    public static String ModelSource_install;
    public static String ModelSource_import;
    public static String ModelInstall_failedTitle;
    public static String ModelInstall_failed;
    public static String ModelView_best;
    public static String ModelView_defaultSegmentation;
    public static String ModelView_segmentation;
    public static String ModelView_segmentationTip;
    public static String ModelView_tracking;
    public static String ModelView_device;
    public static String ModelView_auto;
    public static String ModelView_cpu;
    public static String ModelView_cuda;
    public static String ModelView_deviceTooltip;
    public static String ModelView_memoryFrames;
    public static String ModelView_memoryFramesTip;
    public static String ModelView_asTrained;
    public static String ModelView_install;
    public static String ModelView_importFolder;
    public static String ModelView_catalogue;
    public static String ModelView_catalogueRow;
    public static String ModelView_rowInstalled;
    public static String ModelView_rowNotInstalled;
    public static String ModelView_rowNotInstallable;
    public static String ModelView_cannotInstall;
    public static String ModelView_rowTip;
    public static String ModelView_installed;
    public static String ModelView_installOne;
    public static String ModelView_installFromCheckpoint;
    public static String ModelView_installJob;
    public static String ModelView_importJob;
    public static String ModelView_installedIn;
    public static String ModelView_segmentationLoadsLater;
    public static String ModelView_segmentationRunning;
    public static String ModelView_noVideo;
    public static String ModelView_trackingWith;
    public static String ModelView_trackingLoaded;
    public static String ModelInstall_progress;
    public static String ModelInstall_noManager;

    static {
        NLS.initializeMessages("dev.masklet.ui.internal.views.messages", Messages.class);
    }

    private Messages() {
    }
}
