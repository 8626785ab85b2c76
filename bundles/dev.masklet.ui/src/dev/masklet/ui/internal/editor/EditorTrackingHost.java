package dev.masklet.ui.internal.editor;

import org.eclipse.core.runtime.preferences.InstanceScope;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.settings.MaskletPreferences;

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
    public int minSpeckPixels() {
        return Math.max(0, InstanceScope.INSTANCE.getNode(MaskletPreferences.NODE).getInt(
                MaskletPreferences.TRACKING_MIN_SPECK_PIXELS, MaskletPreferences.TRACKING_MIN_SPECK_PIXELS_DEFAULT));
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
        editor.marks.updateUncertain(index);
        editor.timeline.marksChanged();
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
