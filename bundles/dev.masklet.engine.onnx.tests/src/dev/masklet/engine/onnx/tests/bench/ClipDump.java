package dev.masklet.engine.onnx.tests.bench;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.global.opencv_imgcodecs;

import dev.masklet.core.image.RgbImage;
import dev.masklet.core.mask.BinaryMask;

/**
 * Writes a clip's frames as PNG for a person to look at: {@code NAME/frame-007.png} as the tracker sees it and
 * {@code NAME/truth-007.png} with each object's truth tinted in its own colour and outlined.
 */
public final class ClipDump {
    /** Tints per object id 1, 2, ... (R, G, B). */
    private static final int[][] COLOURS = {{255, 60, 60}, {60, 140, 255}, {255, 220, 40}, {60, 230, 90},
            {230, 80, 255}};

    private ClipDump() {
    }

    /** Writes every frame of the clip under {@code folder/clip name}; returns that folder. */
    public static Path write(RealPhotoClip clip, Path folder) throws IOException {
        Path out = Files.createDirectories(folder.resolve(clip.name()));
        for (int f = 0; f < clip.frameCount(); f++) {
            RgbImage frame = clip.frame(f);
            byte[] overlay = frame.rgb().clone();
            List<Integer> ids = clip.objectIds();
            for (int k = 0; k < ids.size(); k++) {
                tint(overlay, clip.truth(ids.get(k), f), COLOURS[k % COLOURS.length]);
            }
            png(frame.rgb(), out.resolve(String.format("frame-%03d.png", f)));
            png(overlay, out.resolve(String.format("truth-%03d.png", f)));
        }
        return out;
    }

    private static void tint(byte[] rgb, BinaryMask mask, int[] colour) {
        int w = mask.width();
        int h = mask.height();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (!mask.get(x, y)) {
                    continue;
                }
                boolean edge = x == 0 || y == 0 || x == w - 1 || y == h - 1 || !mask.get(x - 1, y)
                        || !mask.get(x + 1, y) || !mask.get(x, y - 1) || !mask.get(x, y + 1);
                int i = 3 * (y * w + x);
                for (int k = 0; k < 3; k++) {
                    int v = edge ? colour[k] : ((rgb[i + k] & 0xff) + colour[k]) / 2;
                    rgb[i + k] = (byte) v;
                }
            }
        }
    }

    private static void png(byte[] rgb, Path file) throws IOException {
        byte[] bgr = rgb.clone();
        for (int i = 0; i < bgr.length; i += 3) {
            byte r = bgr[i];
            bgr[i] = bgr[i + 2];
            bgr[i + 2] = r;
        }
        try (PointerScope scope = new PointerScope()) {
            if (!opencv_imgcodecs.imwrite(file.toString(),
                    Mats.of(bgr, RealPhotoClip.WIDTH, RealPhotoClip.HEIGHT, CV_8UC3))) {
                throw new IOException("cannot write " + file);
            }
        }
    }
}
