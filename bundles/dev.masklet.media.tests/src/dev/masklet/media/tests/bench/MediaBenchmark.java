package dev.masklet.media.tests.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;

import dev.masklet.media.CachedVideoSource;
import dev.masklet.media.MediaException;
import dev.masklet.media.MediaSettings;
import dev.masklet.media.VideoSource;
import dev.masklet.media.VideoSources;
import dev.masklet.media.sample.SampleScene;
import dev.masklet.media.sample.SampleVideoWriter;
import dev.masklet.media.sample.SampleVideoWriter.Codec;
import dev.masklet.media.sample.SampleVideoWriter.Encoding;

/**
 * Decoding speed and memory of dev.masklet.media (a main class, not a test; run by scripts/bench-media.sh):
 * sequential and random-access frames/s for generated 720p and 1080p H.264 (with JavaCV's bare grabber as the
 * reference for sequential decoding), and the process RSS while scrubbing a 10 000-frame video at random through
 * {@link CachedVideoSource} with two frame cache sizes. Prints the figures and writes a Markdown report.
 */
public final class MediaBenchmark {
    private static final double FPS = 25;

    private final Path work;
    private final int frames;
    private final int randomReads;
    private final int longFrames;
    private final int scrubReads;
    private final int[] cacheMbs;
    private final int gop;
    private final List<String> report = new ArrayList<>();

