package dev.masklet.ui.internal.editor.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.engine.MaskPrediction;
import dev.masklet.engine.Prompt;
import dev.masklet.geometry.Polygons;
import dev.masklet.ui.internal.editor.model.AnnotationSession;
import dev.masklet.ui.internal.editor.model.OutputMode;
import dev.masklet.ui.internal.editor.model.OutputShapes;
import dev.masklet.ui.internal.editor.model.SessionChange;
import dev.masklet.ui.internal.editor.model.ViewSettings;
import dev.masklet.ui.internal.editor.model.ViewTransform;

/**
 * The canvas as the session shows it: the shown frame and the overlay of masks as SWT images, rebuilt when the
 * session says they changed (UI thread), and the outlines, prompts and rubber band, read from the session at paint
 * time.
 */
public final class CanvasScene implements FramePainter.Scene {
    private static final RGB SELECTED = new RGB(255, 255, 255);
    private final Canvas canvas;
    private final AnnotationSession session;
    private final Supplier<Polygons> selectedShape;
    private final Supplier<Point[]> rubberBand;
    private Image frameImage;
    private Image overlayImage;

    /**
     * @param selectedShape the shape of the object selected in edit mode as shown now (moved or reshaped while
     *        dragging), or null
     * @param rubberBand the box being dragged, in canvas coordinates, or null
     */
    public CanvasScene(Canvas canvas, AnnotationSession session, Supplier<Polygons> selectedShape,
            Supplier<Point[]> rubberBand) {
        this.canvas = canvas;
        this.session = session;
        this.selectedShape = selectedShape;
        this.rubberBand = rubberBand;
        FramePainter painter = new FramePainter(canvas, this);
        canvas.addListener(SWT.Paint, e -> painter.paint(e.gc));
        canvas.addListener(SWT.Resize, e -> {
            Rectangle a = canvas.getClientArea();
            session.view().setCanvasSize(a.width, a.height);
            canvas.redraw();
        });
        canvas.addListener(SWT.Dispose, e -> dispose());
        session.addListener(this::changed);
    }

    private void changed(SessionChange change) {
        if (canvas.isDisposed()) {
            return;
        }
        switch (change) {
            case FRAME -> {
                rebuildFrameImage();
                rebuildOverlay();
            }
            case PICTURE -> {
                if (session.frame() != null) {
                    rebuildFrameImage();
                    canvas.redraw();
                }
            }
            case PROJECT, PROMPTS, PREDICTION, OVERLAY -> rebuildOverlay();
            case VIEW, SELECTION, EDIT_MODE -> canvas.redraw();
            default -> {
                // nothing drawn depends on it
            }
        }
    }

    /** The shown frame as an image, with the view bar's brightness and contrast. */
    private void rebuildFrameImage() {
        if (frameImage != null) {
            frameImage.dispose();
        }
        ViewSettings settings = session.settings();
        frameImage = new Image(canvas.getDisplay(), settings.adjustsPicture()
                ? OverlayImages.frame(session.frame(), settings.brightness(), settings.contrast())
                : OverlayImages.frame(session.frame()));
    }

    /** The masks of the visible objects on the shown frame and the pending mask, then a repaint. */
    private void rebuildOverlay() {
        if (session.frame() == null) {
            return;
        }
        int frame = session.frameIndex();
        List<OverlayImages.Layer> layers = new ArrayList<>();
        for (TrackedObject o : session.visibleObjects()) {
            BinaryMask m = o.mask(frame);
            if (m != null) {
                layers.add(new OverlayImages.Layer(m, LabelColors.of(o.label(), o.trackId())));
            }
        }
        MaskPrediction pending = session.prompts().prediction();
        if (pending != null) {
            layers.add(new OverlayImages.Layer(pending.mask(), OverlayImages.PENDING, OverlayImages.PENDING_EDGE));
        }
        if (overlayImage != null) {
            overlayImage.dispose();
        }
        overlayImage = new Image(canvas.getDisplay(), OverlayImages.overlay(session.frame().width(),
                session.frame().height(), layers, session.settings().outlineOnly()));
        canvas.redraw();
    }

    private void dispose() {
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
        return session.view();
    }

    @Override
    public ViewSettings settings() {
        return session.settings();
    }

    /** The outlines of the output mode's shapes (none in mask mode) and, in edit mode, of the selected shape. */
    @Override
    public List<FramePainter.Outline> outlines() {
        List<FramePainter.Outline> out = new ArrayList<>();
        TrackedObject selected = session.isEditMode() ? session.selected() : null;
        OutputMode mode = session.settings().outputMode();
        if (mode != OutputMode.MASK) {
            for (TrackedObject o : session.visibleObjects()) {
                BinaryMask m = o.mask(session.frameIndex());
                if (m != null && o != selected) {
                    out.add(new FramePainter.Outline(OutputShapes.shape(m, mode, OutputShapes.polygonEpsilon())
                            .rings(), LabelColors.of(o.label(), o.trackId()), false));
                }
            }
        }
        Polygons shape = selected == null ? null : selectedShape.get();
        if (shape != null) {
            out.add(new FramePainter.Outline(shape.rings(), SELECTED, true));
        }
        if (!session.isEditMode() && session.selected() != null) {
            highlight(session.selected().trackId(), out);
        }
        return out;
    }

    /**
     * Outside edit mode, the object chosen in the Objects view is outlined in white (no vertex handles: it is not
     * being edited). Found by track id, since undo puts fresh objects into the project.
     */
    private void highlight(int trackId, List<FramePainter.Outline> out) {
        for (TrackedObject o : session.visibleObjects()) {
            BinaryMask m = o.trackId() == trackId ? o.mask(session.frameIndex()) : null;
            if (m != null) {
                out.add(new FramePainter.Outline(OutputShapes.shape(m, OutputMode.POLYGON,
                        OutputShapes.polygonEpsilon()).rings(), SELECTED, false));
            }
        }
    }

    @Override
    public List<Prompt.Point> points() {
        return session.prompts().points();
    }

    @Override
    public Prompt.Box box() {
        return session.prompts().box();
    }

    @Override
    public Point[] rubberBand() {
        return rubberBand.get();
    }
}
