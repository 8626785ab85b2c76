package dev.masklet.media.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.masklet.core.image.RgbImage;
import dev.masklet.media.FrameFolderSource;
import dev.masklet.media.MediaException;

/** A folder of images as a video: natural order, exact 8-bit pixels, the formats users have, clear errors. */
class FrameFolderSourceTest {
    private static BufferedImage image(int w, int h, int type, int rgb) {
        BufferedImage image = new BufferedImage(w, h, type);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, x == 0 && y == 0 ? 0x102030 : rgb);
            }
        }
        return image;
    }

    private static void write(BufferedImage image, String format, Path file) throws IOException {
        assertTrue(ImageIO.write(image, format, file.toFile()), "no writer for " + format);
    }

    @Test
    void framesComeInNaturalOrderWithExactPixels(@TempDir Path dir) throws Exception {
        write(image(8, 6, BufferedImage.TYPE_3BYTE_BGR, 0xC83214), "png", dir.resolve("frame10.png"));
        write(image(8, 6, BufferedImage.TYPE_INT_RGB, 0x0A0B0C), "png", dir.resolve("frame2.png"));
        write(image(8, 6, BufferedImage.TYPE_3BYTE_BGR, 0x7F7F7F), "bmp", dir.resolve("Frame1.BMP"));
        write(image(8, 6, BufferedImage.TYPE_INT_ARGB, 0xFF112233), "png", dir.resolve("frame11.png"));
        write(image(8, 6, BufferedImage.TYPE_3BYTE_BGR, 0x808080), "jpg", dir.resolve("frame12.jpg"));
        write(image(8, 6, BufferedImage.TYPE_3BYTE_BGR, 0x3C5A78), "tiff", dir.resolve("frame13.tiff"));
        Files.writeString(dir.resolve("notes.txt"), "not a frame");
        Files.createDirectory(dir.resolve("sub.png"));

        try (FrameFolderSource source = FrameFolderSource.open(dir)) {
            List<String> names = new ArrayList<>();
            source.files().forEach(p -> names.add(p.getFileName().toString()));
            assertEquals(List.of("Frame1.BMP", "frame2.png", "frame10.png", "frame11.png", "frame12.jpg",
                    "frame13.tiff"), names);
            assertEquals(6, source.frameCount());
            assertEquals(8, source.width());
            assertEquals(6, source.height());
            assertEquals("bmp", source.codec());
            assertEquals(0, source.rotation());
            assertEquals(FrameFolderSource.DEFAULT_FPS, source.fps());

            assertEquals(0x7F7F7F, source.frame(0).pixel(3, 3));
            assertEquals(0x0A0B0C, source.frame(1).pixel(3, 3));
            RgbImage tenth = source.frame(2);
            assertEquals(0xC83214, tenth.pixel(5, 4));
            assertEquals(0x102030, tenth.pixel(0, 0));
            assertEquals(0x112233, source.frame(3).pixel(7, 5), "alpha is dropped");
            int jpeg = source.frame(4).pixel(4, 4);
            assertTrue(Math.abs((jpeg >> 16 & 0xFF) - 0x80) <= 4, Integer.toHexString(jpeg));
            assertEquals(0x3C5A78, source.frame(5).pixel(2, 2), "TIFF is lossless");
            assertThrows(IndexOutOfBoundsException.class, () -> source.frame(6));
        }
    }

    /**
     * X-AnyLabeling's own image format: a lossless WebP (encoded here by the ffmpeg command, as TestVideos does for
     * what JavaCV cannot encode) is read with the PNG's exact pixels, beside a PNG in the same folder.
     */
    @Test
    void webpFramesAreReadWithExactPixels(@TempDir Path dir) throws Exception {
        BufferedImage picture = image(10, 6, BufferedImage.TYPE_INT_RGB, 0x3366CC);
        picture.setRGB(7, 4, 0xFA0511);
        Path png = Files.createDirectories(dir.resolve("in")).resolve("source.png"); // a subfolder is no frame
        write(picture, "png", png);
        Path webp = dir.resolve("shot1.webp");
        TestVideos.ffmpegCliConvert(png, webp, "-c:v", "libwebp", "-lossless", "1");
        write(image(10, 6, BufferedImage.TYPE_INT_RGB, 0x0A0B0C), "png", dir.resolve("shot2.png"));
        byte[] before = Files.readAllBytes(webp);
        try (FrameFolderSource folder = FrameFolderSource.open(dir)) {
            assertEquals(2, folder.frameCount());
            assertEquals("webp", folder.codec());
            RgbImage first = folder.frame(0);
            assertEquals(10, first.width());
            assertEquals(0x102030, first.pixel(0, 0) & 0xFFFFFF, "the corner marker");
            assertEquals(0x3366CC, first.pixel(5, 2) & 0xFFFFFF);
            assertEquals(0xFA0511, first.pixel(7, 4) & 0xFFFFFF);
            assertEquals(0x0A0B0C, folder.frame(1).pixel(3, 3) & 0xFFFFFF);
        }
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(webp)), "the WebP keeps its bytes");
    }

    @Test
    void grayImagesAreReplicatedAndTheirValuesKept(@TempDir Path dir) throws Exception {
        BufferedImage gray = new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY);
        gray.getRaster().setSample(1, 2, 0, 77);
        write(gray, "png", dir.resolve("0.png"));
        try (FrameFolderSource source = FrameFolderSource.open(dir)) {
            assertEquals(0x4D4D4D, source.frame(0).pixel(1, 2));
            assertEquals(0, source.frame(0).pixel(0, 0));
            assertEquals("png", source.codec());
        }
    }

    @Test
    void badFoldersAreNamed(@TempDir Path dir) throws Exception {
        MediaException missing = assertThrows(MediaException.class,
                () -> FrameFolderSource.open(dir.resolve("nowhere")));
        assertEquals(MediaException.Kind.NOT_FOUND, missing.kind());
        assertTrue(missing.getMessage().contains("nowhere"));

        MediaException empty = assertThrows(MediaException.class, () -> FrameFolderSource.open(dir));
        assertEquals(MediaException.Kind.NO_FRAMES, empty.kind());

        write(image(8, 6, BufferedImage.TYPE_3BYTE_BGR, 0), "png", dir.resolve("a1.png"));
        write(image(9, 6, BufferedImage.TYPE_3BYTE_BGR, 0), "png", dir.resolve("a2.png"));
        Files.writeString(dir.resolve("a3.png"), "truncated");
        try (FrameFolderSource source = FrameFolderSource.open(dir)) {
            MediaException size = assertThrows(MediaException.class, () -> source.frame(1));
            assertTrue(size.getMessage().contains("a2.png") && size.getMessage().contains("9x6"), size.getMessage());
            MediaException broken = assertThrows(MediaException.class, () -> source.frame(2));
            assertTrue(broken.getMessage().contains("a3.png"), broken.getMessage());
        }
    }

    @Test
    void naturalOrder() {
        List<String> names = new ArrayList<>(List.of("img10.png", "img9.png", "IMG1.png", "img01.png", "img1a.png",
                "img.png"));
        names.sort(FrameFolderSource::naturalCompare);
        assertEquals(List.of("img.png", "IMG1.png", "img01.png", "img1a.png", "img9.png", "img10.png"), names);
    }
}
