package dev.masklet.engine.onnx.internal.mobilesam;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;

import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

import dev.masklet.core.mask.BinaryMask;

/** The few mask operations the tracker needs besides {@link BinaryMask}'s own. */
final class MaskOps {
    private MaskOps() {
    }

    /** {@code mask} grown by {@code radius} pixels in every direction. */
    static BinaryMask dilate(BinaryMask mask, int radius) {
        if (radius <= 0) {
            return mask;
        }
        int w = mask.width();
        int h = mask.height();
        try (PointerScope scope = new PointerScope()) {
            Mat src = new Mat(h, w, CV_8UC1);
            src.data().put(mask.bits());
            Mat dst = new Mat();
            opencv_imgproc.dilate(src, dst, opencv_imgproc.getStructuringElement(opencv_imgproc.MORPH_ELLIPSE,
                    new Size(2 * radius + 1, 2 * radius + 1)));
            byte[] out = new byte[w * h];
            dst.data().get(out);
            return new BinaryMask(w, h, out);
        }
    }

    static BinaryMask and(BinaryMask a, BinaryMask b) {
        byte[] x = a.bits();
        byte[] y = b.bits();
        byte[] out = new byte[x.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (x[i] != 0 && y[i] != 0 ? 1 : 0);
        }
        return new BinaryMask(a.width(), a.height(), out);
    }

    /** {@code a} without the pixels of {@code b} (b may be null). */
    static BinaryMask minus(BinaryMask a, BinaryMask b) {
        if (b == null) {
            return a;
        }
        byte[] x = a.bits();
        byte[] y = b.bits();
        byte[] out = new byte[x.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (x[i] != 0 && y[i] == 0 ? 1 : 0);
        }
        return new BinaryMask(a.width(), a.height(), out);
    }

    static BinaryMask or(BinaryMask a, BinaryMask b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        byte[] x = a.bits();
        byte[] y = b.bits();
        byte[] out = new byte[x.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (x[i] != 0 || y[i] != 0 ? 1 : 0);
        }
        return new BinaryMask(a.width(), a.height(), out);
    }
}
