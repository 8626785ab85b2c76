package dev.masklet.media.sample;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameRecorder;

import dev.masklet.core.image.RgbImage;
import dev.masklet.media.internal.FfmpegLog;

/**
 * Encodes a {@link SampleScene} with FFmpeg (JavaCV's recorder), so no video is kept in git. The container follows
 * the file name: .mkv (Matroska), .webm, .mov, .avi, else MP4. JavaCV's FFmpeg is the LGPL build: it encodes H.264
 * (OpenH264), VP9 (libvpx) and MJPEG, but not H.265 (x265 is GPL).
 */
public final class SampleVideoWriter {
    /** Codecs this writer can encode with JavaCV's FFmpeg. */
    public enum Codec {
        H264, VP9, MJPEG
    }

    /**
     * How to encode.
     *
     * @param fps frame rate (the time base is 1/fps)
     * @param rotation clockwise degrees players are asked to turn the picture (display matrix), 0 for none
     * @param frameTimes for variable frame rates: frame {@code i} is shown at {@code frameTimes[i] / fps} seconds
     *            (strictly increasing); null for one frame every 1/fps
     * @param gop frames from one key frame to the next
     */
    public record Encoding(Codec codec, double fps, int rotation, int[] frameTimes, int gop) {
        public static Encoding of(Codec codec, double fps) {
            return new Encoding(codec, fps, 0, null, 12);
        }

        public Encoding rotated(int clockwise) {
            return new Encoding(codec, fps, clockwise, frameTimes, gop);
        }

        public Encoding withFrameTimes(int... times) {
            return new Encoding(codec, fps, rotation, times, gop);
        }

        public Encoding withGop(int frames) {
            return new Encoding(codec, fps, rotation, frameTimes, frames);
        }
    }

    private SampleVideoWriter() {
    }

    /** H.264 at {@code fps}. */
    public static void write(SampleScene scene, Path out, double fps) throws IOException {
        write(scene, out, Encoding.of(Codec.H264, fps));
    }

    public static void write(SampleScene scene, Path out, Encoding encoding) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        String name = out.getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        Path tmp = parent.resolve("." + name + ".part." + ext);
        FfmpegLog.quiet();
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(tmp.toFile(), scene.width(), scene.height(), 0);
        recorder.setFormat(switch (ext) {
            case "mkv" -> "matroska";
            case "webm" -> "webm";
            case "mov" -> "mov";
            case "avi" -> "avi";
            default -> "mp4";
        });
        configure(recorder, encoding);
        try {
            recorder.start();
            Frame frame = new Frame(scene.width(), scene.height(), Frame.DEPTH_UBYTE, 3);
            for (int i = 0; i < scene.frames(); i++) {
                RgbImage image = scene.render(i);
                ByteBuffer buf = (ByteBuffer) frame.image[0];
                for (int y = 0; y < scene.height(); y++) {
                    buf.put(y * frame.imageStride, image.rgb(), y * scene.width() * 3, scene.width() * 3);
                }
                if (encoding.frameTimes() != null) {
                    recorder.setFrameNumber(encoding.frameTimes()[i]); // the frame's pts in 1/fps units
                }
                recorder.record(frame, avutil.AV_PIX_FMT_RGB24);
            }
            recorder.stop();
        } catch (FrameRecorder.Exception e) {
            throw new IOException("could not encode " + out + ": " + e.getMessage(), e);
        } finally {
            try {
                recorder.release();
            } catch (FrameRecorder.Exception e) {
                // the encoded file (or the error above) is what matters
            }
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void configure(FFmpegFrameRecorder recorder, Encoding encoding) {
        recorder.setFrameRate(encoding.fps());
        recorder.setGopSize(encoding.gop());
        switch (encoding.codec()) {
            case H264 -> {
                recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
                recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
                recorder.setVideoBitrate(2_000_000);
            }
            case VP9 -> {
                recorder.setVideoCodecName("libvpx-vp9");
                recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
                recorder.setVideoBitrate(1_000_000);
                recorder.setVideoOption("deadline", "realtime"); // fast enough for tests; quality is not the point
                recorder.setVideoOption("cpu-used", "8");
            }
            case MJPEG -> {
                recorder.setVideoCodec(avcodec.AV_CODEC_ID_MJPEG);
                recorder.setPixelFormat(avutil.AV_PIX_FMT_YUVJ420P);
                recorder.setVideoQuality(4); // qscale: every frame is a key frame anyway
            }
        }
        if (encoding.rotation() != 0) {
            // JavaCV's angle is counter-clockwise (it stores a clockwise matrix of -angle)
            recorder.setDisplayRotation(-encoding.rotation());
        }
    }
}
