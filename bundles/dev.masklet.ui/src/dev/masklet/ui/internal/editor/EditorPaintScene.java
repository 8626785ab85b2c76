package dev.masklet.ui.internal.editor;

import java.util.List;

import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

import dev.masklet.engine.Prompt;

/** What the painter draws, read from the editor at paint time. */
final class EditorPaintScene implements FramePainter.Scene {
    private final MaskOverlayEditor editor;

    EditorPaintScene(MaskOverlayEditor editor) {
        this.editor = editor;
    }

    @Override
    public Image frameImage() {
        return editor.frameImage;
    }

    @Override
    public Image overlayImage() {
        return editor.overlayImage;
    }

    @Override
    public ViewTransform view() {
        return editor.view;
    }

    @Override
    public ViewSettings settings() {
        return editor.settings;
    }

    @Override
    public List<FramePainter.Outline> outlines() {
        return editor.outlines();
    }

    @Override
    public List<Prompt.Point> points() {
        return editor.segmenter.prompts().points();
    }

    @Override
    public Prompt.Box box() {
        return editor.segmenter.prompts().box();
    }

    @Override
    public Point[] rubberBand() {
        return editor.input.rubberBand();
    }
}
