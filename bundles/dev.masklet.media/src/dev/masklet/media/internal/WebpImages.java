package dev.masklet.media.internal;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.file.Path;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Reads a WebP still (X-AnyLabeling's and many web datasets' image format) with JavaCV's FFmpeg, which has a WebP
 * decoder; {@code javax.imageio} has none. The first frame of an animated WebP is taken.
 */
public final class WebpImages {
    private WebpImages() {
    }

    /** The image, or an IllegalStateException saying in plain words why it cannot be read. */
    public static BufferedImage read(Path file) {
        FfmpegLog.quiet();
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.setPixelFormat(avutil.AV_PIX_FMT_RGB24);
            grabber.start();
            Frame frame = grabber.grabImage();
            if (frame == null || frame.image == null) {
                throw new IllegalStateException("it holds no picture");
            }
            int w = frame.imageWidth;
            int h = frame.imageHeight;
            ByteBuffer data = (ByteBuffer) frame.image[0];
            int stride = frame.imageStride;
            BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            int[] row = new int[w];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int i = y * stride + 3 * x;
                    row[x] = (data.get(i) & 0xFF) << 16 | (data.get(i + 1) & 0xFF) << 8 | data.get(i + 2) & 0xFF;
                }
                image.setRGB(0, y, w, 1, row, 0, w);
            }
            grabber.stop();
            return image;
        } catch (FrameGrabber.Exception e) {
            throw new IllegalStateException(FfmpegLog.describe(e.getMessage()), e);
        }
    }
}
