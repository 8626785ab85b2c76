package dev.masklet.ui.tests.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Test;

import dev.masklet.ui.internal.editor.model.ViewTransform;

/** Zoom and pan arithmetic of the canvas, without widgets. */
class ViewTransformTest {
    private static final double EPS = 1e-9;

    /** A 200x100 image on a 400x400 canvas: fitted at scale 2, centred vertically (100 px above and below). */
    private static ViewTransform fitted() {
        ViewTransform v = new ViewTransform();
        v.setImageSize(200, 100);
        v.setCanvasSize(400, 400);
        return v;
    }

    @Test
    void fittedViewScalesTheImageToTheCanvasAndCentresIt() {
        ViewTransform v = fitted();
        assertTrue(v.isFit());
        assertEquals(2, v.scale(), EPS);
        assertEquals(new Rectangle(0, 100, 400, 200), v.imageBounds());
        assertArrayEquals(new double[] {0, 0}, v.toImage(0, 100), EPS);
        assertArrayEquals(new double[] {200, 100}, v.toImage(400, 300), EPS);
        assertArrayEquals(new double[] {20, 150}, v.toCanvas(10, 25), EPS);
    }

    @Test
    void canvasAndImageCoordinatesAreInverse() {
        ViewTransform v = fitted();
        v.zoomAt(1.7, 123, 77);
        v.panBy(-31, 12);
        double[] c = v.toCanvas(57.25, 33.5);
        assertArrayEquals(new double[] {57.25, 33.5}, v.toImage((int) Math.round(c[0]), (int) Math.round(c[1])),
                1 / v.scale());
    }

    @Test
    void zoomKeepsThePointUnderThePointerWhereItIs() {
        ViewTransform v = fitted();
        double[] before = v.toImage(150, 180);
        v.zoomAt(2, 150, 180);
        assertFalse(v.isFit(), "zooming leaves the fitted view");
        assertEquals(4, v.scale(), EPS);
        assertArrayEquals(before, v.toImage(150, 180), EPS);
    }

    @Test
    void zoomIsClampedToItsLimits() {
        ViewTransform v = fitted();
        v.zoomAt(1e6, 0, 0);
        assertEquals(ViewTransform.MAX_SCALE, v.scale(), EPS);
        v.zoomAt(1e-9, 0, 0);
        assertEquals(ViewTransform.MIN_SCALE, v.scale(), EPS);
    }

    @Test
    void panMovesTheImageByCanvasPixels() {
        ViewTransform v = fitted();
        double[] before = v.toCanvas(10, 10);
        v.panBy(25, -5);
        assertArrayEquals(new double[] {before[0] + 25, before[1] - 5}, v.toCanvas(10, 10), EPS);
    }

    @Test
    void actualSizeShowsOneImagePixelPerScreenPixelAndFitGoesBack() {
        ViewTransform v = fitted();
        v.actualSize();
        assertEquals(1, v.scale(), EPS);
        v.fit();
        assertTrue(v.isFit());
        assertEquals(2, v.scale(), EPS);
    }

    @Test
    void pointsOffTheImageAreRejectedOrClamped() {
        ViewTransform v = fitted();
        assertNull(v.toImageInside(200, 50), "above the image");
        assertArrayEquals(new double[] {100, 50}, v.toImageInside(200, 200), EPS);
        double[] clamped = v.toImageClamped(-50, 10_000);
        assertEquals(0, clamped[0], EPS);
        assertTrue(clamped[1] < 100 && clamped[1] > 99.99);
    }

    @Test
    void onlyTheVisiblePartOfTheImageIsDrawn() {
        ViewTransform v = fitted();
        assertArrayEquals(new int[] {0, 0, 200, 100}, v.visibleSource());
        v.zoomAt(4, 200, 200); // scale 8 around the image centre: 50x50 image pixels fill the canvas
        assertArrayEquals(new int[] {75, 25, 50, 50}, v.visibleSource());
        v.panBy(10_000, 0);
        assertNull(v.visibleSource(), "panned off the canvas");
    }
}
