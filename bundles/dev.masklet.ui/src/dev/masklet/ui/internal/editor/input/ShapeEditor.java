package dev.masklet.ui.internal.editor.input;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.geometry.MaskGeometry;
import dev.masklet.geometry.PolygonPart;
import dev.masklet.geometry.Polygons;
import dev.masklet.geometry.Ring;
import dev.masklet.ui.internal.editor.model.AnnotationSession;
import dev.masklet.ui.internal.editor.model.OutputMode;
import dev.masklet.ui.internal.editor.model.OutputShapes;
import dev.masklet.ui.internal.editor.model.SessionChange;
import dev.masklet.ui.internal.editor.render.FramePainter;

/**
 * Edit mode (Ctrl+J): a click selects the object under the pointer on the shown frame, dragging inside it moves it,
 * dragging one of its vertices reshapes it (the mask becomes the edited polygon), Delete removes it from the frame.
 * Masks are edited as the output mode's shape; in mask mode as their polygon.
 */
public final class ShapeEditor {
    /** Stores a changed mask (null = none on this frame) as one undoable edit. */
    @FunctionalInterface
    public interface Commit {
        void commit(String label, TrackedObject object, BinaryMask now);
    }

    /** How near (canvas pixels) the pointer must be to a vertex to grab it. */
    private static final int GRAB = 7;
    private final AnnotationSession session;
    private final Commit commit;
    private Polygons shape;
    private int dragRing = -1;
    private int dragVertex = -1;
    private double[] moveFrom;
    private double[] moveBy;

    public ShapeEditor(AnnotationSession session, Commit commit) {
        this.session = session;
        this.commit = commit;
        session.addListener(change -> {
            switch (change) {
                case FRAME, PROJECT, OVERLAY -> refresh();
                case SELECTION -> {
                    if (session.selected() == null) {
                        shape = null;
                    }
                }
                default -> {
                    // the selection's shape does not depend on it
                }
            }
        });
    }

    /** The selected object's shape as shown now (moved or reshaped while dragging), or null. */
    public Polygons selectedShape() {
        if (shape == null || moveBy == null) {
            return shape;
        }
        return translate(shape, moveBy[0], moveBy[1]);
    }

    /** Selects an object (null clears the selection). */
    private void select(TrackedObject object) {
        BinaryMask m = object == null ? null : object.mask(session.frameIndex());
        OutputMode mode = session.settings().outputMode();
        shape = m == null ? null : OutputShapes.shape(m, mode == OutputMode.MASK ? OutputMode.POLYGON : mode,
                OutputShapes.polygonEpsilon());
        session.select(shape == null ? null : object);
    }

    /** The frame changed or the project was edited: the selection is rebuilt from the current masks. */
    private void refresh() {
        if (session.selected() != null) {
            select(session.selected());
        }
    }

    public void press(int cx, int cy) {
        if (shape != null && grabVertex(cx, cy)) {
            return;
        }
        double[] p = session.view().toImage(cx, cy);
        TrackedObject selected = session.selected();
        if (selected == null || !contains(selected, p)) {
            select(objectAt(p));
        }
        if (session.selected() != null) {
            moveFrom = p;
            moveBy = new double[] {0, 0};
        }
    }

    public void drag(int cx, int cy) {
        double[] p = session.view().toImage(cx, cy);
        if (dragVertex >= 0) {
            shape = withVertex(shape, dragRing, dragVertex, Math.round(p[0] - 0.5), Math.round(p[1] - 0.5));
            session.fire(SessionChange.SELECTION);
        } else if (moveFrom != null) {
            moveBy = new double[] {Math.round(p[0] - moveFrom[0]), Math.round(p[1] - moveFrom[1])};
            session.fire(SessionChange.SELECTION);
        }
    }

    public void release(int cx, int cy) {
        drag(cx, cy);
        TrackedObject selected = session.selected();
        BinaryMask old = selected == null ? null : selected.mask(session.frameIndex());
        if (dragVertex >= 0 && old != null) {
            commit.commit(NLS.bind(Messages.ShapeEditor_editVertices, selected.label()), selected,
                    MaskGeometry.rasterize(shape, old.width(), old.height()));
        } else if (moveBy != null && old != null && (moveBy[0] != 0 || moveBy[1] != 0)) {
            commit.commit(NLS.bind(Messages.ShapeEditor_move, selected.label()), selected,
                    shifted(old, (int) moveBy[0], (int) moveBy[1]));
        }
        dragRing = -1;
        dragVertex = -1;
        moveFrom = null;
        moveBy = null;
        refresh();
    }

