package dev.masklet.ui.internal.handlers;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

import dev.masklet.ui.internal.editor.MaskOverlayEditor;

/**
 * What the Label and Track-ID Managers share: a list on the left, a column of action buttons on the right, and a
 * single Close button (each action is applied and undoable at once, so there is nothing to confirm or cancel).
 */
abstract class ManagerDialog extends Dialog {
    protected final MaskOverlayEditor editor;
    private final String title;

    ManagerDialog(Shell parent, MaskOverlayEditor editor, String title) {
        super(parent);
        this.editor = editor;
        this.title = title;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    /** The dialog area laid out in two columns: the list, then {@link #actionColumn}. */
    Composite twoColumnArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        return area;
    }

    /** The column of action buttons beside the list, in a two-column dialog area. */
    static Composite actionColumn(Composite area) {
        Composite buttons = new Composite(area, SWT.NONE);
        buttons.setLayout(new GridLayout(1, true));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        return buttons;
    }

    static void button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        b.addListener(SWT.Selection, e -> action.run());
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(id);
        }
    }
}
