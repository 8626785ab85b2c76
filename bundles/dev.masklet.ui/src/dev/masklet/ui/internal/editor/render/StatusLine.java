package dev.masklet.ui.internal.editor.render;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.masklet.ui.MaskletUi;
import dev.masklet.ui.internal.editor.model.AnnotationSession;
import dev.masklet.ui.internal.editor.model.SessionChange;
import dev.masklet.ui.internal.editor.prompt.CandidateIndicator;

/**
 * The row under the timeline: the session's status line and, at its right, which of the model's candidate masks is
 * shown with the model's IoU estimate ({@link CandidateIndicator}).
 */
public final class StatusLine {
    public StatusLine(Composite parent, AnnotationSession session) {
        Composite row = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        row.setLayout(layout);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Label status = new Label(row, SWT.NONE);
        status.setData(MaskletUi.WIDGET_ID_KEY, "editorStatus");
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new CandidateIndicator(row, session);
        session.addListener(change -> {
            if (change == SessionChange.STATUS && !status.isDisposed()) {
                status.setText(session.status());
            }
        });
    }
}