    /** Delete: removes the selected object's mask from the shown frame. Returns whether something was deleted. */
    public boolean deleteSelected() {
        TrackedObject o = session.selected();
        if (o == null || o.mask(session.frameIndex()) == null) {
            return false;
        }
        session.select(null);
        commit.commit(NLS.bind(Messages.ShapeEditor_delete, o.label(), session.frameIndex() + 1), o, null);
        return true;
    }

    private boolean grabVertex(int cx, int cy) {
        List<Ring> rings = shape.rings();
        for (int r = 0; r < rings.size(); r++) {
            int[] xy = FramePainter.toCanvas(session.view(), rings.get(r));
            for (int i = 0; i < xy.length; i += 2) {
                if (Math.abs(xy[i] - cx) <= GRAB && Math.abs(xy[i + 1] - cy) <= GRAB) {
                    dragRing = r;
                    dragVertex = i / 2;
                    return true;
                }
            }
        }
        return false;
    }

    private boolean contains(TrackedObject o, double[] p) {
        BinaryMask m = o.mask(session.frameIndex());
        return m != null && m.get((int) Math.floor(p[0]), (int) Math.floor(p[1]));
    }

    /** The topmost (last drawn) visible object whose mask covers the point. */
    private TrackedObject objectAt(double[] p) {
        List<TrackedObject> objects = session.visibleObjects();
        for (int i = objects.size() - 1; i >= 0; i--) {
            if (contains(objects.get(i), p)) {
                return objects.get(i);
            }
        }
        return null;
    }

    /** The polygons with one vertex moved; ring index counts outer rings and holes as {@link Polygons#rings()}. */
    private static Polygons withVertex(Polygons polygons, int ring, int vertex, double x, double y) {
        List<PolygonPart> parts = new ArrayList<>();
        int r = 0;
        for (PolygonPart part : polygons.parts()) {
            Ring outer = r++ == ring ? moved(part.outer(), vertex, x, y) : part.outer();
            List<Ring> holes = new ArrayList<>();
            for (Ring h : part.holes()) {
                holes.add(r++ == ring ? moved(h, vertex, x, y) : h);
            }
            parts.add(new PolygonPart(outer, holes));
        }
        return new Polygons(parts, polygons.degenerateParts());
    }

    private static Ring moved(Ring ring, int vertex, double x, double y) {
        double[] xy = ring.coordinates();
        xy[2 * vertex] = x;
        xy[2 * vertex + 1] = y;
        return Ring.of(xy);
    }

    private static Polygons translate(Polygons polygons, double dx, double dy) {
        List<PolygonPart> parts = new ArrayList<>();
        for (PolygonPart part : polygons.parts()) {
            parts.add(new PolygonPart(shift(part.outer(), dx, dy),
                    part.holes().stream().map(h -> shift(h, dx, dy)).toList()));
        }
        return new Polygons(parts, polygons.degenerateParts());
    }

    private static Ring shift(Ring ring, double dx, double dy) {
        double[] xy = ring.coordinates();
        for (int i = 0; i < xy.length; i += 2) {
            xy[i] += dx;
            xy[i + 1] += dy;
        }
        return Ring.of(xy);
    }

    /** The mask moved by whole pixels; what leaves the frame is cut off. Hand-written: a plain row copy. */
    static BinaryMask shifted(BinaryMask mask, int dx, int dy) {
        int w = mask.width();
        int h = mask.height();
        byte[] src = mask.bits();
        byte[] dst = new byte[w * h];
        for (int y = 0; y < h; y++) {
            int ty = y + dy;
            if (ty < 0 || ty >= h) {
                continue;
            }
            int x0 = Math.max(0, -dx);
            int x1 = Math.min(w, w - dx);
            if (x1 > x0) {
                System.arraycopy(src, y * w + x0, dst, ty * w + x0 + dx, x1 - x0);
            }
        }
        return new BinaryMask(w, h, dst);
    }
}
