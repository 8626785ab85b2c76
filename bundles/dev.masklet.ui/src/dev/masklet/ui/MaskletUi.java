package dev.masklet.ui;

/** Identifiers of the workbench contributions made by the Masklet UI, for applications, tests and plug-ins. */
public final class MaskletUi {
    public static final String PERSPECTIVE_ID = "dev.masklet.ui.perspectives.videoAnnotation";
    public static final String EDITOR_ID = "dev.masklet.ui.editors.maskOverlay";
    public static final String OBJECTS_VIEW_ID = "dev.masklet.ui.views.objects";
    public static final String ANNOTATION_CONTEXT_ID = "dev.masklet.ui.contexts.annotation";
    public static final String OPEN_VIDEO_COMMAND = "dev.masklet.ui.commands.openVideo";
    public static final String OPEN_VIDEO_PATH_PARAMETER = "dev.masklet.ui.commands.openVideo.path";
    public static final String OPEN_FRAME_FOLDER_COMMAND = "dev.masklet.ui.commands.openFrameFolder";
    public static final String FINISH_OBJECT_COMMAND = "dev.masklet.ui.commands.finishObject";
    public static final String CLEAR_PROMPTS_COMMAND = "dev.masklet.ui.commands.clearPrompts";
    public static final String NEXT_CANDIDATE_MASK_COMMAND = "dev.masklet.ui.commands.nextCandidateMask";
    public static final String PREVIOUS_CANDIDATE_MASK_COMMAND = "dev.masklet.ui.commands.previousCandidateMask";
    public static final String TRACK_FORWARD_COMMAND = "dev.masklet.ui.commands.trackForward";
    public static final String STOP_TRACKING_COMMAND = "dev.masklet.ui.commands.stopTracking";
    public static final String NEXT_FRAME_COMMAND = "dev.masklet.ui.commands.nextFrame";
    public static final String PREVIOUS_FRAME_COMMAND = "dev.masklet.ui.commands.previousFrame";
    public static final String EDIT_MODE_COMMAND = "dev.masklet.ui.commands.editMode";
    public static final String NEXT_PROMPTED_FRAME_COMMAND = "dev.masklet.ui.commands.nextPromptedFrame";
    public static final String PREVIOUS_PROMPTED_FRAME_COMMAND = "dev.masklet.ui.commands.previousPromptedFrame";
    public static final String NEXT_UNCERTAIN_FRAME_COMMAND = "dev.masklet.ui.commands.nextUncertainFrame";
    public static final String PREVIOUS_UNCERTAIN_FRAME_COMMAND = "dev.masklet.ui.commands.previousUncertainFrame";
    public static final String SAVE_COMMAND = "dev.masklet.ui.commands.save";
    public static final String TRACK_BACKWARD_COMMAND = "dev.masklet.ui.commands.trackBackward";
    public static final String TRACK_RANGE_COMMAND = "dev.masklet.ui.commands.trackRange";
    public static final String ZOOM_FIT_COMMAND = "dev.masklet.ui.commands.zoomFit";
    public static final String ZOOM_ACTUAL_COMMAND = "dev.masklet.ui.commands.zoomActualSize";
    public static final String LABEL_MANAGER_COMMAND = "dev.masklet.ui.commands.labelManager";
    public static final String TRACK_ID_MANAGER_COMMAND = "dev.masklet.ui.commands.trackIdManager";
    public static final String MARK_REVIEWED_COMMAND = "dev.masklet.ui.commands.markReviewed";
    public static final String PLAY_COMMAND = "dev.masklet.ui.commands.play";
    public static final String LABELS_VIEW_ID = "dev.masklet.ui.views.labels";
    public static final String MODEL_VIEW_ID = "dev.masklet.ui.views.model";
    public static final String PREFERENCE_PAGE_ID = "dev.masklet.ui.preferences.masklet";
    /** Menu ids that applications create so that the UI's menu contributions have a place. */
    public static final String FILE_MENU_ID = "file";
    public static final String ANNOTATE_MENU_ID = "annotate";
    /** Key under which widgets carry a stable id for tests ({@code widget.getData(WIDGET_ID_KEY)}). */
    public static final String WIDGET_ID_KEY = "masklet.id";

    private MaskletUi() {
    }
}