    private MediaBenchmark(Path work, int frames, int randomReads, int longFrames, int scrubReads, int[] cacheMbs,
            int gop) {
        this.work = work;
        this.frames = frames;
        this.randomReads = randomReads;
        this.longFrames = longFrames;
        this.scrubReads = scrubReads;
        this.cacheMbs = cacheMbs;
        this.gop = gop;
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of("target/bench-media");
        Path reportFile = Path.of("target/bench-media-report.md");
        int frames = 250;
        int randomReads = 60;
        int longFrames = 10_000;
        int scrubReads = 4_000;
        int[] cacheMbs = {64, 256};
        int gop = 50;
        String only = "all";
        boolean append = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--work" -> work = Path.of(args[++i]);
                case "--report" -> reportFile = Path.of(args[++i]);
                case "--frames" -> frames = Integer.parseInt(args[++i]);
                case "--random" -> randomReads = Integer.parseInt(args[++i]);
                case "--long-frames" -> longFrames = Integer.parseInt(args[++i]);
                case "--scrub" -> scrubReads = Integer.parseInt(args[++i]);
                case "--gop" -> gop = Integer.parseInt(args[++i]);
                case "--only" -> only = args[++i];
                case "--append" -> append = true;
                case "--cache-mb" -> cacheMbs = java.util.Arrays.stream(args[++i].split(","))
                        .mapToInt(Integer::parseInt).toArray();
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; options: --frames N"
                        + " --random N --long-frames N --scrub N --gop N --cache-mb A,B --work DIR --report FILE"
                        + " --only decode|scrub --append");
            }
        }
        Files.createDirectories(work);
        MediaBenchmark bench = new MediaBenchmark(work, frames, randomReads, longFrames, scrubReads, cacheMbs, gop);
        bench.run(only);
        Files.createDirectories(reportFile.toAbsolutePath().getParent());
        if (append) {
            Files.write(reportFile, bench.report, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } else {
            Files.write(reportFile, bench.report);
        }
        System.out.println("report: " + reportFile.toAbsolutePath());
    }

    private void run(String only) throws Exception {
        if (!only.equals("scrub")) {
            line("# Media decoding benchmark");
            line("");
            line("Run " + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + " on "
                    + Runtime.getRuntime().availableProcessors() + " cores, load average at start "
                    + loadAverage() + ", Java " + System.getProperty("java.version") + ", max heap "
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MB.");
            line("");
            line("## Decode speed, H.264 (OpenH264 via JavaCV), " + frames + " frames, key frame every " + gop
                    + " frames, " + FPS + " fps");
            line("");
            line("| video | open (index scan) | sequential, Masklet | sequential, bare JavaCV grabber | ratio |"
                    + " random access (" + randomReads + " frames) | ms per random frame |");
            line("| --- | --: | --: | --: | --: | --: | --: |");
            decodeSpeed(1280, 720);
            decodeSpeed(1920, 1080);
            line("");
            line("Sequential: every frame in order through `VideoSource.frame(i)` (decode, RGB conversion by"
                    + " swscale, copy into a new Java array). Bare grabber: `FFmpegFrameGrabber.grabImage()` to"
                    + " RGB24 with no copy. Best of two runs each, alternating, after a warm-up. Random access:"
                    + " frames at seeded random indexes on an open source (seek to the key frame before, decode on,"
                    + " check the timestamp).");
            line("");
        }
        if (!only.equals("decode")) {
            scrub();
        }
        load("Load average at the end: " + loadAverage() + ".");
        line("");
    }

    private void decodeSpeed(int w, int h) throws Exception {
        Path file = work.resolve("h264-" + h + "p.mp4");
        if (!Files.isRegularFile(file)) {
            long t0 = System.nanoTime();
            SampleVideoWriter.write(new SampleScene(w, h, frames), file, Encoding.of(Codec.H264, FPS).withGop(gop));
            System.out.printf(Locale.ROOT, "encoded %s in %.1f s%n", file, (System.nanoTime() - t0) / 1e9);
        }
        // Masklet and the bare grabber alternate, after one warm-up each, so both see the same machine load;
        // the better of two runs each is reported
        sequentialFps(file);
        bareGrabberFps(file);
        double seqFps = 0;
        double bareFps = 0;
        for (int run = 0; run < 2; run++) {
            seqFps = Math.max(seqFps, sequentialFps(file));
            bareFps = Math.max(bareFps, bareGrabberFps(file));
        }
        long t0 = System.nanoTime();
        VideoSource source = VideoSources.open(file);
        double openMs = (System.nanoTime() - t0) / 1e6;
        Random random = new Random(42);
        t0 = System.nanoTime();
        for (int k = 0; k < randomReads; k++) {
            source.frame(random.nextInt(source.frameCount()));
        }
        double randomSeconds = (System.nanoTime() - t0) / 1e9;
        source.close();
        String row = String.format(Locale.ROOT, "| %dx%d | %.0f ms | %.1f frames/s | %.1f frames/s | %.2f |"
                + " %.1f frames/s | %.0f |", w, h, openMs, seqFps, bareFps, seqFps / bareFps,
                randomReads / randomSeconds, 1000 * randomSeconds / randomReads);
        line(row);
        System.out.println(row);
    }

    private static double sequentialFps(Path file) throws MediaException {
        try (VideoSource source = VideoSources.open(file)) {
            long t0 = System.nanoTime();
            for (int i = 0; i < source.frameCount(); i++) {
                source.frame(i);
            }
            return source.frameCount() / ((System.nanoTime() - t0) / 1e9);
        }
    }

    private static double bareGrabberFps(Path file) throws Exception {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.setPixelFormat(avutil.AV_PIX_FMT_RGB24);
            grabber.start();
            long t0 = System.nanoTime();
            int n = 0;
            while (grabber.grabImage() != null) {
                n++;
            }
            return n / ((System.nanoTime() - t0) / 1e9);
        }
    }

    private void scrub() throws IOException, MediaException {
        int w = 640;
        int h = 360;
        Path file = work.resolve("long-" + longFrames + ".mp4");
        if (!Files.isRegularFile(file)) {
            long t0 = System.nanoTime();
            SampleVideoWriter.write(new SampleScene(w, h, longFrames), file, Encoding.of(Codec.H264, FPS).withGop(gop));
            System.out.printf(Locale.ROOT, "encoded %s in %.1f s%n", file, (System.nanoTime() - t0) / 1e9);
        }
        line("### Memory while scrubbing " + longFrames + " frames (" + w + "x" + h + " H.264, key frame every " + gop
                + ")");
        line("");
        line("`CachedVideoSource.withSettings` (prefetch " + CachedVideoSource.DEFAULT_PREFETCH + " frames) over one"
                + " `VideoSource`, " + scrubReads + " reads at seeded random frames, the cache size set through"
                + " `-D" + MediaSettings.FRAME_CACHE_PROPERTY + "`. One frame is " + (w * h * 3 / 1024)
                + " KB decoded. RSS from /proc/self/status; heap is what is in use after a full GC (max heap "
                + (Runtime.getRuntime().maxMemory() >> 20) + " MB). Load average at start " + loadAverage() + ".");
        line("");
        line("| cache setting | after reads | frames cached | cached MB | heap live MB | process RSS MB | reads/s |");
        line("| --: | --: | --: | --: | --: | --: | --: |");
        for (int mb : cacheMbs) {
            System.setProperty(MediaSettings.FRAME_CACHE_PROPERTY, Integer.toString(mb));
            long frameBytes = (long) w * h * 3;
            long tOpen = System.nanoTime();
            VideoSources.open(file).close();
            double firstMs = (System.nanoTime() - tOpen) / 1e6;
            tOpen = System.nanoTime();
            VideoSource opened = VideoSources.open(file);
            double againMs = (System.nanoTime() - tOpen) / 1e6;
            String openLine = String.format(Locale.ROOT, "Opening the %d-frame file (%.1f MB), its packet scan"
                    + " included: %.0f ms the first time in this JVM (FFmpeg's libraries load then), %.0f ms"
                    + " again.", opened.frameCount(), Files.size(file) / 1048576.0, firstMs, againMs);
            try (CachedVideoSource source = CachedVideoSource.withSettings(opened)) {
                Random random = new Random(7);
                int step = Math.max(1, scrubReads / 5);
                long t0 = System.nanoTime();
                long tPart = t0;
                int done = 0;
                while (done < scrubReads) {
                    source.frame(random.nextInt(source.frameCount()));
                    done++;
                    if (done % step == 0 || done == scrubReads) {
                        double readsPerSecond = step / ((System.nanoTime() - tPart) / 1e9);
                        String row = String.format(Locale.ROOT, "| %d MB | %d | %d | %.1f | %d | %d | %.1f |", mb,
                                done, source.cachedBytes() / frameBytes, source.cachedBytes() / 1048576.0,
                                liveHeapMb(), rssMb(), readsPerSecond);
                        line(row);
                        System.out.println(row);
                        tPart = System.nanoTime();
                    }
                }
            }
            line("");
            load(openLine);
        }
        System.clearProperty(MediaSettings.FRAME_CACHE_PROPERTY);
        line("");
    }

    private static long liveHeapMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    private static long rssMb() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmRSS:")) {
                    return Long.parseLong(l.replaceAll("[^0-9]", "")) >> 10;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: reported as -1
        }
        return -1;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private void load(String text) {
        line(text);
        System.out.println(text);
    }

    private void line(String text) {
        report.add(text);
    }
}
