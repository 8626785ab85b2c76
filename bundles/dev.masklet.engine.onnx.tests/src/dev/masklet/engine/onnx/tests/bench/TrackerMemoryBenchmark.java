package dev.masklet.engine.onnx.tests.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import dev.masklet.core.image.FrameProvider;
import dev.masklet.core.image.RgbImage;
import dev.masklet.engine.onnx.internal.EngineSettings;
import dev.masklet.engine.ImageEmbedding;
import dev.masklet.engine.SegmentationEngine;
import dev.masklet.engine.TrackedFrame;
import dev.masklet.engine.TrackingModel;
import dev.masklet.engine.TrackingOptions;
import dev.masklet.engine.TrackingSession;
import dev.masklet.engine.onnx.internal.MobileSamEngine;
import dev.masklet.engine.onnx.internal.mobilesam.MobileSamTrackingEngine;
import dev.masklet.engine.onnx.tests.mobilesam.DiskCachedEncoder;

/**
 * Memory of the default tracker over a long video (issue 12: "memory bounded over 10 000 frames"): one of the
 * benchmark's real-photo clips played forwards and backwards until the video is {@code --frames} long, its objects
 * prompted on frame 0 as a careful user does, tracked to the end in one run; the process's resident memory and the
 * JVM heap in use are printed at fixed frames and written to a report.
 *
 * <p>Run with {@code scripts/bench-tracking-memory.sh}. Arguments: {@code --frames N} (10 000), {@code --clip NAME}
 * (textured-street), {@code --seed S} (1), {@code --embedding-cache DIR} (the encoder's outputs of the clip's 48
 * distinct frames read from disk after their first use: the run then costs the tracker's time, not 10 000 encoder
 * runs; the encoder's own memory is its fixed ONNX Runtime arena either way), {@code --report FILE}
 * (target/bench-tracking-memory.md).
 */
public final class TrackerMemoryBenchmark {
    private static final int[] MARKS = {10, 50, 100, 200, 500, 1_000, 2_500, 5_000, 7_500, 10_000, 20_000, 50_000};

    private TrackerMemoryBenchmark() {
    }

    /** The clip's frames forwards, then backwards, then forwards again, ... up to {@code length} frames. */
    private record PingPong(FrameProvider clip, int length) implements FrameProvider {
        @Override
        public int frameCount() {
            return length;
        }

        @Override
        public int width() {
            return clip.width();
        }

        @Override
        public int height() {
            return clip.height();
        }

        @Override
        public RgbImage frame(int index) throws IOException {
            return clip.frame(source(index));
        }

        int source(int index) {
            int n = clip.frameCount();
            int period = 2 * (n - 1);
            int i = index % period;
            return i < n ? i : period - i;
        }
    }

    public static void main(String[] args) throws Exception {
        int frames = 10_000;
        String clipName = "textured-street";
        long seed = 1;
        Path cache = null;
        Path report = Paths.get("target", "bench-tracking-memory.md");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--frames" -> frames = Integer.parseInt(args[i + 1]);
                case "--clip" -> clipName = args[i + 1];
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--embedding-cache" -> cache = Paths.get(args[i + 1]);
                case "--report" -> report = Paths.get(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; see the class comment");
            }
        }
        String wanted = clipName;
        RealPhotoClip clip = RealPhotoClips.all(PhotoLibrary.DEBIAN_FOLDER, 48, seed).stream()
                .filter(c -> c.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no clip " + wanted));
        PingPong video = new PingPong(clip, frames);
        MobileSamEngine engine = new MobileSamEngine(EngineSettings::defaults);
        SegmentationEngine encoder = cache == null ? engine : new DiskCachedEncoder(engine, cache);
        MobileSamTrackingEngine tracking = new MobileSamTrackingEngine();
        tracking.bindSegmentation(encoder);
        TreeSet<Integer> marks = new TreeSet<>();
        for (int m : MARKS) {
            if (m <= frames) {
                marks.add(m);
            }
        }
        marks.add(frames);
        List<String> rows = new ArrayList<>();
        long start = System.nanoTime();
        int[] uncertain = new int[1];
        try (TrackingModel model = tracking.openModel(MobileSamTrackingEngine.MODEL_NAME);
                TrackingSession session = model.newSession(video, TrackingOptions.defaults())) {
            ImageEmbedding first = encoder.encode(clip.frame(0));
            for (int id : clip.objectIds()) {
                CarefulUser.Kept k = CarefulUser.prompt(encoder, first, clip.truth(id, 0), TrackerBenchmark.PromptKind.BOX_AND_CLICK);
                session.addMask(id, 0, k.prompt(), k.mask());
            }
            session.propagate(0, frames - 1, () -> false, (TrackedFrame frame) -> {
                int done = frame.frameIndex() + 1;
                frame.objects().stream().filter(TrackedFrame.ObjectResult::uncertain).forEach(o -> uncertain[0]++);
                if (marks.contains(done)) {
                    String row = String.format(Locale.ROOT, "| %d | %d | %d | %.1f |", done, rssMb(), heapMb(),
                            (System.nanoTime() - start) / 1e9 / done);
                    rows.add(row);
                    System.out.println(row);
                }
            });
        } finally {
            engine.deactivate();
        }
        StringBuilder out = new StringBuilder();
        out.append("# Default tracker: memory over a long video\n\n");
        out.append(String.format(Locale.ROOT, "%d frames of %dx%d (clip %s, seed %d, played forwards and backwards), "
                + "%d objects, %d cores, encoder outputs %s.%n%n", frames, clip.width(), clip.height(), clipName,
                seed, clip.objectIds().size(), Runtime.getRuntime().availableProcessors(),
                cache == null ? "computed on every frame" : "read from a disk cache after their first use"));
        out.append("| after frame | process RSS (MB) | JVM heap in use (MB) | seconds per frame so far |\n");
        out.append("| --: | --: | --: | --: |\n");
        rows.forEach(r -> out.append(r).append('\n'));
        out.append(String.format(Locale.ROOT, "%nUncertain results: %d.%n", uncertain[0]));
        Path parent = report.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(report, out, StandardCharsets.UTF_8);
        System.out.println("report: " + report.toAbsolutePath());
    }

    /** The process's resident set size, from /proc (Linux). */
    private static long rssMb() {
        try {
            for (String line : Files.readAllLines(Paths.get("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    private static long heapMb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }
}
