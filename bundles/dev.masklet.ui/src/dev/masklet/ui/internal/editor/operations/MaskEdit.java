package dev.masklet.ui.internal.editor.operations;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.ui.internal.editor.model.AnnotationSession;

/**
 * One undoable edit of masks, on the workbench's operation history (Edit > Undo / Redo, Ctrl+Z / Ctrl+Y): the masks
 * it changes, before and after (null = no mask on that frame) with their tracking confidences, and the object it
 * creates, if any. Keeping an object, correcting it and editing its shape are {@linkplain #of planned} edits,
 * made by {@link #execute}; a tracking run is a {@linkplain #recording recording}: its frames land in the project
 * as they are computed (so that a cancelled run keeps them) and the finished run is executed as one step.
 */
public final class MaskEdit extends AbstractOperation {
    /** A mask slot: one object on one frame. */
    record Slot(int trackId, int frame) {
    }

    /** What a slot holds: the mask (null = none) and the tracker's confidence where a tracking run decided it. */
    public record Content(BinaryMask mask, Float confidence) {
        /** What the object has on the frame now. */
        public static Content of(TrackedObject o, int frame) {
            return new Content(o.mask(frame), o.trackingConfidence(frame));
        }

        /** A person's mask (null = removed). */
        public static Content kept(BinaryMask mask) {
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

    private final AnnotationSession session;
    private final TrackedObject created;
    private final boolean recorded;
    private final Map<Slot, Content> before = new LinkedHashMap<>();
    private final Map<Slot, Content> after = new LinkedHashMap<>();

    private MaskEdit(String label, AnnotationSession session, TrackedObject created, boolean recorded) {
        super(label);
        addContext(session.undoContext());
        this.session = session;
        this.created = created;
        this.recorded = recorded;
    }

    /**
     * An edit to be made by executing it: the masks given with {@link #put}.
     *
     * @param created a new object (not yet in the project) that the edit adds, or null
     */
    public static MaskEdit of(String label, AnnotationSession session, TrackedObject created) {
        return new MaskEdit(label, session, created, false);
    }

    /** An edit whose changes are made as they come and recorded with {@link #record} (a tracking run). */
    public static MaskEdit recording(String label, AnnotationSession session) {
        return new MaskEdit(label, session, null, true);
    }

    /** Plans a person's mask (null = removed) for an object on a frame; made when the edit is executed. */
    public void put(int trackId, int frame, BinaryMask mask) {
        TrackedObject o = created != null && created.trackId() == trackId ? created
                : session.project().object(trackId).orElseThrow(() -> new IllegalArgumentException("no object "
                        + trackId));
        Slot slot = new Slot(trackId, frame);
        before.putIfAbsent(slot, Content.of(o, frame));
        after.put(slot, Content.kept(mask));
    }

    /**
     * Plans another shape for an object's mask on a frame that keeps what the mask is: a tracking result stays one,
     * with its confidence (an output-mode conversion changes the shape, not who made it).
     */
    public void reshape(int trackId, int frame, BinaryMask mask) {
        TrackedObject o = session.project().object(trackId).orElseThrow(() -> new IllegalArgumentException(
                "no object " + trackId));
        Slot slot = new Slot(trackId, frame);
        Content old = Content.of(o, frame);
        before.putIfAbsent(slot, old);
        after.put(slot, new Content(mask, old.confidence()));
    }

    /** Records a change that has already been made; the first "before" of a slot wins. */
    public void record(int trackId, int frame, Content old, Content now) {
        Slot slot = new Slot(trackId, frame);
        before.putIfAbsent(slot, old);
        after.put(slot, now);
    }

    public boolean isEmpty() {
        return created == null && after.isEmpty();
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        if (!recorded) {
            make();
        }
        // a recording's changes are in the project already: they landed frame by frame while the run went on
        return Status.OK_STATUS;
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        if (created != null) {
            session.project().removeObject(created.trackId());
        } else {
            apply(before);
        }
        session.projectChanged();
        return Status.OK_STATUS;
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        make();
        session.projectChanged();
        return Status.OK_STATUS;
    }

    private void make() {
        if (created != null) {
            session.project().addObject(created);
        }
        apply(after);
    }

    private void apply(Map<Slot, Content> contents) {
        AnnotationProject project = session.project();
        for (Map.Entry<Slot, Content> e : contents.entrySet()) {
            project.object(e.getKey().trackId()).ifPresent(o -> e.getValue().putInto(o, e.getKey().frame()));
        }
    }
}
