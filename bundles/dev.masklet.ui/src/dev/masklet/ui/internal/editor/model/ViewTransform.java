package dev.masklet.ui.internal.editor.model;

import org.eclipse.swt.graphics.Rectangle;

/**
 * Where the frame sits on the canvas: fitted (scaled to the canvas, centred, aspect kept, following resizes) until
 * the user zooms or pans, then an explicit scale and origin. Maps canvas pixels to image pixels and back, so prompts
 * land on the same image pixel whatever the zoom. Plain arithmetic, no widgets.
 */
public final class ViewTransform {
    public static final double MIN_SCALE = 0.05;
    public static final double MAX_SCALE = 32;
    private int imageWidth = 1;
    private int imageHeight = 1;
    private int canvasWidth;
    private int canvasHeight;
    private boolean fit = true;
    /** Canvas pixels per image pixel, and the canvas position of the image's top-left corner (when not fitted). */
    private double scale = 1;
    private double originX;
    private double originY;

    public void setImageSize(int width, int height) {
        imageWidth = Math.max(1, width);
        imageHeight = Math.max(1, height);
    }

    public void setCanvasSize(int width, int height) {
        canvasWidth = width;
        canvasHeight = height;
    }

    public boolean isFit() {
        return fit;
    }

    /** Back to the fitted view (follows the canvas size again). */
    public void fit() {
        fit = true;
    }

    /** One image pixel per screen pixel, centred on the canvas centre's image point. */
    public void actualSize() {
        zoomAt(1 / scale(), canvasWidth / 2, canvasHeight / 2);
    }

    /** Zooms by {@code factor} keeping the image point under canvas position (cx, cy) where it is. */
    public void zoomAt(double factor, int cx, int cy) {
        freeze();
        double imageX = (cx - originX) / scale;
        double imageY = (cy - originY) / scale;
        scale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale * factor));
        originX = cx - imageX * scale;
        originY = cy - imageY * scale;
    }

    public void panBy(int dx, int dy) {
        freeze();
        originX += dx;
        originY += dy;
    }

    public double scale() {
        return fit ? (double) fitBounds().width / imageWidth : scale;
    }

    /** The image's rectangle on the canvas (may reach beyond the canvas when zoomed in). */
    public Rectangle imageBounds() {
        if (fit) {
            return fitBounds();
        }
        return new Rectangle((int) Math.round(originX), (int) Math.round(originY),
                (int) Math.round(imageWidth * scale), (int) Math.round(imageHeight * scale));
    }

    /** Image coordinates of a canvas position (not clamped). */
    public double[] toImage(int cx, int cy) {
        double s = scale();
        double[] o = origin();
        return new double[] {(cx - o[0]) / s, (cy - o[1]) / s};
    }

    /** Canvas coordinates of an image position. */
    public double[] toCanvas(double x, double y) {
        double s = scale();
        double[] o = origin();
        return new double[] {o[0] + x * s, o[1] + y * s};
    }

    /** Image coordinates of a canvas position on the image, or null when it is off the image. */
    public double[] toImageInside(int cx, int cy) {
        double[] p = toImage(cx, cy);
        return p[0] >= 0 && p[1] >= 0 && p[0] < imageWidth && p[1] < imageHeight ? p : null;
    }

    /** Like {@link #toImage} but moved onto the image's edge when outside it. */
    public double[] toImageClamped(int cx, int cy) {
        double[] p = toImage(cx, cy);
        return new double[] {Math.max(0, Math.min(p[0], imageWidth - 1e-6)),
            Math.max(0, Math.min(p[1], imageHeight - 1e-6))};
    }

    /**
     * The part of the image visible on the canvas, as {@code {srcX, srcY, srcW, srcH}} in image pixels, or null when
     * none is; drawing only that part keeps painting fast at high zoom.
     */
    public int[] visibleSource() {
        double[] a = toImage(0, 0);
        double[] b = toImage(canvasWidth, canvasHeight);
        int x0 = Math.max(0, (int) Math.floor(a[0]));
        int y0 = Math.max(0, (int) Math.floor(a[1]));
        int x1 = Math.min(imageWidth, (int) Math.ceil(b[0]));
        int y1 = Math.min(imageHeight, (int) Math.ceil(b[1]));
        return x1 > x0 && y1 > y0 ? new int[] {x0, y0, x1 - x0, y1 - y0} : null;
    }

    private double[] origin() {
        if (fit) {
            Rectangle r = fitBounds();
            return new double[] {r.x, r.y};
        }
        return new double[] {originX, originY};
    }

    /** Leaves fitted mode keeping the picture exactly where it is. */
    private void freeze() {
        if (fit) {
            Rectangle r = fitBounds();
            scale = Math.max(MIN_SCALE, (double) r.width / imageWidth);
            originX = r.x;
            originY = r.y;
            fit = false;
        }
    }

    /** The frame scaled to fit the canvas, centred, aspect ratio kept. */
    private Rectangle fitBounds() {
        double s = Math.min((double) canvasWidth / imageWidth, (double) canvasHeight / imageHeight);
        int w = (int) Math.floor(imageWidth * s);
        int h = (int) Math.floor(imageHeight * s);
        return new Rectangle((canvasWidth - w) / 2, (canvasHeight - h) / 2, w, h);
    }
}
