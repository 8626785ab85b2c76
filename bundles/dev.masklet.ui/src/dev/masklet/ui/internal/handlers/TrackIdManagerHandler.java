package dev.masklet.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.masklet.ui.internal.editor.MaskOverlayEditor;

/** Annotate > Track-ID Manager...: opens the {@link TrackIdManagerDialog} on the active video. */
public final class TrackIdManagerHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActiveEditor(event) instanceof MaskOverlayEditor editor) {
            new TrackIdManagerDialog(editor.getSite().getShell(), editor).open();
        }
        return null;
    }
}
