package dev.masklet.ui.internal.editor;

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
import org.eclipse.ui.PlatformUI;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.TrackedObject;

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

    private final MaskOverlayEditor editor;
    private final List<ObjectSnapshot> before;
    private final Map<String, RGB> colorsBefore;
    private List<ObjectSnapshot> after;
    private Map<String, RGB> colorsAfter;

    private ProjectEdit(String label, MaskOverlayEditor editor) {
        super(label);
        addContext(editor.undoContext());
        this.editor = editor;
        this.before = snapshot(editor.project());
        this.colorsBefore = LabelColors.all();
    }

    /**
     * Applies a change to the project (and label colours) as one undoable step: snapshots before, runs the change,
     * snapshots after, puts the edit on the workbench history and lets the editor show and save the result.
     */
    public static void apply(MaskOverlayEditor editor, String label, Consumer<AnnotationProject> change) {
        ProjectEdit edit = new ProjectEdit(label, editor);
        change.accept(editor.project());
        edit.after = snapshot(editor.project());
        edit.colorsAfter = LabelColors.all();
        PlatformUI.getWorkbench().getOperationSupport().getOperationHistory().add(edit);
        editor.forgetTrackerMemory();
        editor.projectChanged();
    }

    private static List<ObjectSnapshot> snapshot(AnnotationProject project) {
        return project.objects().stream().map(ObjectSnapshot::of).toList();
    }

    private void restore(List<ObjectSnapshot> objects, Map<String, RGB> colors) {
        AnnotationProject project = editor.project();
        for (TrackedObject o : new ArrayList<>(project.objects())) {
            project.removeObject(o.trackId());
        }
        objects.forEach(s -> project.addObject(s.restore()));
        LabelColors.setAll(colors);
        editor.forgetTrackerMemory();
        editor.projectChanged();
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        return Status.OK_STATUS; // applied by apply() before it is put on the history
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
