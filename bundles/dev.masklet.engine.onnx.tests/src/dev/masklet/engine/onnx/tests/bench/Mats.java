package dev.masklet.engine.onnx.tests.bench;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.opencv_core.Mat;

/** Copies between OpenCV matrices and Java arrays (bulk copies: JavaCPP's indexers are slow and noisy). */
final class Mats {
    private Mats() {
    }

    /** A new matrix holding a copy of {@code data}: {@code rows x cols} of an 8-bit {@code type}. */
    static Mat of(byte[] data, int cols, int rows, int type) {
        Mat m = new Mat(rows, cols, type);
        m.data().put(data, 0, data.length);
        return m;
    }

    /** A new one-channel float matrix holding a copy of {@code data}. */
    static Mat of(float[] data, int cols, int rows, int type) {
        Mat m = new Mat(rows, cols, type);
        new FloatPointer(m.data()).put(data, 0, data.length);
        return m;
    }

    /** The bytes of an 8-bit matrix, row after row. */
    static byte[] bytes(Mat m) {
        Mat dense = m.isContinuous() ? m : m.clone();
        byte[] out = new byte[(int) (dense.total() * dense.channels())];
        dense.data().get(out);
        return out;
    }

    /** The image after a JPEG round trip at {@code quality}: blocking and ringing as in compressed footage. */
    static Mat jpeg(Mat bgr, int quality) {
        BytePointer buffer = new BytePointer();
        opencv_imgcodecs.imencode(".jpg", bgr, buffer,
                new IntPointer(opencv_imgcodecs.IMWRITE_JPEG_QUALITY, quality));
        Mat encoded = new Mat(1, (int) buffer.limit(), CV_8UC1, buffer);
        return opencv_imgcodecs.imdecode(encoded, opencv_imgcodecs.IMREAD_COLOR);
    }
}
