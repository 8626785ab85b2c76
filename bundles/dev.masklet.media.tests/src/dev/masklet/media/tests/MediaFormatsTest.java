package dev.masklet.media.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;

import dev.masklet.media.VideoSource;
import dev.masklet.media.VideoSources;
import dev.masklet.media.sample.SampleScene;
import dev.masklet.media.sample.SampleVideoWriter;
import dev.masklet.media.sample.SampleVideoWriter.Codec;
import dev.masklet.media.sample.SampleVideoWriter.Encoding;

/**
 * Every container and codec the issue names, encoded here by FFmpeg and decoded by JavaCV's FFmpeg: exact frame
 * count, codec name, and random access (jumps forward, backward, to the ends) giving the same pixels as decoding
 * in order, compared by checksum. Frames all differ, so a seek that lands one frame off is caught.
 */
class MediaFormatsTest {
    private static final int FRAMES = 40;

    @TempDir
    static Path dir;

    private interface Writer {
        void write(Path file) throws Exception;
    }

    private static Writer javacv(Codec codec) {
        return file -> SampleVideoWriter.write(new SampleScene(320, 180, FRAMES), file, Encoding.of(codec, 25));
    }

    @TestFactory
    Stream<DynamicTest> everyFormatIsCountedExactlyAndSeeksFrameExactly() {
        return Stream.of(
                format("h264.mp4", "h264", javacv(Codec.H264)),
                format("h264.mkv", "h264", javacv(Codec.H264)),
                format("h264.mov", "h264", javacv(Codec.H264)),
                format("h264.avi", "h264", javacv(Codec.H264)),
                // x264 with B-frames: presentation order differs from decoding order
                format("h264-bframes.mp4", "h264", f -> TestVideos.ffmpegCli(f, FRAMES, "-c:v", "libx264",
                        "-preset", "ultrafast", "-bf", "3", "-g", "12", "-pix_fmt", "yuv420p")),
                // H.265 from the ffmpeg command: JavaCV's LGPL FFmpeg has HEVC decoding but no HEVC encoder
                format("h265.mp4", "hevc", f -> TestVideos.ffmpegCli(f, FRAMES, "-c:v", "libx265", "-preset",
                        "ultrafast", "-x265-params", "keyint=12:log-level=error", "-pix_fmt", "yuv420p")),
                format("h265-bframes.mkv", "hevc", f -> TestVideos.ffmpegCli(f, FRAMES, "-c:v", "libx265",
                        "-preset", "fast", "-x265-params", "keyint=12:bframes=4:log-level=error", "-pix_fmt",
                        "yuv420p")),
                format("vp9.mkv", "vp9", javacv(Codec.VP9)),
                format("vp9.webm", "vp9", javacv(Codec.VP9)),
                format("mjpeg.avi", "mjpeg", javacv(Codec.MJPEG)));
    }

    private static DynamicTest format(String name, String codec, Writer writer) {
        Executable check = () -> {
            Path file = dir.resolve(name);
            writer.write(file);
            long[] sequential;
            try (VideoSource source = VideoSources.open(file)) {
                assertEquals(FRAMES, source.frameCount(), name + ": frame count");
                assertEquals(codec, source.codec(), name + ": codec");
                assertEquals(25.0, source.fps(), 0.01, name + ": fps");
                assertEquals(320, source.width(), name);
                assertEquals(180, source.height(), name);
                assertFalse(VideoSources.hasVariableFrameRate(source), name + ": constant frame rate");
                assertEquals(1_600_000, VideoSources.durationMicros(source), 1000, name + ": duration");
                sequential = TestVideos.sequentialChecksums(source);
            }
            assertEquals(FRAMES, Arrays.stream(sequential).distinct().count(), name + ": every frame differs");
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < FRAMES; i++) {
                order.add(i);
            }
            Collections.shuffle(order, new Random(name.hashCode()));
            order.addAll(List.of(FRAMES - 1, 0, 13, 12, 11, 25, 24, FRAMES - 1, 1));
            try (VideoSource source = VideoSources.open(file)) {
                for (int i : order) {
                    assertEquals(sequential[i], TestVideos.checksum(source.frame(i).rgb()),
                            name + ": frame " + i + " by random access");
                }
            }
            for (int i : new int[] {FRAMES - 1, 17, 6}) { // a fresh source whose first access is a jump
                try (VideoSource source = VideoSources.open(file)) {
                    assertEquals(sequential[i], TestVideos.checksum(source.frame(i).rgb()), name + ": frame " + i);
                }
            }
        };
        return DynamicTest.dynamicTest(name, check);
    }
}
