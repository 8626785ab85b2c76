package dev.masklet.media.sample;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameRecorder;

import dev.masklet.core.image.RgbImage;
import dev.masklet.media.internal.FfmpegLog;

/**
 * Encodes a {@link SampleScene} as H.264 with FFmpeg (JavaCV's recorder), so no video is kept in git. The container
 * follows the file name: .mkv (Matroska), .mov, .avi, else MP4.
 */
public final class SampleVideoWriter {
    private SampleVideoWriter() {
    }

    public static void write(SampleScene scene, Path out, double fps) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        String name = out.getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT) : "";
        Path tmp = parent.resolve("." + name + ".part." + ext);
        FfmpegLog.quiet();
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(tmp.toFile(), scene.width(), scene.height(), 0);
        recorder.setFormat(switch (ext) {
            case "mkv" -> "matroska";
            case "mov" -> "mov";
            case "avi" -> "avi";
            default -> "mp4";
        });
        recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
        recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
        recorder.setFrameRate(fps);
        recorder.setVideoBitrate(2_000_000);
        recorder.setGopSize(12);
        try {
            recorder.start();
            Frame frame = new Frame(scene.width(), scene.height(), Frame.DEPTH_UBYTE, 3);
            for (int i = 0; i < scene.frames(); i++) {
                RgbImage image = scene.render(i);
                ByteBuffer buf = (ByteBuffer) frame.image[0];
                for (int y = 0; y < scene.height(); y++) {
                    buf.put(y * frame.imageStride, image.rgb(), y * scene.width() * 3, scene.width() * 3);
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
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
