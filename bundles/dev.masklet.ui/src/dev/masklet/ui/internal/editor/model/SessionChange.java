package dev.masklet.ui.internal.editor.model;

/** What changed in an {@link AnnotationSession}: the one kind of event its listeners receive. */
public enum SessionChange {
    /** Another frame is shown (its prompts start empty). */
    FRAME,
    /** Objects, masks or labels changed: an edit, undo or redo, a manager, a tracking result on the shown frame. */
    PROJECT,
    /** Frame marks changed (prompted, corrected, uncertain, reviewed). */
    MARKS,
    /** Track ids were renumbered or merged: a tracker's memory of the old ids no longer fits. */
    TRACK_IDS,
    /** The user added a prompt (a point or a box). */
    PROMPTS,
    /** The pending mask changed: a prediction arrived, or the prompts were dropped. */
    PREDICTION,
    /** How masks are drawn changed: output mode, opacity, outlines, hidden objects. */
    OVERLAY,
    /** How the picture is drawn changed: brightness or contrast. */
    PICTURE,
    /** Zoom or pan changed. */
    VIEW,
    /** Edit mode was switched on or off. */
    EDIT_MODE,
    /** The object selected in edit mode changed (or its shape is being dragged). */
    SELECTION,
    /** The status line changed. */
    STATUS,
    /** Which segmentation model encoded the shown frame, or where it runs, changed. */
    ENGINE,
    /** Playback started or stopped. */
    PLAYBACK,
    /** A tracking run started or ended. */
    TRACKING,
    /** A tracking run made progress (frames done, speed, time left). */
    TRACKING_PROGRESS;
}
