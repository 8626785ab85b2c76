package dev.masklet.ui.internal.handlers;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.masklet.core.model.TrackedObject;
import dev.masklet.engine.MaskPrediction;
import dev.masklet.ui.internal.editor.MaskOverlayEditor;
import dev.masklet.ui.internal.editor.model.AnnotationSession;
import dev.masklet.ui.internal.editor.model.OverlappedObject;
import dev.masklet.ui.internal.editor.tracking.PersonEdits;

/**
 * {@code f}: asks for a label and a track id and keeps the pending mask as a new object or a correction. The dialog
 * opens on the object the mask overlaps most on the shown frame (a correction), else on a new object with an empty
 * label: never on the last label used, which Enter by habit would give to the wrong object.
 */
public final class FinishObjectHandler extends AbstractHandler {
    /** Dialog title; tests find the dialog by it. */
    public static final String DIALOG_TITLE = Messages.FinishObject_title;

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (!(part instanceof MaskOverlayEditor editor)) {
            return null;
        }
        AnnotationSession session = editor.session();
        MaskPrediction pending = session.prompts().prediction();
        if (pending == null) {
            MessageDialog.openInformation(part.getSite().getShell(), DIALOG_TITLE, Messages.FinishObject_noMask);
            return null;
        }
        List<TrackedObject> objects = session.project().objects();
        Optional<OverlappedObject> overlapped = OverlappedObject.of(objects, session.frameIndex(), pending.mask());
        ObjectDialog dialog = new ObjectDialog(part.getSite().getShell(), objects, overlapped,
                PersonEdits.nextTrackId(session.project()));
        int answer = dialog.open();
        // Give the keyboard back to the image: without a window manager (a bare X server, a kiosk) nothing returns
        // the focus to the workbench window when the dialog closes, and the next key (Ctrl+M) would be lost.
        part.getSite().getShell().forceActive();
        editor.setFocus();
        if (answer != Window.OK) {
            return null;
        }
        try {
            editor.finishObject(dialog.label(), dialog.trackId());
        } catch (IOException e) {
            MessageDialog.openError(part.getSite().getShell(), Messages.FinishObject_couldNotSave, e.getMessage());
        }
        return null;
    }
}
