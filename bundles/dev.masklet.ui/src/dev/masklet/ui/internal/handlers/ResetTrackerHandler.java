package dev.masklet.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.masklet.ui.internal.editor.MaskOverlayEditor;

/** Reset Tracker: forget the tracker's memory of every object; the kept masks stay. */
public final class ResetTrackerHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActiveEditor(event) instanceof MaskOverlayEditor editor) {
            editor.resetTracker();
        }
        return null;
    }
}
