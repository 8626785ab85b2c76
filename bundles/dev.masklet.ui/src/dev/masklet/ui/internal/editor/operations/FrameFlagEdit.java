package dev.masklet.ui.internal.editor.operations;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import dev.masklet.core.model.AnnotationProject;
import dev.masklet.ui.internal.editor.model.AnnotationSession;

/** An undoable change of one frame flag (e.g. reviewed), executed on the workbench's operation history. */
public final class FrameFlagEdit extends AbstractOperation {
    private final AnnotationSession session;
    private final int frame;
    private final String flag;
    private final boolean value;
    private Boolean before;

    /** @param value true sets the flag, false removes it */
    public FrameFlagEdit(String label, AnnotationSession session, int frame, String flag, boolean value) {
        super(label);
        addContext(session.undoContext());
        this.session = session;
        this.frame = frame;
        this.flag = flag;
        this.value = value;
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        AnnotationProject project = session.project();
        before = project.frame(frame).flags().get(flag);
        project.frame(frame).setFlag(flag, value ? Boolean.TRUE : null);
        session.projectChanged();
        return Status.OK_STATUS;
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        session.project().frame(frame).setFlag(flag, before);
        session.projectChanged();
        return Status.OK_STATUS;
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        session.project().frame(frame).setFlag(flag, value ? Boolean.TRUE : null);
        session.projectChanged();
        return Status.OK_STATUS;
    }
}
