package dev.masklet.media.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.masklet.core.image.RgbImage;
import dev.masklet.media.MediaException;
import dev.masklet.media.MediaException.Kind;
import dev.masklet.media.VideoSource;
import dev.masklet.media.VideoSources;
import dev.masklet.media.internal.FrameSizeLimit;
import dev.masklet.media.sample.SampleScene;
import dev.masklet.media.sample.SampleVideoWriter;
import dev.masklet.media.sample.SampleVideoWriter.Codec;
import dev.masklet.media.sample.SampleVideoWriter.Encoding;

/**
 * Files that are not what they claim: each is a typed {@link MediaException} naming the file, or works. The text
 * file named .mp4, the truncated MP4 and the missing file are in {@link VideoSourceTest}.
 */
class BadMediaFilesTest {
    @TempDir
    Path dir;

    /**
     * Header and trailer, not one frame. FFmpeg's Matroska demuxer stops at the end of the file before any frame;
     * its MP4 demuxer drops a track without samples, so that file holds no video stream at all.
     */
    @Test
    void aVideoWithoutFramesIsReported() throws Exception {
        for (String name : new String[] {"empty.mkv", "empty.mp4"}) {
            Path file = dir.resolve(name);
            FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), 160, 90, 0);
            recorder.setFormat(name.endsWith("mkv") ? "matroska" : "mp4");
            recorder.setVideoCodecName("mjpeg");
            recorder.setPixelFormat(org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ420P);
            recorder.setFrameRate(25);
            recorder.start();
            recorder.stop();
            recorder.release();
            MediaException e = assertThrows(MediaException.class, () -> VideoSources.open(file), name);
            assertTrue(e.getMessage().contains(name), e.getMessage());
            if (name.endsWith("mkv")) {
                assertEquals(Kind.NO_FRAMES, e.kind(), e.getMessage());
                assertTrue(e.getMessage().endsWith("ends before its first frame"), e.getMessage());
            } else {
                assertEquals(Kind.NOT_A_VIDEO, e.kind(), e.getMessage());
                assertTrue(e.getMessage().endsWith("holds no video stream"), e.getMessage());
            }
        }
    }

    /** An AVI whose codec FFmpeg does not know: the MJPEG four-character codes replaced by 'ZZZZ'. */
    @Test
    void anUnknownCodecIsUnsupportedCodecNotADamagedFile() throws Exception {
        Path mjpeg = dir.resolve("m.avi");
        SampleVideoWriter.write(new SampleScene(160, 90, 5), mjpeg, Encoding.of(Codec.MJPEG, 25));
        byte[] bytes = Files.readAllBytes(mjpeg);
        int replaced = 0;
        byte[] mjpg = "MJPG".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + 4 <= Math.min(bytes.length, 4096); i++) { // the headers only, not the JPEG data
            if (Arrays.equals(bytes, i, i + 4, mjpg, 0, 4)) {
                System.arraycopy("ZZZZ".getBytes(StandardCharsets.US_ASCII), 0, bytes, i, 4);
                replaced++;
            }
        }
        assertTrue(replaced > 0, "the AVI header names MJPG");
        Path odd = dir.resolve("odd codec.avi");
        Files.write(odd, bytes);
        MediaException e = assertThrows(MediaException.class, () -> VideoSources.open(odd));
        assertEquals(Kind.UNSUPPORTED_CODEC, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("odd codec.avi") && e.getMessage().contains("ZZZZ"), e.getMessage());
    }

    /** A Matroska file cut short still opens with the frames before the cut; a broken last frame is a typed error. */
    @Test
    void aTruncatedMatroskaFileKeepsTheFramesBeforeTheCut() throws Exception {
        Path whole = dir.resolve("whole.mkv");
        SampleVideoWriter.write(new SampleScene(160, 90, 40), whole, Encoding.of(Codec.H264, 25));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.mkv");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length * 6 / 10));
        try (VideoSource source = VideoSources.open(cut)) {
            assertTrue(source.frameCount() > 5 && source.frameCount() < 40, "frames before the cut: "
                    + source.frameCount());
            for (int i = source.frameCount() - 1; i >= 0; i--) {
                try {
                    assertEquals(160 * 90 * 3, source.frame(i).rgb().length);
                } catch (MediaException e) {
                    assertEquals(Kind.DECODE_FAILED, e.kind());
                    assertTrue(e.getMessage().contains("cut.mkv") && i >= source.frameCount() - 2, e.getMessage());
                }
            }
        }
    }

    /** An MP4 with its index in front (fast start) cut short: the index promises frames whose data is gone. */
    @Test
    void aTruncatedFastStartMp4FailsOnlyOnTheMissingFrames() throws Exception {
        Path whole = dir.resolve("faststart.mp4");
        SampleVideoWriter.write(new SampleScene(160, 90, 40), dir.resolve("plain.mkv"), Encoding.of(Codec.MJPEG, 25));
        TestVideos.ffmpegCliRemux(dir.resolve("plain.mkv"), whole, "-movflags", "+faststart");
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut fast.mp4");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        try (VideoSource source = VideoSources.open(cut)) {
            RgbImage first = source.frame(0);
            assertEquals(160, first.width());
            int ok = 0;
            for (int i = 0; i < source.frameCount(); i++) {
                try {
                    source.frame(i);
                    ok++;
                } catch (MediaException e) {
                    assertEquals(Kind.DECODE_FAILED, e.kind());
                    assertTrue(e.getMessage().contains("cut fast.mp4") && e.getMessage().contains("frame " + i),
                            e.getMessage());
                }
            }
            assertTrue(ok >= 10 && ok <= 25, "about half the frames decode: " + ok);
        } catch (MediaException e) {
            // also acceptable: refused when opened, as long as it says what and where
            assertTrue(e.getMessage().contains("cut fast.mp4"), e.getMessage());
        }
    }

    /** 8K (7680 x 4320) decodes: one RGB frame is 100 MB, within a quarter of the test JVM's heap. */
    @Test
    void an8kFrameDecodes() throws Exception {
        Path file = dir.resolve("8k.avi");
        SampleScene scene = new SampleScene(7680, 4320, 3);
        SampleVideoWriter.write(scene, file, Encoding.of(Codec.MJPEG, 25));
        try (VideoSource source = VideoSources.open(file)) {
            assertEquals(7680, source.width());
            assertEquals(4320, source.height());
            assertEquals(3, source.frameCount());
            RgbImage frame = source.frame(2);
            double[] disk = scene.geometry(SampleScene.DISK, 2);
            int p = frame.pixel((int) disk[0], (int) disk[1]);
            assertTrue((p >> 16 & 0xff) > 160 && (p >> 8 & 0xff) < 90, Integer.toHexString(p));
        }
        assertNull(FrameSizeLimit.problem(7680, 4320, 4L << 30), "8K fits a 4 GB heap");
        assertNull(FrameSizeLimit.problem(7680, 4320, 1L << 30), "and a 1 GB one");
    }

    /** Beyond the limit the file is refused when opened, with the size and what to do, not an OutOfMemoryError. */
    @Test
    void framesBeyondTheHeapAreRefusedWithTheSize() {
        String problem = FrameSizeLimit.problem(16384, 16384, 2L << 30);
        assertNotNull(problem, "a 16K x 16K frame (768 MB) does not fit a quarter of 2 GB");
        assertTrue(problem.contains("16384x16384") && problem.contains("MASKLET_HEAP"), problem);
        assertNotNull(FrameSizeLimit.problem(40000, 40000, 64L << 30), "no Java array holds 4.8 GB");
    }

    /** Using a source after closing it (a late background read) is a typed error, never a crash in FFmpeg. */
    @Test
    void readingAClosedSourceIsATypedError() throws Exception {
        Path file = dir.resolve("c.mkv");
        SampleVideoWriter.write(new SampleScene(160, 90, 30), file, Encoding.of(Codec.H264, 25));
        VideoSource source = VideoSources.open(file);
        source.frame(3);
        source.close();
        for (int i : new int[] {4, 25, 0}) {
            MediaException e = assertThrows(MediaException.class, () -> source.frame(i));
            assertEquals(Kind.DECODE_FAILED, e.kind());
        }
        source.close(); // twice is harmless
    }

    @Test
    void pathsWithSpacesAndLettersOfOtherScriptsOpen() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("données vidéo/映像 クリップ"));
        for (String name : new String[] {"clip ü ß.webm", "фильм 1.mkv", "動画.avi"}) {
            Path file = folder.resolve(name);
            Codec codec = name.endsWith("webm") ? Codec.VP9 : name.endsWith("avi") ? Codec.MJPEG : Codec.H264;
            SampleVideoWriter.write(new SampleScene(160, 90, 6), file, Encoding.of(codec, 25));
            try (VideoSource source = VideoSources.open(file)) {
                assertEquals(6, source.frameCount(), name);
                assertEquals(160 * 90 * 3, source.frame(5).rgb().length, name);
            }
        }
        MediaException e = assertThrows(MediaException.class,
                () -> VideoSources.open(folder.resolve("pas là é.mp4")));
        assertTrue(e.getMessage().contains("pas là é.mp4"), e.getMessage());
    }
}
