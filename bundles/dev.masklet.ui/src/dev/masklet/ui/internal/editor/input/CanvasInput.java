package dev.masklet.ui.internal.editor.input;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;

import dev.masklet.ui.internal.editor.model.AnnotationSession;
import dev.masklet.ui.internal.editor.model.ViewTransform;

/**
 * Turns mouse and keyboard input on the canvas into prompts, view changes and shape edits. Prompting: a left click
 * is a positive point, a left drag a box, a right click a negative point. View: the wheel zooms around the pointer;
 * a middle drag, or a left drag with the space bar held, pans. In edit mode the left button goes to the
 * {@link ShapeEditor} instead. Esc stops a tracking run.
 */
public final class CanvasInput {
    /** Pixels the pointer must travel with the left button down before a click becomes a box. */
    private static final int DRAG_THRESHOLD = 6;
    /** Zoom factor per wheel notch. */
    private static final double WHEEL_ZOOM = 1.25;
    private final Canvas canvas;
    private final AnnotationSession session;
    private final ShapeEditor shapes;
    private final Runnable escape;
    private Point dragStart;
    private Point dragEnd;
    private Point panFrom;
    private boolean spaceDown;
    private boolean editing;

    /** @param escape what Esc does on the canvas (stops a tracking run) */
    public CanvasInput(Canvas canvas, AnnotationSession session, ShapeEditor shapes, Runnable escape) {
        this.canvas = canvas;
        this.session = session;
        this.shapes = shapes;
        this.escape = escape;
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, this::mouseUp);
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
        canvas.addListener(SWT.KeyDown, e -> {
            if (e.character == ' ') {
                spaceDown = true;
            } else if (e.keyCode == SWT.DEL && session.isEditMode()) {
                shapes.deleteSelected();
            } else if (e.keyCode == SWT.ESC) {
                escape.run();
            }
        });
        canvas.addListener(SWT.KeyUp, e -> {
            if (e.character == ' ') {
                spaceDown = false;
            }
        });
        canvas.addListener(SWT.FocusOut, e -> spaceDown = false);
        // Esc is a key the workbench gives the focused control first (like Delete): it must reach the canvas as a
        // key, not be taken as a traversal
        canvas.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE) {
                e.doit = false;
            }
        });
    }

    /** The box being dragged, in canvas coordinates, or null. */
    public Point[] rubberBand() {
        return dragStart != null && dragEnd != null ? new Point[] {dragStart, dragEnd} : null;
    }

    private void mouseDown(Event e) {
        canvas.setFocus();
        if (session.frame() == null) {
            return;
        }
        if (e.button == 2 || e.button == 1 && spaceDown) {
            panFrom = new Point(e.x, e.y);
            return;
        }
        if (session.isEditMode()) {
            if (e.button == 1) {
                editing = true;
                shapes.press(e.x, e.y);
            }
            return;
        }
        double[] p = session.view().toImageInside(e.x, e.y);
        if (p == null) {
            return;
        }
        if (e.button == 3) {
            session.addPoint(p[0], p[1], false);
        } else if (e.button == 1) {
            dragStart = new Point(e.x, e.y);
            dragEnd = dragStart;
        }
    }

    private void mouseMove(Event e) {
        if (panFrom != null) {
            session.view().panBy(e.x - panFrom.x, e.y - panFrom.y);
            panFrom = new Point(e.x, e.y);
            session.viewChanged();
        } else if (editing && session.isEditMode()) {
            shapes.drag(e.x, e.y);
        } else if (dragStart != null) {
            dragEnd = new Point(e.x, e.y);
            canvas.redraw();
        }
    }

    private void mouseUp(Event e) {
        if (panFrom != null) {
            if (e.button == 2 || e.button == 1) {
                mouseMove(e);
                panFrom = null;
            }
            return;
        }
        if (editing) {
            editing = false;
            if (session.isEditMode()) {
                shapes.release(e.x, e.y);
            }
            return;
        }
        if (e.button != 1 || dragStart == null) {
            return;
        }
        Point start = dragStart;
        // the release normally carries the end of the drag; the last move is the fallback if it does not
        Point end = distance(start, new Point(e.x, e.y)) >= distance(start, dragEnd) ? new Point(e.x, e.y) : dragEnd;
        dragStart = null;
        dragEnd = null;
        ViewTransform view = session.view();
        double[] a = view.toImageClamped(start.x, start.y);
        double[] b = view.toImageClamped(end.x, end.y);
        if (distance(start, end) < DRAG_THRESHOLD) {
            session.addPoint(a[0], a[1], true);
        } else {
            session.setBox(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]),
                    Math.max(a[1], b[1]));
        }
    }

    private void wheel(Event e) {
        if (session.frame() == null || e.count == 0) {
            return;
        }
        session.view().zoomAt(e.count > 0 ? WHEEL_ZOOM : 1 / WHEEL_ZOOM, e.x, e.y);
        e.doit = false;
        session.viewChanged();
    }

    private static int distance(Point a, Point b) {
        return Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
    }
}
