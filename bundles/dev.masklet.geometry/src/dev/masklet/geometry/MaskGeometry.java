package dev.masklet.geometry;

import static org.bytedeco.opencv.global.opencv_core.CV_32SC2;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.RotatedRect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

import dev.masklet.core.image.RgbImage;
import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.store.MaskOutlines;
import dev.masklet.geometry.internal.StoreOutlines;

/**
 * Conversions between binary masks and polygons, boxes and rotated boxes, and resizing of masks and images, all
 * computed by OpenCV. See the package comment for the coordinate convention.
 */
public final class MaskGeometry {
    /** Fractional bits of the fixed-point vertices given to {@code fillPoly} (1/256 pixel). */
    private static final int SHIFT = 8;

    private MaskGeometry() {
    }

    /**
     * The polygon shapes the store writes into frame files beside each mask, as in the workbench (where this bundle's
     * component registers them when it starts). Programs without OSGi register them themselves:
     * {@code ProjectStore.useMaskOutlines(MaskGeometry.storeOutlines())}.
     */
    public static MaskOutlines storeOutlines() {
        return StoreOutlines::outline;
    }

    /**
     * The polygons of a mask: one part per 8-connected component, each with the holes inside it
     * ({@code findContours} with {@code RETR_CCOMP}). Parts are ordered by area, largest first.
     *
     * @param epsilon the fineness: how far (in pixels) the simplified polygon may stray from the pixel boundary
     *        ({@code approxPolyDP}); 0 keeps every corner of the pixel boundary, 1 is a good default for datasets
     * @return the parts; those too thin to be a polygon are counted in {@link Polygons#degenerateParts()}
     */
    public static Polygons polygons(BinaryMask mask, double epsilon) {
        Objects.requireNonNull(mask, "mask");
        if (!(epsilon >= 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("polygon fineness (epsilon) must be >= 0 pixels, got " + epsilon);
        }
        try (PointerScope scope = new PointerScope()) {
            Mat image = toMat(mask);
            MatVector contours = new MatVector();
            Mat hierarchy = new Mat();
            opencv_imgproc.findContours(image, contours, hierarchy, opencv_imgproc.RETR_CCOMP,
                    opencv_imgproc.CHAIN_APPROX_SIMPLE);
            int n = (int) contours.size();
            if (n == 0) {
                return new Polygons(List.of(), 0);
            }
            // hierarchy: 1 x n of {next, previous, first child, parent}; copied out directly (JavaCPP's indexers
            // would print sun.misc.Unsafe deprecation warnings on stderr)
            int[] h = new int[n * 4];
            Mat dense = hierarchy.isContinuous() ? hierarchy : hierarchy.clone();
            new IntPointer(dense.data()).get(h, 0, h.length);
            List<PolygonPart> parts = new ArrayList<>();
            int degenerate = 0;
            for (int i = 0; i < n; i++) {
                if (h[i * 4 + 3] >= 0) {
                    continue; // a hole: collected with its parent below
                }
                Ring outer = ring(contours.get(i), epsilon);
                if (outer.isDegenerate()) {
                    degenerate++;
                    continue;
                }
                List<Ring> holes = new ArrayList<>();
                for (int c = h[i * 4 + 2]; c >= 0; c = h[c * 4]) {
                    Ring hole = ring(contours.get(c), epsilon);
                    if (hole.isDegenerate()) {
                        degenerate++;
                    } else {
                        holes.add(hole);
                    }
                }
                parts.add(new PolygonPart(outer, holes));
            }
            parts.sort(Comparator.comparingDouble((PolygonPart p) -> p.outer().area()).reversed());
            return new Polygons(parts, degenerate);
        }
    }

    private static Ring ring(Mat contour, double epsilon) {
        Mat points = contour;
        if (epsilon > 0) {
            points = new Mat();
            opencv_imgproc.approxPolyDP(contour, points, epsilon, true);
        }
        int n = points.rows() * points.cols();
        int[] xy = new int[n * 2];
        if (n > 0) {
            Mat dense = points.isContinuous() ? points : points.clone();
            new IntPointer(dense.data()).get(xy, 0, xy.length);
        }
        return Ring.ofInts(xy, n);
    }

    /** The tight axis-aligned box of the mask's pixels ({@code boundingRect}), empty for an empty mask. */
    public static Optional<Box> box(BinaryMask mask) {
        try (PointerScope scope = new PointerScope()) {
            Rect r = opencv_imgproc.boundingRect(toMat(mask));
            return r.width() <= 0 || r.height() <= 0 ? Optional.empty()
                    : Optional.of(new Box(r.x(), r.y(), r.width(), r.height()));
        }
    }

    /**
     * The rotated rectangle of least area around all the mask's pixel centres ({@code minAreaRect} of the boundary
     * pixels of every part), empty for an empty mask. A one-pixel mask gives a rectangle of size 0.
     */
    public static Optional<RotatedBox> rotatedBox(BinaryMask mask) {
        Objects.requireNonNull(mask, "mask");
        try (PointerScope scope = new PointerScope()) {
            MatVector contours = new MatVector();
            opencv_imgproc.findContours(toMat(mask), contours, opencv_imgproc.RETR_EXTERNAL,
                    opencv_imgproc.CHAIN_APPROX_SIMPLE);
            int total = 0;
            for (long i = 0; i < contours.size(); i++) {
                total += contours.get(i).rows();
            }
            if (total == 0) {
                return Optional.empty();
            }
            int[] all = new int[total * 2];
            int at = 0;
            for (long i = 0; i < contours.size(); i++) {
                Mat c = contours.get(i);
                int len = c.rows() * 2;
                new IntPointer(c.data()).get(all, at, len);
                at += len;
            }
            IntPointer data = new IntPointer(all);
            RotatedRect r = opencv_imgproc.minAreaRect(new Mat(total, 1, CV_32SC2, data));
            return Optional.of(new RotatedBox(r.center().x(), r.center().y(), r.size().width(), r.size().height(),
                    r.angle()));
        }
    }

    /**
     * The mask of polygons ({@code fillPoly}): the pixels inside an outer ring or on its edges, less those strictly
     * inside one of its holes (see the package comment). Parts are drawn largest first, so a part lying in another part's hole
     * survives. Rings with fewer than 3 vertices are ignored; vertices outside the mask are clipped.
     */
    public static BinaryMask rasterize(Polygons polygons, int width, int height) {
        Objects.requireNonNull(polygons, "polygons");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("mask size must be positive: " + width + "x" + height);
        }
        List<PolygonPart> parts = new ArrayList<>(polygons.parts());
        parts.sort(Comparator.comparingDouble((PolygonPart p) -> p.outer().area()).reversed());
        try (PointerScope scope = new PointerScope()) {
            Mat image = new Mat(height, width, CV_8UC1, new Scalar(0.0));
            Scalar one = new Scalar(1.0);
            Scalar zero = new Scalar(0.0);
            Point origin = new Point(0, 0);
            for (PolygonPart part : parts) {
                if (part.outer().size() < 3) {
                    continue;
                }
                opencv_imgproc.fillPoly(image, vectorOf(List.of(part.outer())), one, opencv_imgproc.LINE_8, SHIFT,
                        origin);
                List<Ring> holes = part.holes().stream().filter(r -> r.size() >= 3).toList();
                if (!holes.isEmpty()) {
                    MatVector hv = vectorOf(holes);
                    opencv_imgproc.fillPoly(image, hv, zero, opencv_imgproc.LINE_8, SHIFT, origin);
                    // the hole's ring runs through the object's own pixels around the hole: give them back
                    opencv_imgproc.polylines(image, hv, true, one, 1, opencv_imgproc.LINE_8, SHIFT);
                }
            }
            return fromMat(image, width, height);
        }
    }

