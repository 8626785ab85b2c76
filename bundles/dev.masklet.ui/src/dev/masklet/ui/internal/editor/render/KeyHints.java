package dev.masklet.ui.internal.editor.render;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;

/**
 * Tooltips that name a command's key as it is bound now (Window > Preferences > Keys can rebind every key), read
 * from the workbench's binding service each time the pointer enters the control, never written into the text.
 */
public final class KeyHints {
    private KeyHints() {
    }

    /** Gives the control the tooltip {@code tip (key)}, the key looked up when the pointer enters it. */
    public static void tooltip(Control control, String tip, String commandId) {
        control.setToolTipText(withKey(tip, commandId));
        control.addListener(SWT.MouseEnter, e -> control.setToolTipText(withKey(tip, commandId)));
    }

    /** {@code tip (Ctrl+0)} with the command's best active binding, or {@code tip} when it has none. */
    public static String withKey(String tip, String commandId) {
        IBindingService bindings = PlatformUI.isWorkbenchRunning()
                ? PlatformUI.getWorkbench().getService(IBindingService.class) : null;
        String key = bindings == null ? null : bindings.getBestActiveBindingFormattedFor(commandId);
        return key == null || key.isEmpty() ? tip : tip + " (" + key + ")";
    }
}
