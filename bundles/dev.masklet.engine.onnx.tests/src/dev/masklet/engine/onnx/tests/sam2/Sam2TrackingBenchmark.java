package dev.masklet.engine.onnx.tests.sam2;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

import dev.masklet.engine.onnx.internal.sam2.Sam2FrameResult;
import dev.masklet.engine.onnx.internal.sam2.Sam2MemoryStats;
import dev.masklet.engine.onnx.internal.sam2.Sam2Config;
import dev.masklet.engine.onnx.internal.sam2.Sam2Model;
import dev.masklet.engine.onnx.internal.sam2.Sam2ObjectResult;
import dev.masklet.engine.onnx.internal.sam2.Sam2Prompt;
import dev.masklet.engine.onnx.internal.sam2.Sam2Timings;
import dev.masklet.engine.onnx.internal.sam2.Sam2Timings.Phase;
import dev.masklet.engine.onnx.internal.sam2.Sam2TrackerOptions;
import dev.masklet.engine.onnx.internal.sam2.Sam2VideoTracker;

/**
 * SAM 2 tracking benchmark on the micro fixture model (real SAM 2.1 interface sizes, so the memory attention, mask
 * decoder and memory encoder cost what they cost at every model size; only the vision encoder is tiny). Not a test:
 * run it with {@code scripts/bench-sam2.sh}, which builds the classpath. It tracks a generated 640x360 clip (frames
 * made on demand, like decoding) and prints and writes:
 * <ul>
 * <li>process RSS after 100 frames and after the last frame of a long single-object run (10 000 frames, or as many
 * as fit in the time budget), with the memory bank's size;</li>
 * <li>the mean time per steady-state frame (memory bank full) split into vision encoder, memory attention, mask
 * decoder, memory encoder and the host steps around them, and the host loop's overhead over the sum of the raw ONNX
 * Runtime calls;</li>
 * <li>frames/s with 1, 3 and 10 objects.</li>
 * </ul>
 * Arguments: {@code --frames N} (long run, default 10000), {@code --minutes M} (time budget of the long run,
 * default 8), {@code --multi-frames K} (frames of the 3- and 10-object runs, default 12), {@code --threads T}
 * (ONNX Runtime threads, default 2), {@code --fixture DIR}, {@code --report FILE}.
 */
public final class Sam2TrackingBenchmark {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 360;
    /** From this frame on the memory bank holds its full 7 spatial memories (1 conditioning + 6 recent). */
    private static final int STEADY_FROM = 8;

    private final StringBuilder report = new StringBuilder();

    /** Per-frame accumulation over the steady-state frames of a run. */
    private static final class Accumulator {
        int frames;
        double wallNanos;
        Sam2Timings.Snapshot phases;

        void add(double wall, Sam2Timings.Snapshot delta) {
            frames++;
            wallNanos += wall;
            phases = phases == null ? delta : sum(phases, delta);
        }

        private static Sam2Timings.Snapshot sum(Sam2Timings.Snapshot a, Sam2Timings.Snapshot b) {
            var nanos = new java.util.EnumMap<Phase, Long>(Phase.class);
            var calls = new java.util.EnumMap<Phase, Long>(Phase.class);
            for (Phase p : Phase.values()) {
                nanos.put(p, a.nanos(p) + b.nanos(p));
                calls.put(p, a.calls(p) + b.calls(p));
            }
            return new Sam2Timings.Snapshot(nanos, calls);
        }

        double ms(Phase p) {
            return phases.nanos(p) / 1e6 / frames;
        }

        double wallMs() {
            return wallNanos / 1e6 / frames;
        }

        double ortMs() {
            return phases.onnxRuntimeNanos() / 1e6 / frames;
        }
    }

