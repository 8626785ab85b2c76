package dev.masklet.media.internal;

import java.nio.file.Path;

import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

/**
 * The exact number of frames of a video. Containers with a frame index (MP4, MOV) state it; others (Matroska,
 * WebM, AVI without index, MPEG-TS) only let FFmpeg estimate it from duration × frame rate, which is often off by
 * several frames. There the video packets are counted, which reads the file but decodes nothing.
 */
final class FrameCounter {
    private FrameCounter() {
    }

    /** The frame count the container states, or -1 when it has none. */
    static long stated(FFmpegFrameGrabber grabber) {
        long n = grabber.getFormatContext().streams(grabber.getVideoStream()).nb_frames();
        return n > 0 ? n : -1;
    }

    /** Counts the video packets of the file in a separate demuxer; -1 if the file cannot be read to the end. */
    static long countPackets(Path file) {
        FFmpegFrameGrabber counter = new FFmpegFrameGrabber(file.toFile());
        try {
            counter.start();
            int video = counter.getVideoStream();
            long n = 0;
            AVPacket packet;
            while ((packet = counter.grabPacket()) != null) {
                if (packet.stream_index() == video) {
                    n++;
                }
            }
            return n;
        } catch (FrameGrabber.Exception | RuntimeException e) {
            return -1;
        } finally {
            try {
                counter.release();
            } catch (FrameGrabber.Exception e) {
                // counting is over either way
            }
        }
    }
}
