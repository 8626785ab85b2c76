package dev.masklet.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.masklet.ui.internal.editor.MaskOverlayEditor;

/** {@code Ctrl+M}: tracks the objects kept on the shown frame through the rest of the video, in a Job. */
public final class TrackForwardHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActiveEditor(event) instanceof MaskOverlayEditor editor) {
            editor.trackForward();
        }
        return null;
    }
}
