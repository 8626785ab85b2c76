package dev.masklet.geometry;

import static org.bytedeco.opencv.global.opencv_core.CV_32S;

import java.util.Objects;

import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;

import dev.masklet.core.mask.BinaryMask;

/**
 * Removes specks from a mask: islands (8-connected parts) and holes (4-connected background regions enclosed by
 * the mask) smaller than a size in pixels, found with OpenCV's {@code connectedComponentsWithStats}. A tracked mask
 * often carries a few stray pixels; each becomes a polygon in a dataset export.
 */
public final class MaskCleanup {
    private MaskCleanup() {
    }

    /**
     * The mask without islands and holes of fewer than {@code minPixels} pixels. The largest island always stays,
     * so a small object is never wiped out; holes open to the image border are background, not holes.
     *
     * @param minPixels the smallest island or hole kept; 0 or 1 returns the mask unchanged
     */
    public static BinaryMask removeSpecks(BinaryMask mask, int minPixels) {
        Objects.requireNonNull(mask, "mask");
        if (minPixels < 0) {
            throw new IllegalArgumentException("the smallest kept island or hole must be >= 0 pixels, got "
                    + minPixels);
        }
        if (minPixels <= 1 || mask.area() == 0) {
            return mask;
        }
        byte[] bits = mask.bits().clone();
        int width = mask.width();
        int height = mask.height();
        boolean changed = dropSmall(bits, width, height, 8, minPixels, true, false);
        byte[] inverse = new byte[bits.length];
        for (int i = 0; i < bits.length; i++) {
            inverse[i] = (byte) (1 - bits[i]);
        }
        // holes are filled in the inverse: its small parts away from the border turn into mask pixels
        if (dropSmall(inverse, width, height, 4, minPixels, false, true)) {
            changed = true;
            for (int i = 0; i < bits.length; i++) {
                bits[i] = (byte) (1 - inverse[i]);
            }
        }
        return changed ? new BinaryMask(width, height, bits) : mask;
    }

    /**
     * Clears the parts of {@code bits} (value 1) smaller than {@code minPixels}; returns whether any was cleared.
     *
     * @param keepLargest whether the largest part stays whatever its size
     * @param keepBorderParts whether parts touching the image border stay (for holes: those are open background)
     */
    private static boolean dropSmall(byte[] bits, int width, int height, int connectivity, int minPixels,
            boolean keepLargest, boolean keepBorderParts) {
        try (PointerScope scope = new PointerScope()) {
            Mat image = MaskGeometry.toMat(new BinaryMask(width, height, bits));
            Mat labels = new Mat();
            Mat stats = new Mat();
            Mat centroids = new Mat();
            int n = opencv_imgproc.connectedComponentsWithStats(image, labels, stats, centroids, connectivity, CV_32S);
            if (n <= 1) {
                return false;
            }
            int[] s = new int[n * 5]; // per label: left, top, width, height, area
            new IntPointer((stats.isContinuous() ? stats : stats.clone()).data()).get(s, 0, s.length);
            int largest = 1;
            for (int l = 2; l < n; l++) {
                if (s[l * 5 + 4] > s[largest * 5 + 4]) {
                    largest = l;
                }
            }
            boolean[] drop = new boolean[n];
            boolean any = false;
            for (int l = 1; l < n; l++) {
                int x = s[l * 5];
                int y = s[l * 5 + 1];
                boolean border = x == 0 || y == 0 || x + s[l * 5 + 2] == width || y + s[l * 5 + 3] == height;
                drop[l] = s[l * 5 + 4] < minPixels && !(keepLargest && l == largest) && !(keepBorderParts && border);
                any |= drop[l];
            }
            if (!any) {
                return false;
            }
            int[] label = new int[width * height];
            new IntPointer((labels.isContinuous() ? labels : labels.clone()).data()).get(label, 0, label.length);
            for (int i = 0; i < label.length; i++) {
                if (drop[label[i]]) {
                    bits[i] = 0;
                }
            }
            return true;
        }
    }
}