    /** Resamples a mask to a new size with nearest-neighbour interpolation (labels never blend). */
    public static BinaryMask resize(BinaryMask mask, int width, int height) {
        Objects.requireNonNull(mask, "mask");
        checkSize(width, height);
        if (mask.width() == width && mask.height() == height) {
            return new BinaryMask(width, height, mask.bits().clone());
        }
        try (PointerScope scope = new PointerScope()) {
            Mat dst = new Mat();
            opencv_imgproc.resize(toMat(mask), dst, new Size(width, height), 0, 0, opencv_imgproc.INTER_NEAREST);
            return fromMat(dst, width, height);
        }
    }

    /** Resamples an image: area averaging when it shrinks (no aliasing), bilinear when it grows. */
    public static RgbImage resize(RgbImage image, int width, int height) {
        Objects.requireNonNull(image, "image");
        checkSize(width, height);
        try (PointerScope scope = new PointerScope()) {
            Mat src = new Mat(image.height(), image.width(), CV_8UC3, new BytePointer(image.rgb()));
            Mat dst = new Mat();
            boolean shrinks = (long) width * height < (long) image.width() * image.height();
            opencv_imgproc.resize(src, dst, new Size(width, height), 0, 0,
                    shrinks ? opencv_imgproc.INTER_AREA : opencv_imgproc.INTER_LINEAR);
            byte[] rgb = new byte[width * height * 3];
            Mat dense = dst.isContinuous() ? dst : dst.clone();
            dense.data().get(rgb);
            return new RgbImage(width, height, rgb);
        }
    }

