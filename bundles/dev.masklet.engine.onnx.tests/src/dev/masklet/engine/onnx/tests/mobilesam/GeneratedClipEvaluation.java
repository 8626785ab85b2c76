package dev.masklet.engine.onnx.tests.mobilesam;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.Prompt;
import dev.masklet.engine.SegmentationEngine;
import dev.masklet.engine.TrackedFrame;
import dev.masklet.engine.TrackingModel;
import dev.masklet.engine.TrackingOptions;
import dev.masklet.engine.TrackingSession;
import dev.masklet.engine.onnx.internal.MobileSamEngine;
import dev.masklet.engine.onnx.internal.mobilesam.MobileSamTrackingEngine;

/**
 * Measures the default tracker (MobileSAM propagation) on the generated {@link TrackingScenario} clips with
 * DAVIS-style J&F: both objects are given on frame 0 by a box and a click (as a user would prompt them), tracked to
 * the last frame, and every later frame is scored against the exact truth, hidden and absent frames included (an
 * object correctly reported absent scores 1, a mask where nothing is visible scores 0).
 *
 * <p>Run with {@code scripts/bench-generated-clips.sh}; {@link GeneratedClipTrackingQualityTest} runs the same measurement on
 * short clips in the test suite. Arguments: {@code --frames N} (default 40), {@code --report FILE},
 * {@code --embedding-cache DIR} (keeps encoder outputs between runs: for tuning the tracker only).
 */
public final class GeneratedClipEvaluation {

    /** Scores of one object over one clip. */
    public record ObjectScore(int objectId, double j, double f, int framesScored, int absentFrames,
            int absentCorrect, List<Double> frameJ, List<String> perFrame) {
        public double jf() {
            return (j + f) / 2;
        }
    }

    /** Scores of one clip. */
    public record ClipScore(TrackingScenario.Kind kind, List<ObjectScore> objects, double seconds) {
        public double jf() {
            return objects.stream().mapToDouble(ObjectScore::jf).average().orElse(0);
        }

        public double j() {
            return objects.stream().mapToDouble(ObjectScore::j).average().orElse(0);
        }

        public double f() {
            return objects.stream().mapToDouble(ObjectScore::f).average().orElse(0);
        }
    }

    private GeneratedClipEvaluation() {
    }

    /** Prompts both objects on frame 0 from their truth (box + click on the box centre's nearest object pixel). */
    static Prompt firstFramePrompt(BinaryMask truth) {
        int[] b = truth.bounds(); // x0, y0, x1, y1 (inclusive)
        double cx = (b[0] + b[2] + 1) / 2.0;
        double cy = (b[1] + b[3] + 1) / 2.0;
        return Prompt.of(List.of(new Prompt.Point(cx, cy, true)), new Prompt.Box(b[0], b[1], b[2] + 1, b[3] + 1));
    }

    /** Tracks the clip with a new session of {@code model} and scores every frame after the first. */
    public static ClipScore evaluate(TrackingModel model, TrackingScenario clip) throws EngineException {
        long start = System.nanoTime();
        Map<Integer, BinaryMask[]> masks = new HashMap<>();
        try (TrackingSession session = model.newSession(clip, TrackingOptions.defaults())) {
            for (int id : clip.objectIds()) {
                session.addPrompt(id, 0, firstFramePrompt(clip.truth(id, 0)));
                masks.put(id, new BinaryMask[clip.frameCount()]);
            }
            session.propagate(0, clip.frameCount() - 1, () -> false, (TrackedFrame frame) -> {
                for (TrackedFrame.ObjectResult o : frame.objects()) {
                    masks.get(o.objectId())[frame.frameIndex()] = o.mask().orElse(null);
                }
            });
        }
        List<ObjectScore> objects = new ArrayList<>();
        for (int id : clip.objectIds()) {
            double sumJ = 0;
            double sumF = 0;
            int n = 0;
            int absent = 0;
            int absentCorrect = 0;
            List<String> perFrame = new ArrayList<>();
            List<Double> frameJ = new ArrayList<>();
            for (int f = 1; f < clip.frameCount(); f++) {
                BinaryMask truth = clip.truth(id, f);
                BinaryMask predicted = masks.get(id)[f];
                if (predicted == null) {
                    predicted = BinaryMask.empty(clip.width(), clip.height());
                }
                double j = SegmentationScores.regionJ(predicted, truth);
                double fm = SegmentationScores.contourF(predicted, truth);
                if (truth.area() == 0) {
                    absent++;
                    absentCorrect += predicted.area() == 0 ? 1 : 0;
                }
                frameJ.add(j);
                sumJ += j;
                sumF += fm;
                n++;
                // frame:J/F, then the predicted area as a share of the true one (or whether absence was seen)
                perFrame.add(String.format(Locale.ROOT, "%d:%.2f/%.2f%s", f, j, fm, truth.area() == 0
                        ? (predicted.area() == 0 ? "(absent ok)" : "(absent!)")
                        : String.format(Locale.ROOT, "x%.2f", predicted.area() / (double) truth.area())));
            }
            objects.add(new ObjectScore(id, sumJ / n, sumF / n, n, absent, absentCorrect, frameJ, perFrame));
        }
        return new ClipScore(clip.kind(), objects, (System.nanoTime() - start) / 1e9);
    }

