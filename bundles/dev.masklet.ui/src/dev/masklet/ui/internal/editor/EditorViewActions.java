package dev.masklet.ui.internal.editor;

/** The view bar's actions on the editor. */
final class EditorViewActions implements ViewControls.Actions {
    private final MaskOverlayEditor editor;

    EditorViewActions(MaskOverlayEditor editor) {
        this.editor = editor;
    }

    @Override
    public void overlayChanged() {
        editor.rebuildOverlay();
        editor.shapes.refresh();
    }

    @Override
    public void pictureChanged() {
        if (editor.frame != null) {
            editor.rebuildFrameImage();
            editor.canvas.redraw();
        }
    }

    @Override
    public void zoomToFit() {
        editor.zoomToFit();
    }

    @Override
    public void zoomToActualSize() {
        editor.zoomToActualSize();
    }

    @Override
    public void setEditMode(boolean on) {
        editor.setEditMode(on);
    }
}
