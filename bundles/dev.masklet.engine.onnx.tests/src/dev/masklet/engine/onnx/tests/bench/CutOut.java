package dev.masklet.engine.onnx.tests.bench;

import static org.bytedeco.opencv.global.opencv_core.BORDER_CONSTANT;
import static org.bytedeco.opencv.global.opencv_core.BORDER_REPLICATE;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * An object cut out of a real photo: its pixels (8-bit BGR) and its alpha (8-bit, 255 inside), on a canvas padded
 * with transparent margins so that deformations have room. The alpha is the object's exact mask: a clip's truth is
 * this alpha, warped like the pixels, at 50 % (anti-aliased edges blend into the background as in a photograph).
 *
 * @param source what it was cut from, for reports
 * @param bgr the pixels; outside the object they continue the photo's edge, never black, so that warps do not
 *            darken the rim
 * @param alpha the mask, same size
 */
public record CutOut(String source, Mat bgr, Mat alpha) {

    public CutOut {
        bgr.retainReference(); // cut-outs live as long as their clip, whatever PointerScope renders a frame
        alpha.retainReference();
    }

    public int width() {
        return bgr.cols();
    }

    public int height() {
        return bgr.rows();
    }

    /** Share of the canvas the object covers (for sizing: the object's extent is smaller than the canvas). */
    public double fill() {
        return opencv_core.countNonZero(alpha) / (double) (width() * height());
    }

    /**
     * Cuts the object that {@code mask} (8-bit, same size as the photo, > 0 on the object, soft edges allowed)
     * marks, scaled so that its longer side is {@code size} pixels.
     */
    public static CutOut masked(String source, Mat photo, Mat mask, int size) {
        Rect box = opencv_imgproc.boundingRect(mask);
        if (box.width() < 4 || box.height() < 4) {
            throw new IllegalStateException("no object in the mask of " + source);
        }
        double scale = size / (double) Math.max(box.width(), box.height());
        return padded(source, photo.apply(box), mask.apply(box), scale);
    }

    /**
     * Cuts a region of the photo around ({@code cx}, {@code cy}) in the shape of {@code silhouette} (8-bit alpha),
     * the photo first scaled by {@code photoScale}: the object has the photo's real texture and an outline of ours.
     */
    public static CutOut shaped(String source, Mat photo, double cx, double cy, double photoScale, Mat silhouette) {
        int w = silhouette.cols();
        int h = silhouette.rows();
        // a photo too small for the outline at that scale is enlarged just enough
        double scale = Math.max(photoScale, Math.max((w + 1.0) / photo.cols(), (h + 1.0) / photo.rows()));
        cx *= scale / photoScale;
        cy *= scale / photoScale;
        photoScale = scale;
        Mat scaled = new Mat();
        opencv_imgproc.resize(photo, scaled, new Size(), photoScale, photoScale,
                photoScale < 1 ? opencv_imgproc.INTER_AREA : opencv_imgproc.INTER_LINEAR);
        int x0 = (int) Math.round(cx * photoScale - w / 2.0);
        int y0 = (int) Math.round(cy * photoScale - h / 2.0);
        x0 = Math.max(0, Math.min(scaled.cols() - w, x0));
        y0 = Math.max(0, Math.min(scaled.rows() - h, y0));
        return padded(source, scaled.apply(new Rect(x0, y0, w, h)), silhouette, 1);
    }

    private static CutOut padded(String source, Mat pixels, Mat alpha, double scale) {
        Mat p = pixels.clone();
        Mat a = alpha.clone();
        if (Math.abs(scale - 1) > 1e-6) {
            int interpolation = scale < 1 ? opencv_imgproc.INTER_AREA : opencv_imgproc.INTER_LINEAR;
            Mat ps = new Mat();
            Mat as = new Mat();
            opencv_imgproc.resize(p, ps, new Size(), scale, scale, interpolation);
            opencv_imgproc.resize(a, as, new Size(), scale, scale, interpolation);
            p = ps;
            a = as;
        }
        int margin = (int) Math.ceil(0.3 * Math.max(p.cols(), p.rows())) + 4;
        Mat pp = new Mat();
        Mat ap = new Mat();
        opencv_core.copyMakeBorder(p, pp, margin, margin, margin, margin, BORDER_REPLICATE);
        opencv_core.copyMakeBorder(a, ap, margin, margin, margin, margin, BORDER_CONSTANT, new Scalar(0.0));
        return new CutOut(source, pp, ap);
    }

