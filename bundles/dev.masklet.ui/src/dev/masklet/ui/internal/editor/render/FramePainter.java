package dev.masklet.ui.internal.editor.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;

import dev.masklet.engine.Prompt;
import dev.masklet.geometry.Ring;
import dev.masklet.ui.internal.editor.model.ViewSettings;
import dev.masklet.ui.internal.editor.model.ViewTransform;

/**
 * Paints the canvas: the visible part of the frame and of the mask overlay at the current zoom, each object's
 * outline with a contrasting halo (so that its colour stays visible on any picture), its track id and label beside
 * it, the selected shape's vertices in edit mode, and the prompts being given.
 */
public final class FramePainter {
    /** A shape outline to draw, in image coordinates, with a halo of a contrasting colour (null: none). */
    record Outline(int trackId, List<Ring> rings, RGB color, boolean selected, RGB halo) {
    }

    /** An object's track id and label, drawn in its colour above the top-left corner of its mask (image x, y). */
    record Tag(int trackId, String text, int x, int y, RGB color) {
    }

    /** What the painter needs from the editor at paint time. */
    interface Scene {
        Image frameImage();

        Image overlayImage();

        ViewTransform view();

        ViewSettings settings();

        List<Outline> outlines();

        /** The tags of the objects on the shown frame (drawn when the view settings show tags). */
        List<Tag> tags();

        List<Prompt.Point> points();

        Prompt.Box box();

        /** The rubber band of a box being dragged, in canvas coordinates, or null. */
        Point[] rubberBand();
    }

    private final Canvas canvas;
    private final Scene scene;
    /** Where each object's tag was last painted (canvas coordinates), by track id. */
    private final Map<Integer, Rectangle> paintedTags = new HashMap<>();

    FramePainter(Canvas canvas, Scene scene) {
        this.canvas = canvas;
        this.scene = scene;
    }