    /**
     * Joins all the rings of an object into one ring, for formats that allow only one polygon per object (YOLO
     * segmentation): every further part and every hole is spliced in through a zero-width cut at the closest pair
     * of vertices, as Ultralytics' own converter does. Filled with the even-odd rule (as {@code fillPoly} does)
     * the joined ring covers the same pixels up to the cut lines. Empty input gives an empty ring.
     */
    public static Ring joinToSingleRing(Polygons polygons) {
        List<Ring> rings = polygons.rings().stream().filter(r -> r.size() >= 1).toList();
        if (rings.isEmpty()) {
            return Ring.of();
        }
        List<double[]> joined = points(rings.get(0));
        for (Ring next : rings.subList(1, rings.size())) {
            List<double[]> pts = points(next);
            int bestI = 0;
            int bestJ = 0;
            double best = Double.MAX_VALUE;
            for (int i = 0; i < joined.size(); i++) {
                for (int j = 0; j < pts.size(); j++) {
                    double dx = joined.get(i)[0] - pts.get(j)[0];
                    double dy = joined.get(i)[1] - pts.get(j)[1];
                    double d = dx * dx + dy * dy;
                    if (d < best) {
                        best = d;
                        bestI = i;
                        bestJ = j;
                    }
                }
            }
            List<double[]> spliced = new ArrayList<>(joined.subList(0, bestI + 1));
            for (int k = 0; k <= pts.size(); k++) {
                spliced.add(pts.get((bestJ + k) % pts.size()));
            }
            spliced.addAll(joined.subList(bestI, joined.size()));
            joined = spliced;
        }
        double[] xy = new double[joined.size() * 2];
        for (int i = 0; i < joined.size(); i++) {
            xy[2 * i] = joined.get(i)[0];
            xy[2 * i + 1] = joined.get(i)[1];
        }
        return Ring.of(xy);
    }

    private static List<double[]> points(Ring r) {
        List<double[]> p = new ArrayList<>(r.size());
        for (int i = 0; i < r.size(); i++) {
            p.add(new double[] {r.x(i), r.y(i)});
        }
        return p;
    }

    private static MatVector vectorOf(List<Ring> rings) {
        MatVector v = new MatVector(rings.size());
        for (int k = 0; k < rings.size(); k++) {
            Ring r = rings.get(k);
            int[] fixed = new int[r.size() * 2];
            for (int i = 0; i < r.size(); i++) {
                fixed[2 * i] = (int) Math.round(r.x(i) * (1 << SHIFT));
                fixed[2 * i + 1] = (int) Math.round(r.y(i) * (1 << SHIFT));
            }
            v.put(k, new Mat(r.size(), 1, CV_32SC2, new IntPointer(fixed)));
        }
        return v;
    }

    static Mat toMat(BinaryMask mask) {
        return new Mat(mask.height(), mask.width(), CV_8UC1, new BytePointer(mask.bits()));
    }

    private static BinaryMask fromMat(Mat m, int width, int height) {
        byte[] bits = new byte[width * height];
        Mat dense = m.isContinuous() ? m : m.clone();
        dense.data().get(bits);
        for (int i = 0; i < bits.length; i++) {
            bits[i] = bits[i] != 0 ? (byte) 1 : 0;
        }
        return new BinaryMask(width, height, bits);
    }

    private static void checkSize(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("size must be positive: " + width + "x" + height);
        }
    }
}
