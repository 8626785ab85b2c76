package dev.masklet.ui.internal.editor;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.TrackedObject;

/**
 * One undoable edit of the annotations, on the workbench's operation history (Edit > Undo / Redo, Ctrl+Z / Ctrl+Y):
 * the masks it changed, before and after (null = no mask on that frame) with their tracking confidences, and the
 * object it created, if any. Every edit of the editor is one of these: keeping an object, correcting it, a tracking
 * run.
 */
final class MaskEdit extends AbstractOperation {
    /** A mask slot: one object on one frame. */
    record Slot(int trackId, int frame) {
    }

    /** What a slot holds: the mask (null = none) and the tracker's confidence where a tracking run decided it. */
    record Content(BinaryMask mask, Float confidence) {
        /** What the object has on the frame now. */
        static Content of(TrackedObject o, int frame) {
            return new Content(o.mask(frame), o.trackingConfidence(frame));
        }

        /** A person's mask (null = removed). */
        static Content kept(BinaryMask mask) {
            return new Content(mask, null);
        }

        void putInto(TrackedObject o, int frame) {
            if (confidence != null) {
                o.putTracked(frame, mask, confidence);
            } else if (mask == null) {
                o.removeMask(frame);
            } else {
                o.putMask(frame, mask);
            }
        }
    }

    private final AnnotationProject project;
    private final Runnable changed;
    private final TrackedObject created;
    private final Map<Slot, Content> before = new LinkedHashMap<>();
    private final Map<Slot, Content> after = new LinkedHashMap<>();

    MaskEdit(String label, IUndoContext context, AnnotationProject project, TrackedObject created, Runnable changed) {
        super(label);
        addContext(context);
        this.project = project;
        this.created = created;
        this.changed = changed;
    }

    /** Records a change that has already been made; the first "before" of a slot wins. */
    void record(int trackId, int frame, Content old, Content now) {
        Slot slot = new Slot(trackId, frame);
        before.putIfAbsent(slot, old);
        after.put(slot, now);
    }

    boolean isEmpty() {
        return created == null && after.isEmpty();
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        return Status.OK_STATUS; // the change is made by the editor as it happens; the history only records it
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        if (created != null) {
            project.removeObject(created.trackId());
        } else {
            apply(before);
        }
        changed.run();
        return Status.OK_STATUS;
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        if (created != null) {
            project.addObject(created);
        }
        apply(after);
        changed.run();
        return Status.OK_STATUS;
    }

    private void apply(Map<Slot, Content> contents) {
        for (Map.Entry<Slot, Content> e : contents.entrySet()) {
            project.object(e.getKey().trackId()).ifPresent(o -> e.getValue().putInto(o, e.getKey().frame()));
        }
    }
}