    void paint(GC gc) {
        Display display = canvas.getDisplay();
        Rectangle area = canvas.getClientArea();
        gc.setBackground(display.getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        gc.fillRectangle(area);
        Image frameImage = scene.frameImage();
        if (frameImage == null) {
            return;
        }
        ViewTransform view = scene.view();
        view.setCanvasSize(area.width, area.height);
        int[] src = view.visibleSource();
        if (src != null) {
            double[] d0 = view.toCanvas(src[0], src[1]);
            double[] d1 = view.toCanvas(src[0] + src[2], src[1] + src[3]);
            int dx = (int) Math.round(d0[0]);
            int dy = (int) Math.round(d0[1]);
            int dw = (int) Math.round(d1[0]) - dx;
            int dh = (int) Math.round(d1[1]) - dy;
            // enlarged pixels stay sharp so that the annotator sees exactly which pixel a click hits
            gc.setInterpolation(view.scale() >= 2 ? SWT.NONE : SWT.HIGH);
            gc.drawImage(frameImage, src[0], src[1], src[2], src[3], dx, dy, dw, dh);
            Image overlay = scene.overlayImage();
            if (overlay != null && scene.settings().opacity() > 0) {
                gc.setAlpha(scene.settings().opacity() * 255 / 100);
                gc.drawImage(overlay, src[0], src[1], src[2], src[3], dx, dy, dw, dh);
                gc.setAlpha(255);
            }
        }
        gc.setAntialias(SWT.ON);
        paintOutlines(gc, view);
        paintedTags.clear();
        if (scene.settings().showsTags()) {
            paintTags(gc, view);
        }
        paintPrompts(gc, view);
    }

    /**
     * Black on light colours, white on dark ones: the halo around an outline and the text of a tag, so that an
     * object's colour stays visible on a picture of the same colour (an orange object on an orange suit).
     */
    static RGB contrasting(RGB c) {
        return 0.299 * c.red + 0.587 * c.green + 0.114 * c.blue > 140 ? new RGB(0, 0, 0) : new RGB(255, 255, 255);
    }

    private void paintTags(GC gc, ViewTransform view) {
        Rectangle area = canvas.getClientArea();
        for (Tag tag : scene.tags()) {
            Point size = gc.textExtent(tag.text());
            double[] at = view.toCanvas(tag.x(), tag.y());
            int w = size.x + 6;
            int h = size.y + 2;
            int x = Math.max(0, Math.min((int) Math.round(at[0]), area.width - w));
            int y = (int) Math.round(at[1]) - h - 1;
            if (y < 0) {
                y = (int) Math.round(at[1]) + 1; // no room above the mask: inside its top edge
            }
            Color fill = new Color(tag.color());
            Color text = new Color(contrasting(tag.color()));
            try {
                gc.setBackground(fill);
                gc.fillRectangle(x, y, w, h);
                gc.setForeground(text);
                gc.setLineWidth(1);
                gc.drawRectangle(x, y, w - 1, h - 1);
                gc.drawText(tag.text(), x + 3, y + 1, true);
            } finally {
                fill.dispose();
                text.dispose();
            }
            paintedTags.put(tag.trackId(), new Rectangle(x, y, w, h));
        }
    }

    /** Where an object's tag was last painted, in canvas coordinates, or null. */
    Rectangle paintedTag(int trackId) {
        return paintedTags.get(trackId);
    }

    private void paintOutlines(GC gc, ViewTransform view) {
        for (Outline o : scene.outlines()) {
            Color color = new Color(o.color());
            Color halo = o.halo() == null ? null : new Color(o.halo());
            try {
                for (Ring ring : o.rings()) {
                    int[] xy = toCanvas(view, ring);
                    if (halo != null) {
                        gc.setForeground(halo);
                        gc.setLineWidth(o.selected() ? 5 : 4);
                        gc.drawPolygon(xy);
                    }
                    gc.setForeground(color);
                    gc.setLineWidth(o.selected() ? 3 : 2);
                    gc.drawPolygon(xy);
                    if (o.selected()) {
                        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
                        for (int i = 0; i < xy.length; i += 2) {
                            gc.fillRectangle(xy[i] - 3, xy[i + 1] - 3, 7, 7);
                            gc.drawRectangle(xy[i] - 3, xy[i + 1] - 3, 7, 7);
                        }
                    }
                }
            } finally {
                color.dispose();
                if (halo != null) {
                    halo.dispose();
                }
            }
        }
        gc.setLineWidth(1);
    }

    public static int[] toCanvas(ViewTransform view, Ring ring) {
        int[] xy = new int[ring.size() * 2];
        for (int i = 0; i < ring.size(); i++) {
            // vertices are pixel centres
            double[] c = view.toCanvas(ring.x(i) + 0.5, ring.y(i) + 0.5);
            xy[2 * i] = (int) Math.round(c[0]);
            xy[2 * i + 1] = (int) Math.round(c[1]);
        }
        return xy;
    }

    private void paintPrompts(GC gc, ViewTransform view) {
        Display display = canvas.getDisplay();
        gc.setLineWidth(2);
        Prompt.Box box = scene.box();
        if (box != null) {
            double[] a = view.toCanvas(box.x0(), box.y0());
            double[] b = view.toCanvas(box.x1(), box.y1());
            gc.setForeground(display.getSystemColor(SWT.COLOR_GREEN));
            gc.drawRectangle((int) Math.round(a[0]), (int) Math.round(a[1]), (int) Math.round(b[0] - a[0]),
                    (int) Math.round(b[1] - a[1]));
        }
        Point[] band = scene.rubberBand();
        if (band != null) {
            gc.setForeground(display.getSystemColor(SWT.COLOR_YELLOW));
            gc.setLineStyle(SWT.LINE_DASH);
            gc.drawRectangle(Math.min(band[0].x, band[1].x), Math.min(band[0].y, band[1].y),
                    Math.abs(band[1].x - band[0].x), Math.abs(band[1].y - band[0].y));
            gc.setLineStyle(SWT.LINE_SOLID);
        }
        gc.setLineWidth(1);
        for (Prompt.Point p : scene.points()) {
            double[] c = view.toCanvas(p.x(), p.y());
            int x = (int) Math.round(c[0]);
            int y = (int) Math.round(c[1]);
            gc.setBackground(display.getSystemColor(p.positive() ? SWT.COLOR_GREEN : SWT.COLOR_RED));
            gc.fillOval(x - 5, y - 5, 11, 11);
            gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
            gc.drawOval(x - 5, y - 5, 11, 11);
        }
    }
}
