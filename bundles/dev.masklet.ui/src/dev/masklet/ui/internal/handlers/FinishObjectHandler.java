package dev.masklet.ui.internal.handlers;

import java.io.IOException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.masklet.core.model.TrackedObject;
import dev.masklet.ui.internal.editor.MaskOverlayEditor;

/** {@code f}: asks for a label and a track id and keeps the pending mask as a new object or a correction. */
public final class FinishObjectHandler extends AbstractHandler {
    /** Dialog title; tests find the dialog by it. */
    public static final String DIALOG_TITLE = "New Object";
    private static String lastLabel = "object";

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (!(part instanceof MaskOverlayEditor editor)) {
            return null;
        }
        if (editor.session().prompts().prediction() == null) {
            MessageDialog.openInformation(part.getSite().getShell(), DIALOG_TITLE,
                    "There is no mask to keep yet: click on an object first.");
            return null;
        }
        ObjectDialog dialog = new ObjectDialog(part.getSite().getShell(), editor.session().project().objects(),
                lastLabel);
        int answer = dialog.open();
        // Give the keyboard back to the image: without a window manager (a bare X server, a kiosk) nothing returns
        // the focus to the workbench window when the dialog closes, and the next key (Ctrl+M) would be lost.
        part.getSite().getShell().forceActive();
        editor.setFocus();
        if (answer != Window.OK) {
            return null;
        }
        try {
            TrackedObject object = editor.finishObject(dialog.label(), dialog.trackId());
            if (object != null) {
                lastLabel = object.label();
            }
        } catch (IOException e) {
            MessageDialog.openError(part.getSite().getShell(), "Could not save", e.getMessage());
        }
        return null;
    }
}
