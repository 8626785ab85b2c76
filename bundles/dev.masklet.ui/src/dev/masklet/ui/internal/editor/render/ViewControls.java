package dev.masklet.ui.internal.editor.render;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;

import dev.masklet.ui.MaskletUi;
import dev.masklet.ui.internal.editor.model.AnnotationSession;
import dev.masklet.ui.internal.editor.model.OutputMode;
import dev.masklet.ui.internal.editor.model.SessionChange;
import dev.masklet.ui.internal.editor.model.ViewSettings;
import dev.masklet.ui.internal.editor.operations.OutputConversion;

/**
 * The bar above the canvas: output mode, overlay opacity, outline only, brightness, contrast, zoom to fit / 100 %
 * and the edit mode toggle. Changes go to the {@link AnnotationSession}, which tells the canvas.
 */
public final class ViewControls {
    private final Button edit;
    private final Combo output;

    public ViewControls(Composite parent, AnnotationSession session) {
        ViewSettings settings = session.settings();
        Composite bar = new Composite(parent, SWT.NONE);
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.center = true;
        layout.spacing = 8;
        layout.marginTop = 1;
        layout.marginBottom = 1;
        bar.setLayout(layout);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        // the explanation is the label's tooltip, not the combo's: a tooltip over the combo covered its open list
        Label outputLabel = new Label(bar, SWT.NONE);
        outputLabel.setText(Messages.ViewControls_output);
        outputLabel.setToolTipText(Messages.ViewControls_outputTip);
        output = new Combo(bar, SWT.READ_ONLY);
        output.setData(MaskletUi.WIDGET_ID_KEY, "outputMode");
        for (OutputMode m : OutputMode.values()) {
            output.add(m.label());
        }
        output.select(settings.outputMode().ordinal());
        Button apply = new Button(bar, SWT.PUSH);
        apply.setText(Messages.ViewControls_apply);
        apply.setData(MaskletUi.WIDGET_ID_KEY, "applyOutputMode");
        apply.setToolTipText(Messages.ViewControls_applyTip);
        apply.setEnabled(settings.outputMode() != OutputMode.MASK);
        apply.addListener(SWT.Selection, e -> OutputConversion.start(session, r -> bar.getDisplay().asyncExec(() -> {
            if (!bar.isDisposed()) {
                r.run();
            }
        })));
        output.addListener(SWT.Selection, e -> {
            session.setOverlay(OutputMode.values()[output.getSelectionIndex()], settings.opacity(),
                    settings.outlineOnly());
            apply.setEnabled(settings.outputMode() != OutputMode.MASK);
        });
        Button tags = new Button(bar, SWT.CHECK);
        tags.setText(Messages.ViewControls_tags);
        tags.setData(MaskletUi.WIDGET_ID_KEY, "showTags");
        tags.setToolTipText(Messages.ViewControls_tagsTip);
        tags.setSelection(settings.showsTags());
        Combo colours = new Combo(bar, SWT.READ_ONLY);
        colours.setData(MaskletUi.WIDGET_ID_KEY, "colourBy");
        colours.setItems(new String[] {Messages.ViewControls_colourByLabel, Messages.ViewControls_colourByObject});
        colours.select(settings.colourBy().ordinal());
        tags.addListener(SWT.Selection, e -> session.setTags(tags.getSelection(), settings.colourBy()));
        colours.addListener(SWT.Selection, e -> session.setTags(settings.showsTags(),
                ViewSettings.ColourBy.values()[colours.getSelectionIndex()]));
        Scale opacity = scale(bar, Messages.ViewControls_opacity, "overlayOpacity", 0, 100, settings.opacity());
        opacity.addListener(SWT.Selection, e -> session.setOverlay(settings.outputMode(), opacity.getSelection(),
                settings.outlineOnly()));
        Button outline = new Button(bar, SWT.CHECK);
        outline.setText(Messages.ViewControls_outlines);
        outline.setData(MaskletUi.WIDGET_ID_KEY, "outlineOnly");
        outline.addListener(SWT.Selection, e -> session.setOverlay(settings.outputMode(), settings.opacity(),
                outline.getSelection()));
        // Scale has no negative range: brightness is shown as 0..200 around 100
        Scale brightness = scale(bar, Messages.ViewControls_brightness, "brightness", 0, 200, settings.brightness() + 100);
        brightness.addListener(SWT.Selection, e -> session.setPicture(brightness.getSelection() - 100,
                settings.contrast()));
        Scale contrast = scale(bar, Messages.ViewControls_contrast, "contrast", 0, 300, settings.contrast());
        contrast.addListener(SWT.Selection, e -> session.setPicture(settings.brightness(), contrast.getSelection()));
        push(bar, Messages.ViewControls_fit, "zoomFit", Messages.ViewControls_fitTip, MaskletUi.ZOOM_FIT_COMMAND, () -> {
            session.view().fit();
            session.viewChanged();
        });
        push(bar, Messages.ViewControls_actual, "zoomActual", Messages.ViewControls_actualTip, MaskletUi.ZOOM_ACTUAL_COMMAND, () -> {
            session.view().actualSize();
            session.viewChanged();
        });
        edit = new Button(bar, SWT.TOGGLE);
        edit.setText(Messages.ViewControls_edit);
        edit.setData(MaskletUi.WIDGET_ID_KEY, "editMode");
        KeyHints.tooltip(edit, Messages.ViewControls_editTip, MaskletUi.EDIT_MODE_COMMAND);
        edit.addListener(SWT.Selection, e -> session.setEditMode(edit.getSelection()));
        session.addListener(change -> {
            if (change == SessionChange.EDIT_MODE && !edit.isDisposed()) {
                edit.setSelection(session.isEditMode()); // also when Ctrl+J switched it
            }
        });
    }

    private static Scale scale(Composite bar, String label, String id, int min, int max, int value) {
        new Label(bar, SWT.NONE).setText(label);
        Scale s = new Scale(bar, SWT.HORIZONTAL);
        s.setData(MaskletUi.WIDGET_ID_KEY, id);
        s.setMinimum(min);
        s.setMaximum(max);
        s.setSelection(value);
        s.setPageIncrement(10);
        s.setLayoutData(new org.eclipse.swt.layout.RowData(64, SWT.DEFAULT));
        return s;
    }

    private static void push(Composite bar, String text, String id, String tip, String commandId, Runnable action) {
        Button b = new Button(bar, SWT.PUSH);
        b.setText(text);
        b.setData(MaskletUi.WIDGET_ID_KEY, id);
        KeyHints.tooltip(b, tip, commandId);
        b.addListener(SWT.Selection, e -> action.run());
    }
}
