package dev.masklet.media.internal;

import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;

import java.nio.file.Path;

import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Tells apart "not a video" from "a video in a codec this FFmpeg cannot decode" after JavaCV failed to open a file.
 * JavaCV skips video streams whose codec FFmpeg does not know and then reports that the file has no stream at all,
 * which would send users looking for a damaged file when they need a different codec.
 */
final class StreamProbe {
    private StreamProbe() {
    }

    /** What the container says about its first video stream. */
    record VideoStream(boolean present, String undecodableCodec) {
        static final VideoStream NONE = new VideoStream(false, null);
    }

    /**
     * The container's first video stream: whether there is one, and the name (or four-character code) of its
     * codec when FFmpeg has no decoder for it.
     */
    static VideoStream firstVideoStream(Path file) {
        AVFormatContext ctx = new AVFormatContext(null);
        if (avformat_open_input(ctx, file.toAbsolutePath().toString(), null, null) < 0) {
            return VideoStream.NONE;
        }
        try {
            avformat_find_stream_info(ctx, (PointerPointer<?>) null); // may fail on a stream without frames
            for (int i = 0; i < ctx.nb_streams(); i++) {
                AVCodecParameters par = ctx.streams(i).codecpar();
                if (par.codec_type() != avutil.AVMEDIA_TYPE_VIDEO
                        || (ctx.streams(i).disposition() & avformat.AV_DISPOSITION_ATTACHED_PIC) != 0) {
                    continue;
                }
                if (par.codec_id() == avcodec.AV_CODEC_ID_NONE) {
                    return new VideoStream(true, "'" + fourcc(par.codec_tag()) + "'");
                }
                if (avcodec_find_decoder(par.codec_id()) == null) {
                    return new VideoStream(true, avcodec_get_name(par.codec_id()).getString());
                }
                return new VideoStream(true, null);
            }
            return VideoStream.NONE;
        } finally {
            avformat_close_input(ctx);
        }
    }

    private static String fourcc(int tag) {
        StringBuilder s = new StringBuilder(4);
        for (int i = 0; i < 4; i++) {
            char c = (char) ((tag >>> (8 * i)) & 0xff);
            s.append(c >= 32 && c < 127 ? c : '?');
        }
        return s.toString();
    }
}
