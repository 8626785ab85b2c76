package dev.masklet.ui.internal.editor;

import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;

import dev.masklet.ui.MaskletUi;

/** The frame slider under the image: drag or click it to go to a frame; shows "frame i / n". */
final class Timeline {
    private final Scale scale;
    private final Label position;
    private final int frameCount;

    Timeline(Composite parent, int frameCount, IntConsumer onSelect) {
        this.frameCount = frameCount;
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginHeight = 0;
        bar.setLayout(layout);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        scale = new Scale(bar, SWT.HORIZONTAL);
        scale.setData(MaskletUi.WIDGET_ID_KEY, "timeline");
        scale.setMinimum(0);
        scale.setMaximum(Math.max(1, frameCount - 1));
        scale.setIncrement(1);
        scale.setPageIncrement(Math.max(1, frameCount / 20));
        scale.setEnabled(frameCount > 1);
        scale.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        scale.addListener(SWT.Selection, e -> onSelect.accept(scale.getSelection()));
        position = new Label(bar, SWT.NONE);
        position.setData(MaskletUi.WIDGET_ID_KEY, "framePosition");
        position.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, false, false));
        show(0);
    }

    /** Moves the slider without notifying (the editor already shows that frame). */
    void show(int frame) {
        scale.setSelection(frame);
        position.setText(String.format("frame %d / %d", frame + 1, frameCount));
        position.getParent().layout();
    }
}
