package dev.masklet.media.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.masklet.core.image.RgbImage;
import dev.masklet.media.VideoSource;
import dev.masklet.media.VideoSources;
import dev.masklet.media.sample.SampleScene;
import dev.masklet.media.sample.SampleVideoWriter;
import dev.masklet.media.sample.SampleVideoWriter.Codec;
import dev.masklet.media.sample.SampleVideoWriter.Encoding;

/** Rotation from the display matrix and variable frame rates, on generated files. */
class MetadataTest {
    private static final SampleScene SCENE = new SampleScene(320, 180, 24);

    @TempDir
    Path dir;

    @Test
    void aQuarterTurnIsAppliedToPixelsAndSize() throws Exception {
        for (int clockwise : new int[] {90, 270, 180}) {
            Path file = dir.resolve("rotated " + clockwise + ".mp4");
            SampleVideoWriter.write(SCENE, file, Encoding.of(Codec.H264, 25).rotated(clockwise));
            try (VideoSource source = VideoSources.open(file)) {
                assertFalse(VideoSources.hasVariableFrameRate(source));
                assertEquals(clockwise, source.rotation());
                boolean quarter = clockwise != 180;
                assertEquals(quarter ? 180 : 320, source.width(), clockwise + "°: width");
                assertEquals(quarter ? 320 : 180, source.height(), clockwise + "°: height");
                for (int frame : new int[] {0, 11, 23}) {
                    RgbImage image = source.frame(frame);
                    assertEquals(source.width(), image.width());
                    assertEquals(source.height(), image.height());
                    double[] disk = SCENE.geometry(SampleScene.DISK, frame);
                    int[] at = turned((int) disk[0], (int) disk[1], clockwise);
                    int p = image.pixel(at[0], at[1]);
                    assertTrue((p >> 16 & 0xff) > 160 && (p >> 8 & 0xff) < 90, clockwise + "°, frame " + frame
                            + ": the disk is where the turned picture has it: " + Integer.toHexString(p));
                    double[] square = SCENE.geometry(SampleScene.SQUARE, frame);
                    int[] sq = turned((int) square[0], (int) square[1], clockwise);
                    int q = image.pixel(sq[0], sq[1]);
                    assertTrue((q & 0xff) > 150 && (q >> 16 & 0xff) < 90, clockwise + "°, frame " + frame
                            + ": the square too: " + Integer.toHexString(q));
                }
            }
        }
    }

    /**
     * A rotation set the way FFmpeg's own tool sets it (a rotate tag, remuxed) comes out exactly as FFmpeg's players
     * show it: the ffmpeg command's automatic rotation gives the same upright pixels.
     */
    @Test
    void rotationAgreesWithFfmpegsOwnAutorotate() throws Exception {
        Path landscape = dir.resolve("landscape.mp4");
        TestVideos.ffmpegCli(landscape, 10, "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p");
        Path portrait = dir.resolve("portrait.mp4");
        TestVideos.ffmpegCliRemux(landscape, portrait, "-metadata:s:v:0", "rotate=90");
        Path upright = dir.resolve("frame4.rgb");
        // frame 4, turned upright by the ffmpeg command (autorotate is on by default), as raw RGB
        TestVideos.ffmpegCliConvert(portrait, upright, "-vf", "select=eq(n\\,4)", "-frames:v", "1", "-f", "rawvideo",
                "-pix_fmt", "rgb24");
        byte[] expected = java.nio.file.Files.readAllBytes(upright);
        try (VideoSource source = VideoSources.open(portrait)) {
            assertTrue(source.rotation() == 90 || source.rotation() == 270, "rotation " + source.rotation());
            assertEquals(180, source.width());
            assertEquals(320, source.height());
            byte[] actual = source.frame(4).rgb();
            assertEquals(expected.length, actual.length);
            long diff = 0;
            for (int i = 0; i < actual.length; i++) {
                diff += Math.abs((actual[i] & 0xff) - (expected[i] & 0xff));
            }
            // same decoder family, same conversion: equal up to rounding in other FFmpeg versions
            assertTrue((double) diff / actual.length < 1.0, "mean difference " + (double) diff / actual.length);
        }
    }

    /** Where pixel (x, y) of the 320x180 scene is after turning the picture clockwise. */
    private static int[] turned(int x, int y, int clockwise) {
        int w = SCENE.width();
        int h = SCENE.height();
        return switch (clockwise) {
            case 90 -> new int[] {h - 1 - y, x};
            case 180 -> new int[] {w - 1 - x, h - 1 - y};
            default -> new int[] {y, w - 1 - x};
        };
    }

    @Test
    void variableFrameRateIsAddressedByPresentationTimestamps() throws Exception {
        // times in 1/30 s: runs at 30, 15 and 10 fps, then 30 again
        int[] times = {0, 1, 2, 3, 4, 6, 8, 10, 12, 15, 18, 21, 24, 27, 28, 29, 30, 31, 32, 33, 36, 39, 40, 41};
        for (String name : new String[] {"vfr.mp4", "vfr.mkv"}) {
            Path file = dir.resolve(name);
            SampleVideoWriter.write(SCENE, file, Encoding.of(Codec.H264, 30).withFrameTimes(times));
            try (VideoSource source = VideoSources.open(file)) {
                assertEquals(times.length, source.frameCount(), name + ": every frame counted, none invented");
                for (int i = 0; i < times.length; i++) {
                    long expected = Math.round(times[i] * 1_000_000.0 / 30);
                    assertEquals(expected, source.timestampMicros(i), 1000, name + ": time of frame " + i);
                    assertEquals(i, source.frameAt(source.timestampMicros(i)), name + ": frame at its own time");
                    if (i + 1 < times.length) {
                        long between = (source.timestampMicros(i) + source.timestampMicros(i + 1)) / 2;
                        assertEquals(i, source.frameAt(between), name + ": frame shown between " + i + " and next");
                    }
                }
                assertTrue(VideoSources.hasVariableFrameRate(source), name);
                // average: (n - 1) frame intervals over the span from the first to the last frame
                assertEquals((times.length - 1) * 30.0 / times[times.length - 1], source.fps(), 0.05, name + ": fps");
                long[] sequential = TestVideos.sequentialChecksums(source);
                for (int i : new int[] {20, 9, 10, 3, 23, 0, 14}) {
                    // index i is the i-th picture drawn, whatever its time
                    RgbImage image = source.frame(i);
                    assertEquals(sequential[i], TestVideos.checksum(image.rgb()), name + ": frame " + i);
                    double[] disk = SCENE.geometry(SampleScene.DISK, i);
                    int p = image.pixel((int) disk[0], (int) disk[1]);
                    assertTrue((p >> 16 & 0xff) > 160, name + ": frame " + i + " shows picture " + i);
                }
            }
        }
    }
}