    public static void main(String[] args) throws Exception {
        int frames = 40;
        Path report = Paths.get("target", "bench-generated-clips-report.md");
        Path cache = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--frames" -> frames = Integer.parseInt(args[++i]);
                case "--report" -> report = Paths.get(args[++i]);
                case "--embedding-cache" -> cache = Paths.get(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        MobileSamEngine image = new MobileSamEngine();
        SegmentationEngine engine = cache == null ? image : new DiskCachedEncoder(image, cache);
        MobileSamTrackingEngine tracking = new MobileSamTrackingEngine();
        tracking.bindSegmentation(engine);
        List<ClipScore> scores = new ArrayList<>();
        try (TrackingModel model = tracking.openModel(MobileSamTrackingEngine.MODEL_NAME)) {
            for (TrackingScenario.Kind kind : TrackingScenario.Kind.values()) {
                ClipScore s = evaluate(model, new TrackingScenario(kind, frames));
                scores.add(s);
                System.out.println(line(s));
                for (ObjectScore o : s.objects()) {
                    System.out.println("   object " + o.objectId() + ": " + String.join(" ", o.perFrame()));
                }
            }
        } finally {
            image.deactivate();
        }
        double mean = scores.stream().mapToDouble(ClipScore::jf).average().orElse(0);
        System.out.printf(Locale.ROOT, "mean J&F over %d clips: %.3f%n", scores.size(), mean);
        writeReport(report, frames, scores, mean);
    }

    private static String line(ClipScore s) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-17s J&F %.3f (J %.3f, F %.3f) %.0f s",
                s.kind(), s.jf(), s.j(), s.f(), s.seconds()));
        for (ObjectScore o : s.objects()) {
            b.append(String.format(Locale.ROOT, " | object %d: J&F %.3f, absent %d/%d right", o.objectId(), o.jf(),
                    o.absentCorrect(), o.absentFrames()));
        }
        return b.toString();
    }

    private static void writeReport(Path report, int frames, List<ClipScore> scores, double mean)
            throws IOException {
        StringBuilder b = new StringBuilder("# Default tracker (MobileSAM propagation): J&F on generated clips\n\n");
        b.append("Run ").append(LocalDateTime.now().withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME))
                .append(", ").append(frames).append(" frames of 640x360 per clip, two objects per clip, ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores.\n\n");
        b.append("| clip | J&F | J | F | object 1 J&F | object 2 J&F | absent frames reported absent | seconds |\n");
        b.append("| --- | --: | --: | --: | --: | --: | --: | --: |\n");
        for (ClipScore s : scores) {
            int absent = s.objects().stream().mapToInt(ObjectScore::absentFrames).sum();
            int right = s.objects().stream().mapToInt(ObjectScore::absentCorrect).sum();
            b.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %d / %d | %.0f |%n",
                    s.kind(), s.jf(), s.j(), s.f(), s.objects().get(0).jf(), s.objects().get(1).jf(), right, absent,
                    s.seconds()));
        }
        b.append(String.format(Locale.ROOT, "%nMean J&F: **%.3f** (target ≥ 0.6).%n", mean));
        Path parent = report.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(report, b.toString(), StandardCharsets.UTF_8);
        System.out.println("report: " + report.toAbsolutePath());
    }
}
