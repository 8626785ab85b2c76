package dev.masklet.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.masklet.core.model.FrameRange;
import dev.masklet.ui.internal.editor.MaskOverlayEditor;

/**
 * Annotate > Track Frame Range...: asks for "first-last" (1-based, both included) and tracks the objects kept on
 * the first frame through the range, backward when last is before first.
 */
public final class TrackRangeHandler extends AbstractHandler {
    public static final String DIALOG_TITLE = Messages.TrackRange_title;

    @Override
    public Object execute(ExecutionEvent event) {
        if (!(HandlerUtil.getActiveEditor(event) instanceof MaskOverlayEditor editor)) {
            return null;
        }
        int n = editor.session().frameCount();
        String initial = (editor.session().frameIndex() + 1) + "-" + n;
        InputDialog dialog = new InputDialog(editor.getSite().getShell(), DIALOG_TITLE,
                NLS.bind(Messages.TrackRange_message, n), initial,
                text -> FrameRange.parseOneBased(text, n) == null ? NLS.bind(Messages.TrackRange_error, n) : null);
        if (dialog.open() != Window.OK) {
            return null;
        }
        int[] range = FrameRange.parseOneBased(dialog.getValue(), n);
        editor.goToFrame(range[0]);
        editor.trackTo(range[1]);
        return null;
    }
}
