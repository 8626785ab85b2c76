package dev.masklet.ui.internal.editor;

import dev.masklet.engine.DeviceStatus;

/** What the segmenter tells the editor: the status line, a new pending mask, the device an encoding ran on. */
final class EditorSegmenterListener implements PromptSegmenter.Listener {
    private final MaskOverlayEditor editor;

    EditorSegmenterListener(MaskOverlayEditor editor) {
        this.editor = editor;
    }

    @Override
    public void status(String text) {
        editor.setStatus(text);
    }

    @Override
    public void predictionChanged() {
        editor.rebuildOverlay();
    }

    @Override
    public void encoded(String model, DeviceStatus status) {
        editor.showSegmentationModel(model, status);
    }
}
