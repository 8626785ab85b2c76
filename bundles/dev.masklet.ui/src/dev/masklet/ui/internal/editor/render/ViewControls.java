package dev.masklet.ui.internal.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;

import dev.masklet.ui.MaskletUi;

/**
 * The bar above the canvas: output mode, overlay opacity, outline only, brightness, contrast, zoom to fit / 100 %
 * and the edit mode toggle. Changes go to {@link ViewSettings} and are announced through the callbacks.
 */
final class ViewControls {
    /** What the controls change in the editor. */
    interface Actions {
        /** Opacity, outline or output mode changed: the overlay must be rebuilt. */
        void overlayChanged();

        /** Brightness or contrast changed: the displayed picture must be rebuilt. */
        void pictureChanged();

        void zoomToFit();

        void zoomToActualSize();

        void setEditMode(boolean on);
    }

    private final Button edit;
    private final Combo output;

    ViewControls(Composite parent, ViewSettings settings, Actions actions) {
        Composite bar = new Composite(parent, SWT.NONE);
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.center = true;
        layout.spacing = 8;
        layout.marginTop = 1;
        layout.marginBottom = 1;
        bar.setLayout(layout);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(bar, SWT.NONE).setText("Output:");
        output = new Combo(bar, SWT.READ_ONLY);
        output.setData(MaskletUi.WIDGET_ID_KEY, "outputMode");
        for (OutputMode m : OutputMode.values()) {
            output.add(m.label());
        }
        output.select(settings.outputMode.ordinal());
        output.setToolTipText("How kept objects are stored and shown: the mask, its polygon, its box or rotated box");
        output.addListener(SWT.Selection, e -> {
            settings.outputMode = OutputMode.values()[output.getSelectionIndex()];
            actions.overlayChanged();
        });
        Scale opacity = scale(bar, "Opacity", "overlayOpacity", 0, 100, settings.opacity);
        opacity.addListener(SWT.Selection, e -> {
            settings.opacity = opacity.getSelection();
            actions.overlayChanged();
        });
        Button outline = new Button(bar, SWT.CHECK);
        outline.setText("Outlines");
        outline.setData(MaskletUi.WIDGET_ID_KEY, "outlineOnly");
        outline.addListener(SWT.Selection, e -> {
            settings.outlineOnly = outline.getSelection();
            actions.overlayChanged();
        });
        // Scale has no negative range: brightness is shown as 0..200 around 100
        Scale brightness = scale(bar, "Brightness", "brightness", 0, 200, settings.brightness + 100);
        brightness.addListener(SWT.Selection, e -> {
            settings.brightness = brightness.getSelection() - 100;
            actions.pictureChanged();
        });
        Scale contrast = scale(bar, "Contrast", "contrast", 0, 300, settings.contrast);
        contrast.addListener(SWT.Selection, e -> {
            settings.contrast = contrast.getSelection();
            actions.pictureChanged();
        });
        push(bar, "Fit", "zoomFit", "Show the whole frame (Ctrl+0)", actions::zoomToFit);
        push(bar, "100%", "zoomActual", "One image pixel per screen pixel (Ctrl+1)", actions::zoomToActualSize);
        edit = new Button(bar, SWT.TOGGLE);
        edit.setText("Edit");
        edit.setData(MaskletUi.WIDGET_ID_KEY, "editMode");
        edit.setToolTipText("Select, move, delete shapes and drag polygon vertices (Ctrl+J)");
        edit.addListener(SWT.Selection, e -> actions.setEditMode(edit.getSelection()));
    }

    /** Shows the edit mode when Ctrl+J switched it. */
    void showEditMode(boolean on) {
        if (!edit.isDisposed()) {
            edit.setSelection(on);
        }
    }

    private static Scale scale(Composite bar, String label, String id, int min, int max, int value) {
        new Label(bar, SWT.NONE).setText(label + ":");
        Scale s = new Scale(bar, SWT.HORIZONTAL);
        s.setData(MaskletUi.WIDGET_ID_KEY, id);
        s.setMinimum(min);
        s.setMaximum(max);
        s.setSelection(value);
        s.setPageIncrement(10);
        s.setLayoutData(new org.eclipse.swt.layout.RowData(64, SWT.DEFAULT));
        return s;
    }

    private static void push(Composite bar, String text, String id, String tip, Runnable action) {
        Button b = new Button(bar, SWT.PUSH);
        b.setText(text);
        b.setData(MaskletUi.WIDGET_ID_KEY, id);
        b.setToolTipText(tip);
        b.addListener(SWT.Selection, e -> action.run());
    }
}
