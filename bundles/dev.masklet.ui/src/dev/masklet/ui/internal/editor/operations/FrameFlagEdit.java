package dev.masklet.ui.internal.editor;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import dev.masklet.core.model.AnnotationProject;

/** An undoable change of one frame flag (e.g. reviewed), on the workbench's operation history. */
final class FrameFlagEdit extends AbstractOperation {
    private final AnnotationProject project;
    private final int frame;
    private final String flag;
    private final boolean value;
    private final Runnable changed;
    private Boolean before;

    /** @param value true sets the flag, false removes it */
    FrameFlagEdit(String label, IUndoContext context, AnnotationProject project, int frame, String flag,
            boolean value, Runnable changed) {
        super(label);
        addContext(context);
        this.project = project;
        this.frame = frame;
        this.flag = flag;
        this.value = value;
        this.changed = changed;
    }

    /** Makes the change (before the edit goes on the history). */
    void apply() {
        before = project.frame(frame).flags().get(flag);
        project.frame(frame).setFlag(flag, value ? Boolean.TRUE : null);
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        return Status.OK_STATUS; // made by apply() before the edit is put on the history
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        project.frame(frame).setFlag(flag, before);
        changed.run();
        return Status.OK_STATUS;
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        project.frame(frame).setFlag(flag, value ? Boolean.TRUE : null);
        changed.run();
        return Status.OK_STATUS;
    }
}
