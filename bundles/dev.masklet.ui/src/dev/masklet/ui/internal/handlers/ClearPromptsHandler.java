package dev.masklet.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.masklet.ui.internal.editor.MaskOverlayEditor;

/** {@code b}: forgets the points clicked for the current object. */
public final class ClearPromptsHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActiveEditor(event) instanceof MaskOverlayEditor editor) {
            editor.clearPrompts();
        }
        return null;
    }
}
