package dev.masklet.media.internal;

import org.bytedeco.ffmpeg.global.avutil;

/**
 * FFmpeg writes its own log to stderr (stream dumps on every open, warnings on damaged files). Masklet reports
 * problems through typed exceptions instead, so only FFmpeg's errors stay visible, for diagnosis.
 */
public final class FfmpegLog {
    private static volatile boolean done;

    private FfmpegLog() {
    }

    public static void quiet() {
        if (!done) {
            avutil.av_log_set_level(avutil.AV_LOG_ERROR);
            done = true;
        }
    }
}
