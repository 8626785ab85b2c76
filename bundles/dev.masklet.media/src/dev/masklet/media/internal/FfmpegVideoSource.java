package dev.masklet.media.internal;

import java.nio.ByteBuffer;
import java.nio.file.Path;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

import dev.masklet.core.image.RgbImage;
import dev.masklet.media.MediaException;
import dev.masklet.media.MediaException.Kind;
import dev.masklet.media.VideoSource;

/**
 * A video file decoded by FFmpeg through JavaCV's grabber, converted to RGB by FFmpeg's swscale and turned upright
 * as the container's rotation asks. Frames are addressed by index; a {@link FrameIndex} built when the file is
 * opened gives each index its presentation time, and every decoded frame is checked against it, so random access
 * returns exactly what decoding in order returns, also with variable frame rates.
 */
public final class FfmpegVideoSource implements VideoSource {
    static {
        FfmpegLog.quiet();
    }

    /** Frames ahead of the decoder that are reached by decoding on rather than seeking (cheaper than a GOP). */
    private static final int DECODE_ON_LIMIT = 16;

    private final Path file;
    private final FFmpegFrameGrabber grabber;
    private final FrameIndex index;
    private final int rotation;
    private final double fps;
    private int nextIndex;
    private int lastIndex = -1;
    private RgbImage last;

    private FfmpegVideoSource(Path file, FFmpegFrameGrabber grabber, FrameIndex index) {
        this.file = file;
        this.grabber = grabber;
        this.index = index;
        this.rotation = Rotation.clockwiseQuarter(grabber.getDisplayRotation());
        this.fps = averageFps(grabber.getFrameRate(), index.averageFps());
    }

