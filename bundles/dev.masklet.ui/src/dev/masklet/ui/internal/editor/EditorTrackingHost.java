package dev.masklet.ui.internal.editor;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;

/** The editor as a tracking run sees it. */
final class EditorTrackingHost implements TrackingController.Host {
    private final MaskOverlayEditor editor;

    EditorTrackingHost(MaskOverlayEditor editor) {
        this.editor = editor;
    }

    @Override
    public AnnotationProject project() {
        return editor.project();
    }

    @Override
    public int frameIndex() {
        return editor.frameIndex;
    }

    @Override
    public BinaryMask stored(BinaryMask mask) {
        return editor.stored(mask);
    }

    @Override
    public MaskEdit newEdit(String label) {
        return new MaskEdit(label, editor.undoContext, editor.project(), null, editor::projectChanged);
    }

    @Override
    public void addToHistory(MaskEdit edit) {
        editor.history().add(edit);
    }

    @Override
    public void frameTracked(int index) {
        if (index == editor.frameIndex) {
            editor.rebuildOverlay();
        }
        editor.changeListeners.forEach(Runnable::run);
    }

    @Override
    public void save() {
        editor.saveQuietly();
    }

    @Override
    public void finished() {
        editor.changeListeners.forEach(Runnable::run);
    }

    @Override
    public void status(String text) {
        editor.setStatus(text);
    }

    @Override
    public void ui(Runnable task) {
        editor.asyncUi(task);
    }
}
