package dev.masklet.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.engine.MaskPrediction;
import dev.masklet.engine.Prompt;

/**
 * What the painter draws: the shown frame and the overlay of masks as SWT images, rebuilt when they change (UI
 * thread), and the outlines, prompts and rubber band, read from the editor at paint time.
 */
final class EditorPaintScene implements FramePainter.Scene {
    private static final RGB SELECTED = new RGB(255, 255, 255);
    private final MaskOverlayEditor editor;
    private Image frameImage;
    private Image overlayImage;

    EditorPaintScene(MaskOverlayEditor editor) {
        this.editor = editor;
    }

    /** The shown frame as an image, with the view bar's brightness and contrast. */
    void rebuildFrameImage() {
        if (frameImage != null) {
            frameImage.dispose();
        }
        ViewSettings settings = editor.settings;
        frameImage = new Image(editor.canvas.getDisplay(), settings.adjustsPicture()
                ? OverlayImages.frame(editor.frame, settings.brightness, settings.contrast)
                : OverlayImages.frame(editor.frame));
    }

    /** The masks of the visible objects on the shown frame and the pending mask, then a repaint. */
    void rebuildOverlay() {
        if (editor.canvas == null || editor.canvas.isDisposed() || editor.frame == null) {
            return;
        }
        List<OverlayImages.Layer> layers = new ArrayList<>();
        for (TrackedObject o : editor.visibleObjects()) {
            BinaryMask m = o.mask(editor.frameIndex);
            if (m != null) {
                layers.add(new OverlayImages.Layer(m, LabelColors.of(o.label(), o.trackId())));
            }
        }
        MaskPrediction pending = editor.segmenter.prompts().prediction();
        if (pending != null) {
            layers.add(new OverlayImages.Layer(pending.mask(), OverlayImages.PENDING, OverlayImages.PENDING_EDGE));
        }
        if (overlayImage != null) {
            overlayImage.dispose();
        }
        overlayImage = new Image(editor.canvas.getDisplay(), OverlayImages.overlay(editor.frame.width(),
                editor.frame.height(), layers, editor.settings.outlineOnly));
        editor.canvas.redraw();
    }

    void dispose() {
        if (frameImage != null) {
            frameImage.dispose();
        }
        if (overlayImage != null) {
            overlayImage.dispose();
        }
    }

    @Override
    public Image frameImage() {
        return frameImage;
    }

    @Override
    public Image overlayImage() {
        return overlayImage;
    }

    @Override
    public ViewTransform view() {
        return editor.view;
    }

    @Override
    public ViewSettings settings() {
        return editor.settings;
    }

    /** The outlines of the output mode's shapes (none in mask mode) and, in edit mode, of the selected shape. */
    @Override
    public List<FramePainter.Outline> outlines() {
        List<FramePainter.Outline> out = new ArrayList<>();
        ShapeEditor shapes = editor.shapes;
        TrackedObject selected = editor.editMode ? shapes.selected() : null;
        OutputMode mode = editor.settings.outputMode;
        if (mode != OutputMode.MASK) {
            for (TrackedObject o : editor.visibleObjects()) {
                BinaryMask m = o.mask(editor.frameIndex);
                if (m != null && o != selected) {
                    out.add(new FramePainter.Outline(OutputShapes.shape(m, mode, OutputShapes.polygonEpsilon())
                            .rings(), LabelColors.of(o.label(), o.trackId()), false));
                }
            }
        }
        if (selected != null && shapes.selectedShape() != null) {
            out.add(new FramePainter.Outline(shapes.selectedShape().rings(), SELECTED, true));
        }
        return out;
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