    public static FfmpegVideoSource open(Path file) throws MediaException {
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile());
        grabber.setPixelFormat(avutil.AV_PIX_FMT_RGB24);
        // no stream has this number: JavaCV then opens no audio decoder, and no audio frames are decoded on seeks
        grabber.setAudioStream(Integer.MAX_VALUE);
        try {
            grabber.start();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            release(grabber);
            throw notReadable(file, FfmpegLog.describe(e.getMessage()), e);
        }
        if (!grabber.hasVideo() || grabber.getImageWidth() <= 0 || grabber.getImageHeight() <= 0) {
            release(grabber);
            throw notReadable(file, null, null);
        }
        String tooLarge = FrameSizeLimit.problem(grabber.getImageWidth(), grabber.getImageHeight(),
                Runtime.getRuntime().maxMemory());
        if (tooLarge != null) {
            release(grabber);
            throw new MediaException(Kind.TOO_LARGE, file, tooLarge, null);
        }
        FrameIndex index = FrameIndex.scan(file, grabber.getVideoStream());
        if (index.frameCount() == 0) {
            release(grabber);
            throw new MediaException(Kind.NO_FRAMES, file, "holds a video stream without any frame", null);
        }
        // a file whose first frame cannot be decoded is useless: say so now, not later. Its time also tells whether
        // the decoder stamps frames as the index has them (FrameIndex#alignedTo)
        Frame first;
        try {
            first = grabber.grabImage();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            release(grabber);
            throw new MediaException(Kind.DECODE_FAILED, file,
                    "frame 0 could not be decoded (" + FfmpegLog.describe(e.getMessage()) + ")", e);
        }
        if (first == null || first.image == null) {
            release(grabber);
            throw new MediaException(Kind.DECODE_FAILED, file, "frame 0 could not be decoded", null);
        }
        FfmpegVideoSource source = new FfmpegVideoSource(file, grabber, index.alignedTo(first.timestamp));
        if (Math.abs(first.timestamp - source.index.micros(0)) <= 1) {
            source.last = Rotation.rotate(toRgb(first), source.rotation);
            source.lastIndex = 0;
            source.nextIndex = 1;
            return source;
        }
        source.nextIndex = -1; // the decoder is past what it decoded first: frame 0 is sought
        try {
            source.frame(0);
        } catch (MediaException e) {
            source.close();
            throw e;
        }
        return source;
    }

    private static MediaException notReadable(Path file, String ffmpegWords, Throwable cause) {
        StreamProbe.VideoStream stream = StreamProbe.firstVideoStream(file);
        if (stream.undecodableCodec() != null) {
            return new MediaException(Kind.UNSUPPORTED_CODEC, file,
                    "uses the video codec " + stream.undecodableCodec() + ", which this FFmpeg cannot decode", cause);
        }
        if (stream.present()) {
            return new MediaException(Kind.NO_FRAMES, file, "holds a video stream without any frame", cause);
        }
        if (Mp4Boxes.lacksIndex(file)) {
            return new MediaException(Kind.NOT_A_VIDEO, file, "is an MP4/MOV file without its index (no 'moov'"
                    + " box): probably cut short while it was recorded or copied", cause);
        }
        if ("End of file".equals(ffmpegWords)) {
            return new MediaException(Kind.NO_FRAMES, file, "ends before its first frame", cause);
        }
        if (ffmpegWords == null || ffmpegWords.startsWith("Did not find a video")) {
            return new MediaException(Kind.NOT_A_VIDEO, file, "holds no video stream", cause);
        }
        return new MediaException(Kind.NOT_A_VIDEO, file, "is not a video FFmpeg can read (" + ffmpegWords + ")",
                cause);
    }

    /** The container's rate when it agrees with the timestamps (so 25 stays 25.0), else the timestamps' mean. */
    private static double averageFps(double stated, double measured) {
        if (measured <= 0) {
            return stated;
        }
        return stated > 0 && Math.abs(stated - measured) <= 1e-3 * measured ? stated : measured;
    }

    @Override
    public int frameCount() {
        return index.frameCount();
    }

    /** Frames per second; for a variable frame rate the mean over the video. */
    @Override
    public double fps() {
        return fps;
    }

    @Override
    public int width() {
        return rotation % 180 == 0 ? grabber.getImageWidth() : grabber.getImageHeight();
    }

    @Override
    public int height() {
        return rotation % 180 == 0 ? grabber.getImageHeight() : grabber.getImageWidth();
    }

    @Override
    public String codec() {
        // the codec's name, not the decoder's (which could be e.g. "libvpx-vp9" for vp9)
        String name = avcodec.avcodec_get_name(grabber.getVideoCodec()).getString();
        return name == null || name.isEmpty() ? "unknown" : name;
    }

    @Override
    public int rotation() {
        return rotation;
    }

    @Override
    public long timestampMicros(int frame) {
        checkIndex(frame);
        return index.micros(frame) - index.micros(0);
    }

    @Override
    public int frameAt(long micros) {
        return index.frameAt(index.micros(0) + micros);
    }

    @Override
    public synchronized RgbImage frame(int i) throws MediaException {
        checkIndex(i);
        if (i == lastIndex) {
            return last;
        }
        long target = index.micros(i);
        try {
            Frame frame = null;
            if (nextIndex >= 0 && i >= nextIndex && i - nextIndex <= DECODE_ON_LIMIT) {
                frame = decodeOn(i - nextIndex, target);
            }
            if (frame == null) {
                frame = seekAndDecode(i);
            }
            if (frame == null || frame.image == null || Math.abs(frame.timestamp - target) > 1) {
                frame = fromTheStart(i, target);
            }
            if (frame == null || frame.image == null || Math.abs(frame.timestamp - target) > 1) {
                nextIndex = -1;
                throw new MediaException(Kind.DECODE_FAILED, file, "frame " + i + " could not be decoded"
                        + (frame == null ? " (the file ends early)" : ""), null);
            }
            RgbImage image = Rotation.rotate(toRgb(frame), rotation);
            nextIndex = i + 1;
            lastIndex = i;
            last = image;
            return image;
        } catch (FrameGrabber.Exception | RuntimeException e) {
            nextIndex = -1;
            lastIndex = -1;
            throw new MediaException(Kind.DECODE_FAILED, file,
                    "frame " + i + " could not be decoded (" + FfmpegLog.describe(e.getMessage()) + ")", e);
        }
    }

    /** Decodes on from where the decoder is, skipping {@code skip} frames unconverted; null if it lost its place. */
    private Frame decodeOn(int skip, long target) throws FrameGrabber.Exception {
        for (int k = 0; k < skip; k++) {
            Frame f = grabber.grabFrame(false, true, false, false);
            if (f == null || f.timestamp >= target - 1) {
                return null;
            }
        }
        Frame frame = grabber.grabImage();
        return frame != null && Math.abs(frame.timestamp - target) <= 1 ? frame : null;
    }

    /**
     * Decodes from the start of the stream to frame {@code i}: slow, but right where seeking is not. JavaCV's seek
     * loses its place in an AVI holding MPEG-4 Part 2 with packed B-frames (frames come out late, twice, or not at
     * all), while decoding on from the start stamps every frame as {@link FrameIndex#alignedTo} expects.
     */
    private Frame fromTheStart(int i, long target) throws FrameGrabber.Exception {
        grabber.restart();
        return decodeOn(i, target);
    }

    /**
     * Seeks to the key frame before frame {@code i} and decodes on to it. The seek goes to the key frame's own time
     * (from the index), where JavaCV's quick seek stops; asking for frame i's time instead can land on a later key
     * frame in files with B-frames, whose demuxers seek by decoding time (MP4: a key frame decoded before frame i
     * but shown after it). When a demuxer still lands late, the key frame before is tried, down to the first frame.
     */
    private Frame seekAndDecode(int i) throws FrameGrabber.Exception {
        long target = index.micros(i);
        long start = grabber.getFormatContext().start_time();
        long origin = start == avutil.AV_NOPTS_VALUE ? 0 : start;
        int key = index.keyFrameAtOrBefore(i);
        while (true) {
            long keyTime = index.micros(key);
            grabber.setTimestamp(Math.max(0, keyTime - origin), false);
            Frame frame = grabber.grabImage();
            if (frame != null && frame.timestamp <= target + 1) {
                if (i == 0) {
                    while (frame != null && frame.timestamp < target - 1) {
                        frame = grabber.grabImage();
                    }
                } else if (frame.timestamp < target - 1) {
                    long before = index.micros(i - 1);
                    Frame f = frame;
                    // skip unconverted up to the frame before the target (frames shown before the key frame, too)
                    while (f != null && f.timestamp < before - 1) {
                        f = grabber.grabFrame(false, true, false, false);
                    }
                    if (f == null || f.timestamp > before + 1) {
                        return f; // lost its place: reported by the caller
                    }
                    frame = grabber.grabImage();
                }
                return frame;
            }
            if (key == 0) {
                return frame;
            }
            key = index.keyFrameAtOrBefore(key - 1);
        }
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= index.frameCount()) {
            throw new IndexOutOfBoundsException("frame " + i + " of " + index.frameCount());
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
        last = null;
        lastIndex = -1;
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
