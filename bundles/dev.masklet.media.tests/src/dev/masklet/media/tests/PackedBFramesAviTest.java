package dev.masklet.media.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.masklet.core.image.RgbImage;
import dev.masklet.media.VideoSource;
import dev.masklet.media.VideoSources;

/**
 * A real film in a format older footage often has: OpenCV's sample Megamind.avi (Debian's opencv-doc, which the
 * project's set-up installs), MPEG-4 Part 2 (Xvid) with packed B-frames in AVI. Its packets carry only decoding
 * times and the decoder stamps each frame one packet late; frames were read wrongly or not at all before the index
 * took that into account. The film starts on a black frame; the command-line ffmpeg decodes the same pictures.
 */
class PackedBFramesAviTest {
    static final Path FILM = Paths.get("/usr/share/doc/opencv-doc/examples/data/Megamind.avi");

    @Test
    void everyFrameDecodesInOrderAndAtRandomAlike() throws Exception {
        assertTrue(Files.isRegularFile(FILM), FILM + " is missing: scripts/setup-system.sh installs opencv-doc");
        try (VideoSource video = VideoSources.open(FILM)) {
            // 270 packets; the last picture leaves the decoder only at the end of the stream, with no time
            assertEquals(269, video.frameCount());
            assertEquals(720, video.width());
            assertEquals(528, video.height());
            List<byte[]> inOrder = new ArrayList<>();
            for (int i = 0; i < video.frameCount(); i++) {
                inOrder.add(video.frame(i).rgb().clone());
            }
            assertTrue(mean(inOrder.get(0)) < 1, "the film's first frame is black");
            assertTrue(mean(inOrder.get(1)) > 20, "the first picture follows it");
            for (int i : new int[] {100, 5, 0, 268, 154, 1, 153, 200, 199, 98}) {
                RgbImage again = video.frame(i);
                assertArrayEquals(inOrder.get(i), again.rgb(), "frame " + i + " read at random is the frame read in order");
            }
        }
    }

    private static double mean(byte[] rgb) {
        long sum = 0;
        for (byte b : rgb) {
            sum += b & 0xff;
        }
        return sum / (double) rgb.length;
    }
}
