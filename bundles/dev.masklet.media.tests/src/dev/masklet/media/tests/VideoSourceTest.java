package dev.masklet.media.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.masklet.core.image.RgbImage;
import dev.masklet.media.MediaException;
import dev.masklet.media.VideoSource;
import dev.masklet.media.VideoSources;
import dev.masklet.media.sample.SampleScene;
import dev.masklet.media.sample.SampleVideoWriter;

/** Real FFmpeg encoding and decoding of a generated H.264 clip whose content is known exactly. */
class VideoSourceTest {
    private static final SampleScene SCENE = new SampleScene(320, 180, 30);

    @TempDir
    static Path dir;
    static Path clip;

    @BeforeAll
    static void writeClip() throws IOException {
        // a space and non-ASCII letters in the path, as users have them
        clip = dir.resolve("vidéo de test.mp4");
        SampleVideoWriter.write(SCENE, clip, 25);
    }

    @Test
    void metadataOfTheGeneratedClip() throws MediaException {
        try (VideoSource source = VideoSources.open(clip)) {
            assertEquals(30, source.frameCount());
            assertEquals(25.0, source.fps(), 0.01);
            assertEquals(320, source.width());
            assertEquals(180, source.height());
            assertEquals("h264", source.codec());
            assertEquals(0, source.rotation());
        }
    }

    @Test
    void decodedPixelsShowTheObjectsWhereTheSceneDrewThem() throws MediaException {
        try (VideoSource source = VideoSources.open(clip)) {
            for (int frame : new int[] {0, 17, 29}) {
                RgbImage image = source.frame(frame);
                double[] disk = SCENE.geometry(SampleScene.DISK, frame);
                int p = image.pixel((int) disk[0], (int) disk[1]);
                assertTrue((p >> 16 & 0xff) > 160 && (p >> 8 & 0xff) < 90, "frame " + frame + " disk centre is red: "
                        + Integer.toHexString(p));
                double[] square = SCENE.geometry(SampleScene.SQUARE, frame);
                int q = image.pixel((int) square[0], (int) square[1]);
                assertTrue((q & 0xff) > 150 && (q >> 16 & 0xff) < 90, "frame " + frame + " square centre is blue: "
                        + Integer.toHexString(q));
            }
        }
    }

    @Test
    void seekingGivesTheSamePixelsAsDecodingInOrder() throws MediaException {
        byte[][] sequential = new byte[30][];
        try (VideoSource source = VideoSources.open(clip)) {
            for (int i = 0; i < 30; i++) {
                sequential[i] = source.frame(i).rgb();
            }
        }
        try (VideoSource source = VideoSources.open(clip)) {
            for (int i : new int[] {21, 3, 14, 29, 0, 13}) {
                assertArrayEquals(sequential[i], source.frame(i).rgb(), "frame " + i);
            }
        }
        assertTrue(!Arrays.equals(sequential[0], sequential[29]), "the clip moves");
    }

    /** Matroska and AVI state no frame count; the packets are counted instead of trusting duration x fps. */
    @Test
    void frameCountsAreExactInContainersWithoutAFrameIndex() throws IOException, MediaException {
        for (String name : new String[] {"clip.mkv", "clip.avi", "clip.mov"}) {
            SampleScene scene = new SampleScene(160, 96, 23);
            Path file = dir.resolve(name);
            SampleVideoWriter.write(scene, file, 30);
            try (VideoSource source = VideoSources.open(file)) {
                assertEquals(23, source.frameCount(), name);
                byte[] last = source.frame(22).rgb();
                byte[] first = source.frame(0).rgb();
                assertArrayEquals(last, source.frame(22).rgb(), name + ": the last frame decodes the same twice");
                assertTrue(!Arrays.equals(first, last), name);
            }
        }
    }

    @Test
    void aTextFileNamedMp4IsNotAVideo() throws IOException {
        Path fake = dir.resolve("notes.mp4");
        Files.writeString(fake, "these are meeting notes, not a video\n".repeat(20));
        MediaException e = assertThrows(MediaException.class, () -> VideoSources.open(fake));
        assertEquals(MediaException.Kind.NOT_A_VIDEO, e.kind());
        assertTrue(e.getMessage().contains("notes.mp4"), e.getMessage());
        // FFmpeg's words for the problem, not JavaCV's hints to programmers
        assertTrue(e.getMessage().contains("Invalid data found"), e.getMessage());
        assertTrue(!e.getMessage().contains("setFormat"), e.getMessage());
    }

    @Test
    void aTruncatedMp4IsReported() throws IOException {
        byte[] whole = Files.readAllBytes(clip);
        Path cut = dir.resolve("cut.mp4");
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
        MediaException e = assertThrows(MediaException.class, () -> VideoSources.open(cut));
        assertEquals(MediaException.Kind.NOT_A_VIDEO, e.kind());
        // the index (moov) is written last, so a cut recording has none: said in words, not "Invalid data"
        assertTrue(e.getMessage().contains("cut.mp4") && e.getMessage().contains("without its index"),
                e.getMessage());
    }

    @Test
    void aMissingFileIsReported() {
        MediaException e = assertThrows(MediaException.class, () -> VideoSources.open(dir.resolve("nope.mp4")));
        assertEquals(MediaException.Kind.NOT_FOUND, e.kind());
    }
}
