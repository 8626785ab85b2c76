package dev.masklet.engine.onnx.internal.mobilesam;

import java.io.IOException;
import java.util.LinkedHashMap;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;

import dev.masklet.core.image.FrameProvider;
import dev.masklet.core.image.RgbImage;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.ImageEmbedding;
import dev.masklet.engine.SegmentationEngine;

/**
 * What a tracking session reads of the video, each kept only as long as a step needs it: the latest frame's pixels
 * and image-encoder output (the encoder runs once per frame for all objects) and the two latest frames in grey for
 * point tracking. Not thread-safe: the session calls it under its own lock.
 */
final class SessionFrames {
    private final SegmentationEngine engine;
    private final FrameProvider frames;
    /**
     * Grey frames for point tracking, least recently used first (access order: the frame a step reads is never the
     * one dropped for the next, whichever direction the previous propagation ran).
     */
    private final LinkedHashMap<Integer, Mat> greys = new LinkedHashMap<>(4, 0.75f, true);
    private int embeddedFrame = -1;
    private ImageEmbedding embedding;
    private int imageFrame = -1;
    private RgbImage image;

    SessionFrames(SegmentationEngine engine, FrameProvider frames) {
        this.engine = engine;
        this.frames = frames;
    }

    /** The frame as an 8-bit grey image for point tracking; the two latest are kept. */
    Mat grey(int frame) throws EngineException {
        Mat m = greys.get(frame);
        if (m == null) {
            RgbImage rgb = image(frame);
            m = new Mat();
            try (PointerScope scope = new PointerScope()) {
                Mat colour = new Mat(rgb.height(), rgb.width(), opencv_core.CV_8UC3, new BytePointer(rgb.rgb()));
                opencv_imgproc.cvtColor(colour, m, opencv_imgproc.COLOR_RGB2GRAY);
            }
            greys.put(frame, m);
            while (greys.size() > 2) {
                Integer oldest = greys.keySet().iterator().next();
                greys.remove(oldest).close();
            }
        }
        return m;
    }

    ImageEmbedding embedding(int frame) throws EngineException {
        if (frame != embeddedFrame) {
            embedding = engine.encode(image(frame));
            embeddedFrame = frame;
        }
        return embedding;
    }

    RgbImage image(int frame) throws EngineException {
        if (frame != imageFrame) {
            try {
                image = frames.frame(frame);
            } catch (IOException e) {
                throw new EngineException("frame " + frame + " cannot be read: " + e.getMessage(), e);
            }
            imageFrame = frame;
        }
        return image;
    }

    /** Lets go of everything read (the native grey frames included). */
    void clear() {
        embedding = null;
        embeddedFrame = -1;
        image = null;
        imageFrame = -1;
        greys.values().forEach(Mat::close);
        greys.clear();
    }
}
