package dev.masklet.media.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

import dev.masklet.media.MediaException;
import dev.masklet.media.VideoSource;

/** Helpers for tests on generated videos. */
final class TestVideos {
    private TestVideos() {
    }

    /**
     * Encodes FFmpeg's moving test pattern with the {@code ffmpeg} command (Debian's build, installed by
     * scripts/setup-system.sh). Used only for what JavaCV's LGPL FFmpeg cannot encode: H.265 (x265 is GPL) and
     * H.264 with B-frames (x264 is GPL; OpenH264 writes none). Decoding is always JavaCV's FFmpeg.
     */
    static void ffmpegCli(Path out, int frames, String... codecArgs) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("ffmpeg", "-v", "error", "-nostdin", "-y", "-f", "lavfi", "-i",
                "testsrc2=size=320x180:rate=25", "-frames:v", Integer.toString(frames)));
        cmd.addAll(List.of(codecArgs));
        cmd.add(out.toString());
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            fail("the ffmpeg command is needed to encode H.265 test files (JavaCV's FFmpeg has no HEVC encoder);"
                    + " install it with scripts/setup-system.sh: " + e.getMessage());
            return;
        }
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "ffmpeg " + cmd + ": " + log);
        if (!Files.isRegularFile(out)) {
            fail("ffmpeg wrote no " + out + ": " + log);
        }
    }

    /** Copies the streams of {@code in} into {@code out} with the ffmpeg command (e.g. to set MP4 flags). */
    static void ffmpegCliRemux(Path in, Path out, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("-c", "copy"));
        cmd.addAll(List.of(args));
        ffmpegCliConvert(in, out, cmd.toArray(String[]::new));
    }

    /** Runs {@code ffmpeg -i in ARGS out}. */
    static void ffmpegCliConvert(Path in, Path out, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("ffmpeg", "-v", "error", "-nostdin", "-y", "-i", in.toString()));
        cmd.addAll(List.of(args));
        cmd.add(out.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "ffmpeg " + cmd + ": " + log);
    }

    static long checksum(byte[] pixels) {
        CRC32 crc = new CRC32();
        crc.update(pixels);
        return crc.getValue();
    }

    /** Checksums of every frame, decoded in order. */
    static long[] sequentialChecksums(VideoSource source) throws MediaException {
        long[] sums = new long[source.frameCount()];
        for (int i = 0; i < sums.length; i++) {
            sums[i] = checksum(source.frame(i).rgb());
        }
        return sums;
    }
}
