package dev.masklet.ui.internal.editor.render;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.masklet.engine.DeviceStatus;
import dev.masklet.ui.MaskletUi;
import dev.masklet.ui.internal.editor.model.AnnotationSession;
import dev.masklet.ui.internal.editor.model.SessionChange;

/**
 * The red line under the editor's status line, shown only while the segmentation model runs on another device than
 * the one asked for (CUDA asked for, CPU used); it takes no room otherwise.
 */
public final class DeviceWarning {
    private final Label label;
    /** Where the segmentation model runs, as the last encoding reported it (null before the first). */
    private volatile DeviceStatus device;

    public DeviceWarning(Composite parent, AnnotationSession session) {
        label = new Label(parent, SWT.NONE);
        label.setData(MaskletUi.WIDGET_ID_KEY, "deviceWarning");
        label.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.exclude = true;
        label.setLayoutData(data);
        label.setVisible(false);
        session.addListener(change -> {
            if (change == SessionChange.ENGINE) {
                show(session.deviceStatus());
            }
        });
    }

    /** Shows or hides the warning for this status; nothing to do for the same status, or when the editor is gone. */
    private void show(DeviceStatus status) {
        if (status == null || status.equals(device) || label.isDisposed()) {
            return;
        }
        device = status;
        boolean fallback = status.isFallback();
        label.setText(fallback ? status.message() : "");
        label.setToolTipText(fallback ? Messages.DeviceWarning_tip : null);
        label.setVisible(fallback);
        ((GridData) label.getLayoutData()).exclude = !fallback;
        label.getParent().layout();
    }

    /** The warning's text, or "" when none is shown. */
    public String text() {
        return label.getVisible() ? label.getText() : "";
    }
}
