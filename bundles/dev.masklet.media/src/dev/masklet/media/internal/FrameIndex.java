package dev.masklet.media.internal;

import java.nio.file.Path;
import java.util.Arrays;

import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

/**
 * The presentation time of every frame of a video, in frame order, from one pass over its packets (read, not
 * decoded). Why not the container's frame count and {@code index / fps}: Matroska, WebM and AVI without index
 * only let FFmpeg estimate the count (often off by several frames), and in a variable-frame-rate video frame
 * {@code N} is not at {@code N / fps}. Timestamps are in microseconds exactly as JavaCV computes a decoded frame's
 * {@code Frame.timestamp} from its pts, so a decoded frame is matched to its index by equality.
 */
public final class FrameIndex {
    private final long[] micros;
    private final boolean[] key;

    private FrameIndex(long[] micros, boolean[] key) {
        this.micros = micros;
        this.key = key;
    }

    /** Reads the video stream's packets of {@code file}; a file that breaks off is indexed up to where it breaks. */
    static FrameIndex scan(Path file, int videoStream) {
        FFmpegFrameGrabber demuxer = new FFmpegFrameGrabber(file.toFile());
        long[] ts = new long[1024];
        int n = 0;
        try {
            demuxer.start(); // stream info read as for decoding, so stream numbers match; packets are not decoded
            AVRational tb = demuxer.getFormatContext().streams(videoStream).time_base();
            AVPacket packet;
            while ((packet = demuxer.grabPacket()) != null) {
                if (packet.stream_index() != videoStream) {
                    continue;
                }
                long pts = packet.pts() != avutil.AV_NOPTS_VALUE ? packet.pts() : packet.dts();
                if (pts == avutil.AV_NOPTS_VALUE) {
                    continue; // a packet without any time carries no frame of its own (e.g. a codec header)
                }
                if (n == ts.length) {
                    ts = Arrays.copyOf(ts, n * 2);
                }
                // time and key-frame flag in one sortable number: 2 t + flag keeps the order of t
                boolean keyFrame = (packet.flags() & avcodec.AV_PKT_FLAG_KEY) != 0;
                ts[n++] = 2 * micros(pts, tb) + (keyFrame ? 1 : 0);
            }
        } catch (FrameGrabber.Exception | RuntimeException e) {
            // a truncated or damaged file: keep the frames found before the damage
        } finally {
            try {
                demuxer.release();
            } catch (FrameGrabber.Exception e) {
                // indexing is over either way
            }
        }
        long[] sorted = Arrays.copyOf(ts, n);
        Arrays.sort(sorted); // decode order -> presentation order (B-frames)
        long[] micros = new long[n];
        boolean[] key = new boolean[n];
        int frames = 0;
        for (long packed : sorted) {
            long t = Math.floorDiv(packed, 2);
            if (frames > 0 && micros[frames - 1] == t) {
                key[frames - 1] |= packed != 2 * t; // two packets for one time: one frame
                continue;
            }
            micros[frames] = t;
            key[frames++] = packed != 2 * t;
        }
        return new FrameIndex(Arrays.copyOf(micros, frames), Arrays.copyOf(key, frames));
    }

    /**
     * This index as the decoder stamps the frames, given the time of the first frame it decodes. Some decoders stamp a
     * frame with the time of a later packet: an MPEG-4 Part 2 (Xvid, DivX) stream with packed B-frames in AVI, whose
     * packets carry only decoding times, comes out one frame late (frame 0 stamped with packet 1's time, and so on).
     * When the first decoded frame has the time of frame {@code k} (1 to 3) of the index, every frame takes the time
     * of the frame {@code k} later. The last {@code k} frames come out only when the decoder is flushed at the end of
     * the stream, with no time (JavaCV stamps them 0), so they cannot be found by time and are left out. Any other
     * first time leaves the index as it is.
     */
    FrameIndex alignedTo(long firstDecoded) {
        int n = micros.length;
        int k = 1;
        while (k <= 3 && k < n && micros[k] != firstDecoded) {
            k++;
        }
        if (micros[0] == firstDecoded || k > 3 || k >= n) {
            return this;
        }
        // a key packet starts decoding at the frame it completes: the flags stay with their frame numbers
        return new FrameIndex(Arrays.copyOfRange(micros, k, n), Arrays.copyOf(key, n - k));
    }

    /** JavaCV's formula for {@code Frame.timestamp} (FFmpegFrameGrabber.grabFrame). */
    static long micros(long pts, AVRational tb) {
        return 1_000_000L * pts * tb.num() / tb.den();
    }

    public int frameCount() {
        return micros.length;
    }

    /** Presentation time of frame {@code index}, microseconds, as in the file (not shifted to start at 0). */
    public long micros(int index) {
        return micros[index];
    }

    /** The frame shown at {@code time} (same scale as {@link #micros(int)}): the last one starting at or before it. */
    public int frameAt(long time) {
        int i = Arrays.binarySearch(micros, time);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    /** The last frame at or before {@code index} whose packet is a key frame (decoding can start there); 0 if none. */
    public int keyFrameAtOrBefore(int index) {
        for (int i = index; i > 0; i--) {
            if (key[i]) {
                return i;
            }
        }
        return 0;
    }

    /** Mean frame rate over the video: (frames - 1) / (last time - first time); 0 when it cannot be told. */
    public double averageFps() {
        int n = micros.length;
        if (n < 2 || micros[n - 1] <= micros[0]) {
            return 0;
        }
        return (n - 1) * 1_000_000.0 / (micros[n - 1] - micros[0]);
    }
}