    public static void main(String[] args) throws Exception {
        int frames = 10_000;
        double minutes = 8;
        int multiFrames = 12;
        int threads = 2;
        Path fixture = null;
        Path reportFile = Paths.get("target", "bench-sam2-report.md");
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--frames" -> frames = Integer.parseInt(value);
                case "--minutes" -> minutes = Double.parseDouble(value);
                case "--multi-frames" -> multiFrames = Integer.parseInt(value);
                case "--threads" -> threads = Integer.parseInt(value);
                case "--fixture" -> fixture = Paths.get(value);
                case "--report" -> reportFile = Paths.get(value);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
            i++;
        }
        if (fixture == null) {
            fixture = Sam2Fixture.directory();
        }
        new Sam2TrackingBenchmark().run(fixture, frames, minutes, multiFrames, threads, reportFile);
    }

    private void run(Path fixture, int frames, double minutes, int multiFrames, int threads, Path reportFile)
            throws IOException {
        line("# SAM 2 tracking benchmark (%s)", LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        line("");
        try (Sam2Model model = Sam2Model.open(fixture, threads)) {
            Sam2Config c = model.config();
            // the sizes come from the model: the micro fixture has SAM 2.1's real ones (1024 input, 64x64 features)
            line("- model: %s (%d² input, %dx%dx%d features, %d memory slots of %d tokens, %d object pointers)",
                    fixture, c.imageSize(), c.featureHeight(), c.featureWidth(), c.hiddenDim(), c.numMaskmem(),
                    c.memoryTokensPerFrame(), c.maxObjectPointers());
            line("- machine: %d CPU cores visible to the JVM, %s, %s %s; ONNX Runtime CPU provider, %d intra-op "
                    + "threads",
                    Runtime.getRuntime().availableProcessors(), cpuModel(), System.getProperty("java.vm.name"),
                    System.getProperty("java.version"), threads);
            line("- load average at start: %.2f",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            line("- clip: generated %dx%d frames, made on demand; correction reach %d (default)", WIDTH, HEIGHT,
                    Sam2TrackerOptions.DEFAULT_CORRECTION_REACH);
            line("");
            Accumulator one = longRun(model, frames, minutes);
            line("");
            line("## Time per steady-state frame (frames >= %d, memory bank full), 1 object, ms", STEADY_FROM);
            line("");
            split(one);
            line("");
            line("## Frames per second by number of objects");
            line("");
            line("Each a fresh %d-frame clip, objects prompted on frame 0, measured over the frames >= %d;"
                    + " the long run above: %.3f frames/s (%.2f s per frame) over %d frames.", multiFrames + 1,
                    STEADY_FROM, 1000 / one.wallMs(), one.wallMs() / 1000, one.frames);
            line("");
            line("| objects | frames/s | s per frame | frames measured (steady state) |");
            line("| ---: | ---: | ---: | ---: |");
            for (int objects : new int[] {1, 3, 10}) {
                Accumulator multi = multiRun(model, objects, multiFrames);
                row(objects, multi);
            }
        }
        Files.createDirectories(reportFile.toAbsolutePath().getParent());
        Files.writeString(reportFile, report.toString(), StandardCharsets.UTF_8);
        System.out.println("report written to " + reportFile.toAbsolutePath());
    }

    private Accumulator longRun(Sam2Model model, int frames, double minutes) {
        GeneratedClip clip = new GeneratedClip(WIDTH, HEIGHT, frames);
        Accumulator steady = new Accumulator();
        long deadline = System.nanoTime() + (long) (minutes * 60e9);
        List<String> rss = new ArrayList<>();
        long[] last = {System.nanoTime()};
        Sam2Timings.Snapshot[] before = {model.timings().snapshot()};
        int[] done = {0};
        double rss100 = -1;
        Sam2MemoryStats[] stats100 = {null};
        double[] rssAt100 = {-1};
        double[] rssAtLast = {-1};
        try (Sam2VideoTracker tracker = new Sam2VideoTracker(model, clip, Sam2TrackerOptions.defaults())) {
            double[] c = clip.diskCentre(0);
            long start = System.nanoTime();
            tracker.addPrompt(0, 1, Sam2Prompt.click((float) c[0], (float) c[1], true));
            before[0] = model.timings().snapshot();
            last[0] = System.nanoTime();
            tracker.propagate(OptionalInt.of(1), frames, false, () -> System.nanoTime() > deadline, result -> {
                touchMasks(result);
                long now = System.nanoTime();
                Sam2Timings.Snapshot after = model.timings().snapshot();
                if (result.frameIndex() >= STEADY_FROM) {
                    steady.add(now - last[0], after.minus(before[0]));
                }
                before[0] = after;
                last[0] = now;
                done[0] = result.frameIndex() + 1;
                if (done[0] == 100) {
                    rssAt100[0] = rssMb();
                    stats100[0] = tracker.memoryStats();
                }
                if (done[0] == frames) {
                    rssAtLast[0] = rssMb();
                }
                if (done[0] % 50 == 0 || done[0] == 10) {
                    rss.add(done[0] + ": " + String.format(Locale.ROOT, "%.0f", rssMb()));
                    System.out.printf(Locale.ROOT, "frame %d: RSS %.0f MB, %.2f frames/s so far, bank %s%n",
                            done[0], rssMb(), done[0] / ((now - start) / 1e9), tracker.memoryStats());
                }
            });
            rss100 = rssAt100[0];
            Sam2MemoryStats end = tracker.memoryStats();
            line("## Long run: 1 object, %d of %d frames in %.1f min (time budget %.1f min%s)", done[0], frames,
                    (System.nanoTime() - start) / 60e9, minutes,
                    done[0] < frames ? ": stopped by the budget, not by the clip" : "");
            line("");
            line("| after frame | process RSS | JVM heap used | memory bank |");
            line("| ---: | ---: | ---: | --- |");
            if (rss100 >= 0) {
                line("| 100 | %.0f MB | | %s |", rss100, describe(stats100[0]));
            }
            double atEnd = rssAtLast[0] >= 0 ? rssAtLast[0] : rssMb();
            System.gc(); // G1 then gives unused heap back, so this second figure shows what the run really holds
            line("| %d | %.0f MB (%.0f MB after a full GC; peak %.0f MB) | %.0f MB | %s |", done[0], atEnd, rssMb(),
                    peakRssMb(), heapUsedMb(), describe(end));
            line("");
            line("RSS every 50 frames (frame: MB): %s", String.join(", ", rss));
            line("");
            line("Without releasing, the bank would hold %d tracked frames: %.0f MB for this one object.",
                    done[0] - 1, (done[0] - 1) * (model.config().memoryTokensPerFrame() * model.config().memDim() * 2
                            + model.config().hiddenDim() * 4) / 1e6);
        }
        return steady;
    }

    private Accumulator multiRun(Sam2Model model, int objects, int frames) {
        GeneratedClip clip = new GeneratedClip(WIDTH, HEIGHT, frames + 1);
        Accumulator steady = new Accumulator();
        try (Sam2VideoTracker tracker = new Sam2VideoTracker(model, clip, Sam2TrackerOptions.defaults())) {
            for (int o = 1; o <= objects; o++) {
                float[] p = promptPoint(clip, o);
                tracker.addPrompt(0, o, Sam2Prompt.click(p[0], p[1], true));
            }
            Sam2Timings.Snapshot[] before = {model.timings().snapshot()};
            long[] last = {System.nanoTime()};
            long start = last[0];
            tracker.propagate(OptionalInt.of(1), frames - 1, false, () -> false, result -> {
                touchMasks(result);
                long now = System.nanoTime();
                Sam2Timings.Snapshot after = model.timings().snapshot();
                if (result.frameIndex() >= STEADY_FROM || frames <= STEADY_FROM) {
                    steady.add(now - last[0], after.minus(before[0]));
                }
                before[0] = after;
                last[0] = now;
                System.out.printf(Locale.ROOT, "%d objects, frame %d: %.1f s%n", objects, result.frameIndex(),
                        (now - start) / 1e9);
            });
        }
        return steady;
    }

    /** Object 1 is the disk, 2 the rectangle, the others points spread over the background. */
    private static float[] promptPoint(GeneratedClip clip, int object) {
        if (object == 1) {
            double[] c = clip.diskCentre(0);
            return new float[] {(float) c[0], (float) c[1]};
        }
        if (object == 2) {
            int[] r = clip.rectangle();
            return new float[] {(r[0] + r[2]) / 2f, (r[1] + r[3]) / 2f};
        }
        return new float[] {WIDTH * (0.1f + 0.1f * (object - 2)), HEIGHT * (object % 2 == 0 ? 0.85f : 0.15f)};
    }

    /** What a client does with each result: the mask at video resolution (as the service hands it out). */
    private static void touchMasks(Sam2FrameResult result) {
        for (Sam2ObjectResult o : result.objects()) {
            if (!o.absent()) {
                o.videoMask();
            }
        }
    }

    private void split(Accumulator a) {
        double wall = a.wallMs();
        double ort = a.ortMs();
        line("| step | ms per frame | share |");
        line("| --- | ---: | ---: |");
        for (Phase p : Phase.values()) {
            line("| %s%s | %.1f | %.1f %% |", p.name().toLowerCase(Locale.ROOT),
                    p.onnxRuntime() ? " (ONNX Runtime)" : " (host)", a.ms(p), 100 * a.ms(p) / wall);
        }
        double otherHost = wall - ort - a.ms(Phase.FRAME_READ) - a.ms(Phase.PREPROCESS)
                - a.ms(Phase.MEMORY_ASSEMBLY) - a.ms(Phase.MEMORY_STORE);
        line("| other host work (tensors, result copies, video-resolution masks) | %.1f | %.1f %% |", otherHost,
                100 * otherHost / wall);
        line("| **total wall** | **%.1f** | 100 %% |", wall);
        line("");
        line("Raw ONNX Runtime time (sum of the graph calls) %.1f ms; host-loop overhead over it %.1f ms per frame"
                + " (%.1f %% of the wall time), of which frame generation %.1f ms and preprocessing %.1f ms.", ort,
                wall - ort, 100 * (wall - ort) / wall, a.ms(Phase.FRAME_READ), a.ms(Phase.PREPROCESS));
        line("Summary: encode %.0f ms (vision encoder + preprocessing) / memory attention %.0f ms (+ %.0f ms"
                + " assembly) / decode %.0f ms / memory encode %.0f ms (+ %.0f ms store).",
                a.ms(Phase.VISION_ENCODER) + a.ms(Phase.PREPROCESS), a.ms(Phase.MEMORY_ATTENTION),
                a.ms(Phase.MEMORY_ASSEMBLY) + a.ms(Phase.POINTER_ENCODING), a.ms(Phase.MASK_DECODER),
                a.ms(Phase.MEMORY_ENCODER), a.ms(Phase.MEMORY_STORE));
    }

    private void row(int objects, Accumulator a) {
        line("| %d | %.3f | %.2f | %d |", objects, 1000 / a.wallMs(), a.wallMs() / 1000, a.frames);
    }

    private static String describe(Sam2MemoryStats s) {
        return String.format(Locale.ROOT, "%d conditioning + %d tracked outputs, %d spatial memories, %.1f MB",
                s.conditioningOutputs(), s.trackedOutputs(), s.spatialMemories(), s.bytes() / 1e6);
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        System.out.println(text);
        report.append(text).append('\n');
    }

    private static double rssMb() {
        return procStatus("VmRSS:");
    }

    private static double peakRssMb() {
        return procStatus("VmHWM:");
    }

    private static double heapUsedMb() {
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) / 1e6;
    }

    /** A kB field of /proc/self/status in MB, or -1 where there is none (not Linux). */
    private static double procStatus(String field) {
        try {
            for (String l : Files.readAllLines(Paths.get("/proc/self/status"))) {
                if (l.startsWith(field)) {
                    return Long.parseLong(l.substring(field.length()).trim().split("\\s+")[0]) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }

    private static String cpuModel() {
        try {
            for (String l : Files.readAllLines(Paths.get("/proc/cpuinfo"))) {
                if (l.startsWith("model name")) {
                    return l.substring(l.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return System.getProperty("os.arch");
    }
}
