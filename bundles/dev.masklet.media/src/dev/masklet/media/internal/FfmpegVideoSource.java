package dev.masklet.media.internal;

import java.nio.ByteBuffer;
import java.nio.file.Path;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

import dev.masklet.core.image.RgbImage;
import dev.masklet.media.MediaException;
import dev.masklet.media.MediaException.Kind;
import dev.masklet.media.VideoSource;

/** A video file decoded by FFmpeg through JavaCV's grabber, converted to RGB by FFmpeg's swscale. */
public final class FfmpegVideoSource implements VideoSource {
    static {
        FfmpegLog.quiet();
    }

    private final Path file;
    private final FFmpegFrameGrabber grabber;
    private final int frameCount;
    private int nextIndex;

    private FfmpegVideoSource(Path file, FFmpegFrameGrabber grabber, int frameCount) {
        this.file = file;
        this.grabber = grabber;
        this.frameCount = frameCount;
    }

    public static FfmpegVideoSource open(Path file) throws MediaException {
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile());
        grabber.setPixelFormat(avutil.AV_PIX_FMT_RGB24);
        try {
            grabber.start();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            release(grabber);
            throw new MediaException(Kind.NOT_A_VIDEO, file,
                    "is not a video FFmpeg can read (" + FfmpegLog.describe(e.getMessage()) + ")", e);
        }
        if (!grabber.hasVideo() || grabber.getImageWidth() <= 0 || grabber.getImageHeight() <= 0) {
            release(grabber);
            throw new MediaException(Kind.NOT_A_VIDEO, file, "holds no video stream", null);
        }
        long stated = FrameCounter.stated(grabber);
        long counted = stated > 0 ? stated : FrameCounter.countPackets(file);
        int frames = (int) (counted > 0 ? counted : grabber.getLengthInVideoFrames());
        FfmpegVideoSource source = new FfmpegVideoSource(file, grabber, frames);
        try {
            source.frame(0); // a file whose first frame cannot be decoded is useless: say so now, not later
        } catch (MediaException e) {
            source.close();
            throw e;
        }
        if (frames <= 0) {
            source.close();
            throw new MediaException(Kind.NO_FRAMES, file, "holds no frames", null);
        }
        return source;
    }

    @Override
    public int frameCount() {
        return frameCount;
    }

    @Override
    public double fps() {
        return grabber.getFrameRate();
    }

    @Override
    public int width() {
        return grabber.getImageWidth();
    }

    @Override
    public int height() {
        return grabber.getImageHeight();
    }

    @Override
    public String codec() {
        String name = grabber.getVideoCodecName();
        return name == null ? "unknown" : name;
    }

    @Override
    public int rotation() {
        // FFmpeg reports the display matrix counter-clockwise; users and players speak clockwise
        int ccw = (int) Math.round(grabber.getDisplayRotation());
        return Math.floorMod(-ccw, 360);
    }

    @Override
    public synchronized RgbImage frame(int index) throws MediaException {
        if (index < 0 || (frameCount > 0 && index >= frameCount)) {
            throw new IndexOutOfBoundsException("frame " + index + " of " + frameCount);
        }
        try {
            if (index != nextIndex) {
                grabber.setVideoFrameNumber(index);
            }
            Frame frame = grabber.grabImage();
            if (frame == null || frame.image == null) {
                throw new MediaException(Kind.DECODE_FAILED, file, "frame " + index + " could not be decoded", null);
            }
            nextIndex = index + 1;
            return toRgb(frame);
        } catch (FrameGrabber.Exception | RuntimeException e) {
            nextIndex = -1;
            throw new MediaException(Kind.DECODE_FAILED, file,
                    "frame " + index + " could not be decoded (" + FfmpegLog.describe(e.getMessage()) + ")", e);
        }
    }

    private static RgbImage toRgb(Frame frame) {
        int w = frame.imageWidth;
        int h = frame.imageHeight;
        ByteBuffer buf = (ByteBuffer) frame.image[0];
        int stride = frame.imageStride; // in bytes for 8-bit images; rows may be padded
        byte[] rgb = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            buf.get(y * stride, rgb, y * w * 3, w * 3);
        }
        return new RgbImage(w, h, rgb);
    }

    @Override
    public synchronized void close() {
        release(grabber);
    }

    private static void release(FFmpegFrameGrabber grabber) {
        try {
            grabber.release();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            // nothing useful to do: the file is being abandoned
        }
    }
}
