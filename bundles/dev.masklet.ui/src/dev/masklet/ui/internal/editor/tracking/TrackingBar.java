package dev.masklet.ui.internal.editor.tracking;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import dev.masklet.ui.MaskletUi;
import dev.masklet.ui.internal.editor.model.AnnotationSession;
import dev.masklet.ui.internal.editor.model.AnnotationSession.TrackingProgress;
import dev.masklet.ui.internal.editor.render.KeyHints;

/**
 * The row under the status line while a tracking run is in flight: its progress (frames done, speed, time left)
 * and a Stop button that cancels the run, keeping the frames it finished. It takes no room between runs.
 */
public final class TrackingBar {
    private final Composite bar;
    private final ProgressBar progress;
    private final Label text;

    /** @param afterStop gives the keyboard back (to the canvas) once Stop was pressed */
    public TrackingBar(Composite parent, AnnotationSession session, TrackingController tracking,
            Runnable afterStop) {
        bar = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 0;
        bar.setLayout(layout);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.exclude = true;
        bar.setLayoutData(data);
        bar.setVisible(false);
        progress = new ProgressBar(bar, SWT.HORIZONTAL | SWT.SMOOTH);
        progress.setData(MaskletUi.WIDGET_ID_KEY, "trackingProgress");
        GridData barData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        barData.widthHint = 200;
        progress.setLayoutData(barData);
        text = new Label(bar, SWT.NONE);
        text.setData(MaskletUi.WIDGET_ID_KEY, "trackingProgressText");
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button stop = new Button(bar, SWT.PUSH);
        stop.setText(Messages.TrackingBar_stop);
        stop.setData(MaskletUi.WIDGET_ID_KEY, "stopTracking");
        KeyHints.tooltip(stop, Messages.TrackingBar_stopTip, MaskletUi.STOP_TRACKING_COMMAND);
        stop.addListener(SWT.Selection, e -> {
            tracking.cancel();
            afterStop.run(); // the button goes with the run: the keys (A, D, Esc, ...) go on working
        });
        session.addListener(change -> {
            if (bar.isDisposed()) {
                return;
            }
            switch (change) {
                case TRACKING -> show(session.isTracking(), session.trackingProgress());
                case TRACKING_PROGRESS -> show(true, session.trackingProgress());
                default -> {
                    // only runs are shown here
                }
            }
        });
    }

    private void show(boolean running, TrackingProgress p) {
        progress.setMaximum(Math.max(1, p.framesTotal()));
        progress.setSelection(p.framesDone());
        text.setText(NLS.bind(Messages.TrackingBar_progress, p.text()));
        if (bar.getVisible() != running) {
            bar.setVisible(running);
            ((GridData) bar.getLayoutData()).exclude = !running;
            bar.getParent().layout();
        }
    }
}
