package dev.masklet.ui.internal.editor.operations;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.osgi.util.NLS;

/**
 * The workbench's operation history (the one behind Edit > Undo / Redo): every edit of the editor is made by
 * executing it there, so that undo and redo always follow the same path as the first change.
 */
public final class UndoHistory {
    private UndoHistory() {
    }

    public static IOperationHistory get() {
        return OperationHistoryFactory.getOperationHistory();
    }

    /** Makes the edit and puts it on the history. */
    public static void execute(IUndoableOperation edit) {
        try {
            get().execute(edit, null, null);
        } catch (ExecutionException e) {
            // our edits never throw from execute(); a history approver refusing would surface here
            throw new IllegalStateException(
                    NLS.bind(Messages.UndoHistory_couldNotMake, edit.getLabel(), e.getMessage()), e);
        }
    }
}
