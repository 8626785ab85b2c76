package dev.masklet.ui.internal.editor.operations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.graphics.RGB;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.ui.internal.editor.model.AnnotationSession;
import dev.masklet.ui.internal.editor.model.SessionChange;
import dev.masklet.ui.internal.editor.render.LabelColors;

/**
 * An undoable edit of labels and tracks (Label Manager, Track-ID Manager): the objects and label colours before and
 * after, as snapshots. Masks are shared, not copied (edits replace masks, never change them), so a snapshot costs
 * one map entry per mask.
 */
public final class ProjectEdit extends AbstractOperation {
    /** One object as it was: id, label, masks and tracking confidences. */
    private record ObjectSnapshot(int trackId, String label, Map<Integer, BinaryMask> masks,
            Map<Integer, Float> confidences) {
        static ObjectSnapshot of(TrackedObject o) {
            return new ObjectSnapshot(o.trackId(), o.label(), new LinkedHashMap<>(o.masks()),
                    new LinkedHashMap<>(o.trackingConfidences()));
        }

        TrackedObject restore() {
            TrackedObject o = new TrackedObject(trackId, label);
            masks.forEach(o::putMask);
            confidences.forEach((f, c) -> o.putTracked(f, masks.get(f), c));
            return o;
        }
    }

    private final AnnotationSession session;
    private final Consumer<AnnotationProject> change;
    private List<ObjectSnapshot> before;
    private Map<String, RGB> colorsBefore;
    private List<ObjectSnapshot> after;
    private Map<String, RGB> colorsAfter;

    private ProjectEdit(String label, AnnotationSession session, Consumer<AnnotationProject> change) {
        super(label);
        addContext(session.undoContext());
        this.session = session;
        this.change = change;
    }

    /**
     * Changes the project (and label colours) as one undoable step, executed on the workbench history: snapshots
     * before, runs the change, snapshots after; the session then shows and saves the result.
     */
    public static void apply(AnnotationSession session, String label, Consumer<AnnotationProject> change) {
        UndoHistory.execute(new ProjectEdit(label, session, change));
    }

    private static List<ObjectSnapshot> snapshot(AnnotationProject project) {
        return project.objects().stream().map(ObjectSnapshot::of).toList();
    }

    private void restore(List<ObjectSnapshot> objects, Map<String, RGB> colors) {
        AnnotationProject project = session.project();
        for (TrackedObject o : new ArrayList<>(project.objects())) {
            project.removeObject(o.trackId());
        }
        objects.forEach(s -> project.addObject(s.restore()));
        LabelColors.setAll(colors);
        changed();
    }

    /** Track ids may have been renumbered or merged: the tracker forgets its memory of them. */
    private void changed() {
        session.fire(SessionChange.TRACK_IDS);
        session.projectChanged();
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        before = snapshot(session.project());
        colorsBefore = LabelColors.all();
        change.accept(session.project());
        after = snapshot(session.project());
        colorsAfter = LabelColors.all();
        changed();
        return Status.OK_STATUS;
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        restore(before, colorsBefore);
        return Status.OK_STATUS;
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        restore(after, colorsAfter);
        return Status.OK_STATUS;
    }
}
