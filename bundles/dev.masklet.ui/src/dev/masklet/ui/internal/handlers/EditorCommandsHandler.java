package dev.masklet.ui.internal.handlers;

import java.io.IOException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.masklet.ui.MaskletUi;
import dev.masklet.ui.internal.editor.MaskOverlayEditor;

/**
 * The editor's one-line commands: edit mode (Ctrl+J), next/previous prompted frame, next/previous uncertain
 * frame (U, Shift+U), next/previous candidate mask (Tab, Shift+Tab), save (Ctrl+S), track backward, stop tracking (Esc),
 * zoom to fit / 100 %, mark frame reviewed (R), play/pause (P), delete the selected shape. Each is a command of its own (rebindable in Preferences > Keys);
 * this handler maps the command id to the editor's method.
 */
public final class EditorCommandsHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        if (!(HandlerUtil.getActiveEditor(event) instanceof MaskOverlayEditor editor)) {
            return null;
        }
        switch (event.getCommand().getId()) {
            case MaskletUi.EDIT_MODE_COMMAND -> editor.setEditMode(!editor.session().isEditMode());
            case MaskletUi.NEXT_PROMPTED_FRAME_COMMAND -> editor.goToPromptedFrame(1);
            case MaskletUi.PREVIOUS_PROMPTED_FRAME_COMMAND -> editor.goToPromptedFrame(-1);
            case MaskletUi.NEXT_UNCERTAIN_FRAME_COMMAND -> editor.goToUncertainFrame(1);
            case MaskletUi.PREVIOUS_UNCERTAIN_FRAME_COMMAND -> editor.goToUncertainFrame(-1);
            case MaskletUi.TRACK_BACKWARD_COMMAND -> editor.trackBackward();
            case MaskletUi.STOP_TRACKING_COMMAND -> editor.stopTracking();
            case MaskletUi.NEXT_CANDIDATE_MASK_COMMAND -> editor.stepCandidateMask(1);
            case MaskletUi.PREVIOUS_CANDIDATE_MASK_COMMAND -> editor.stepCandidateMask(-1);
            case MaskletUi.ZOOM_FIT_COMMAND -> editor.zoomToFit();
            case MaskletUi.ZOOM_ACTUAL_COMMAND -> editor.zoomToActualSize();
            case MaskletUi.MARK_REVIEWED_COMMAND -> editor.toggleReviewed();
            case MaskletUi.PLAY_COMMAND -> editor.togglePlayback();
            case "org.eclipse.ui.edit.delete" -> editor.deleteSelectedShape();
            case MaskletUi.SAVE_COMMAND -> {
                try {
                    editor.save();
                } catch (IOException e) {
                    MessageDialog.openError(editor.getSite().getShell(), Messages.FinishObject_couldNotSave,
                            NLS.bind(Messages.Save_failed, e.getMessage()));
                }
            }
            default -> throw new IllegalArgumentException("not an editor command: " + event.getCommand().getId());
        }
        return null;
    }
}
