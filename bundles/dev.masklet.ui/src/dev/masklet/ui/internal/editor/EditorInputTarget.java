package dev.masklet.ui.internal.editor;

/** Where the canvas input goes: prompts to the segmenter, edits to the shape editor in edit mode. */
final class EditorInputTarget implements CanvasInput.Target {
    private final MaskOverlayEditor editor;

    EditorInputTarget(MaskOverlayEditor editor) {
        this.editor = editor;
    }

    @Override
    public ViewTransform view() {
        return editor.view;
    }

    @Override
    public boolean hasFrame() {
        return editor.frame != null;
    }

    @Override
    public void promptPoint(double x, double y, boolean positive) {
        editor.stopPlayback();
        editor.segmenter.addPoint(x, y, positive);
    }

    @Override
    public void promptBox(double x0, double y0, double x1, double y1) {
        editor.stopPlayback();
        editor.segmenter.setBox(x0, y0, x1, y1);
    }

    @Override
    public ShapeEditor shapeEditor() {
        return editor.editMode ? editor.shapes : null;
    }

    @Override
    public void viewChanged() {
        editor.canvas.redraw();
    }

    @Override
    public void deleteSelected() {
        editor.deleteSelectedShape();
    }
}