    /**
     * The regions of a photo whose pixels pass {@code hsv} (given H 0..179, S, V packed as 0xHHSSVV), cleaned
     * (opened and closed with a 7-pixel disc), each filled (no holes), shrunk by a pixel and softened to an anti-aliased edge: one
     * 8-bit mask per region of at least {@code minArea} pixels, as big as the photo, largest first.
     */
    public static List<Mat> colourRegions(Mat photo, IntPredicate hsv, int minArea) {
        Mat converted = new Mat();
        opencv_imgproc.cvtColor(photo, converted, opencv_imgproc.COLOR_BGR2HSV);
        byte[] px = Mats.bytes(converted);
        byte[] on = new byte[photo.cols() * photo.rows()];
        for (int i = 0; i < on.length; i++) {
            int packed = (px[3 * i] & 0xff) << 16 | (px[3 * i + 1] & 0xff) << 8 | (px[3 * i + 2] & 0xff);
            on[i] = (byte) (hsv.test(packed) ? 255 : 0);
        }
        Mat mask = Mats.of(on, photo.cols(), photo.rows(), CV_8UC1);
        Mat disc = opencv_imgproc.getStructuringElement(opencv_imgproc.MORPH_ELLIPSE, new Size(7, 7));
        opencv_imgproc.morphologyEx(mask, mask, opencv_imgproc.MORPH_OPEN, disc);
        opencv_imgproc.morphologyEx(mask, mask, opencv_imgproc.MORPH_CLOSE, disc);
        MatVector contours = new MatVector();
        opencv_imgproc.findContours(mask, contours, new Mat(), opencv_imgproc.RETR_EXTERNAL,
                opencv_imgproc.CHAIN_APPROX_NONE);
        List<Mat> regions = new ArrayList<>();
        List<Double> areas = new ArrayList<>();
        for (int i = 0; i < contours.size(); i++) {
            double area = opencv_imgproc.contourArea(contours.get(i));
            if (area < minArea) {
                continue;
            }
            Mat region = new Mat(photo.rows(), photo.cols(), CV_8UC1, new Scalar(0.0));
            opencv_imgproc.drawContours(region, new MatVector(contours.get(i)), -1, new Scalar(255.0),
                    opencv_imgproc.FILLED, opencv_imgproc.LINE_8, new Mat(), Integer.MAX_VALUE,
                    new org.bytedeco.opencv.opencv_core.Point(0, 0));
            // inward by a pixel: the photo's own edge pixels are blended with its background
            opencv_imgproc.erode(region, region, opencv_imgproc.getStructuringElement(opencv_imgproc.MORPH_ELLIPSE,
                    new Size(3, 3)));
            opencv_imgproc.GaussianBlur(region, region, new Size(5, 5), 1.0);
            int at = 0;
            while (at < areas.size() && areas.get(at) >= area) {
                at++;
            }
            regions.add(at, region);
            areas.add(at, area);
        }
        return regions;
    }

    /** Mean colour (B, G, R) of the photo where {@code mask} is over half set: tells red candies from blue ones. */
    public static double[] meanColour(Mat photo, Mat mask) {
        Mat inside = new Mat();
        opencv_imgproc.threshold(mask, inside, 127, 255, opencv_imgproc.THRESH_BINARY);
        Scalar mean = opencv_core.mean(photo, inside);
        return new double[] {mean.get(0), mean.get(1), mean.get(2)};
    }
}
