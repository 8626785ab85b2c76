package dev.masklet.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.masklet.ui.MaskletUi;
import dev.masklet.ui.internal.editor.MaskOverlayEditor;

/** Next Frame ({@code d}, right arrow) and Previous Frame ({@code a}, left arrow). */
public final class FrameStepHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActiveEditor(event) instanceof MaskOverlayEditor editor) {
            int step = MaskletUi.PREVIOUS_FRAME_COMMAND.equals(event.getCommand().getId()) ? -1 : 1;
            editor.goToFrame(editor.session().frameIndex() + step);
        }
        return null;
    }
}
