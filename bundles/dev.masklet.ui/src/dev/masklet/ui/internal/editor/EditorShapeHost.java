package dev.masklet.ui.internal.editor;

import java.util.List;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.TrackedObject;

/** The editor as edit mode sees it: a shape edit becomes an undoable mask edit and a correction for the tracker. */
final class EditorShapeHost implements ShapeEditor.Host {
    private final MaskOverlayEditor editor;

    EditorShapeHost(MaskOverlayEditor editor) {
        this.editor = editor;
    }

    @Override
    public List<TrackedObject> visibleObjects() {
        return editor.visibleObjects();
    }

    @Override
    public int frameIndex() {
        return editor.frameIndex;
    }

    @Override
    public ViewTransform view() {
        return editor.view;
    }

    @Override
    public OutputMode outputMode() {
        return editor.settings.outputMode;
    }

    @Override
    public double polygonEpsilon() {
        return OutputShapes.polygonEpsilon();
    }

    @Override
    public void commit(String label, TrackedObject object, BinaryMask now) {
        int frame = editor.frameIndex;
        MaskEdit edit = new MaskEdit(label, editor.undoContext, editor.project(), null, editor::projectChanged);
        MaskEdit.Content kept = MaskEdit.Content.kept(now);
        edit.record(object.trackId(), frame, MaskEdit.Content.of(object, frame), kept);
        kept.putInto(object, frame);
        editor.history().add(edit);
        if (now != null && now.area() > 0) {
            // the next Ctrl+M goes on from the edited shape, not from the tracker's memory of the old one
            editor.tracker.keep(object.trackId(), frame, null, now);
            editor.tracking.prompted(object.trackId());
        }
        editor.marks.corrected(frame);
        editor.marks.updateUncertain(frame);
        editor.timeline.marksChanged();
        editor.projectChanged();
        editor.setStatus(label);
    }

    @Override
    public void redraw() {
        if (editor.canvas != null && !editor.canvas.isDisposed()) {
            editor.canvas.redraw();
        }
    }
}
