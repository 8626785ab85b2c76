package dev.masklet.media.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;

/**
 * FFmpeg writes its own log to stderr (stream dumps on every open, warnings on damaged files). Masklet reports
 * problems through typed exceptions with FFmpeg's error text instead, so the log is off unless asked for.
 */
public final class FfmpegLog {
    private static volatile boolean done;

    private FfmpegLog() {
    }

    private static final Pattern ERROR_CODE = Pattern.compile("error (-\\d+)");

    /**
     * Turns a JavaCV exception message ("avformat_open_input() error -1094995529: Could not open input ... (Has
     * setFormat() been called?)") into FFmpeg's own words for the error code, e.g. "Invalid data found when
     * processing input"; JavaCV's hints to programmers mean nothing to users.
     */
    public static String describe(String javacvMessage) {
        if (javacvMessage == null) {
            return "no details";
        }
        Matcher m = ERROR_CODE.matcher(javacvMessage);
        if (m.find()) {
            try (BytePointer buf = new BytePointer(256)) {
                buf.fill(0);
                if (avutil.av_strerror(Integer.parseInt(m.group(1)), buf, 256) == 0) {
                    byte[] bytes = new byte[256];
                    buf.get(bytes);
                    int end = 0;
                    while (end < bytes.length && bytes[end] != 0) {
                        end++;
                    }
                    return new String(bytes, 0, end, java.nio.charset.StandardCharsets.UTF_8);
                }
            } catch (NumberFormatException e) {
                // fall through to the first line
            }
        }
        int nl = javacvMessage.indexOf('\n');
        return nl < 0 ? javacvMessage : javacvMessage.substring(0, nl);
    }

    /** Silences FFmpeg's log; {@code MASKLET_FFMPEG_LOG=1} keeps its errors, for diagnosing a file. */
    public static void quiet() {
        if (!done) {
            boolean verbose = "1".equals(System.getenv("MASKLET_FFMPEG_LOG"));
            avutil.av_log_set_level(verbose ? avutil.AV_LOG_ERROR : avutil.AV_LOG_QUIET);
            done = true;
        }
    }
}
