package dev.masklet.ui.internal.handlers;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * The one question every destructive action of the workbench asks (Objects view, Track-ID and Label Managers): it
 * says how many masks go, names them, and has Delete as its default button, so Enter after reading the count deletes
 * and Esc keeps everything. Each deletion is also undoable.
 */
public final class DeleteConfirmation {
    /** The dialog's title, for people and UI tests. */
    public static final String TITLE = Messages.DeleteConfirmation_title;

    private DeleteConfirmation() {
    }

    /** Asks; true when the user chose Delete. */
    public static boolean ask(Shell shell, String message) {
        return new MessageDialog(shell, TITLE, null, message, MessageDialog.QUESTION, 0,
                Messages.DeleteConfirmation_delete, IDialogConstants.CANCEL_LABEL).open() == 0;
    }

    /** Says that there is nothing to delete (no dialog asks to delete zero masks). */
    public static void nothing(Shell shell, String message) {
        MessageDialog.openInformation(shell, TITLE, message);
    }
}
