package dev.masklet.engine.onnx.tests.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dev.masklet.engine.onnx.tests.bench.TrackerBenchmark.ClipScore;
import dev.masklet.engine.onnx.tests.bench.TrackerBenchmark.FrameScore;
import dev.masklet.engine.onnx.tests.bench.TrackerBenchmark.ObjectScore;

/**
 * The benchmark's figures and their Markdown report: J&F per clip, per object and per challenge (the mean over the
 * clips that have it), the worst challenge, absent frames reported absent, seconds per frame with and without the
 * image encoder, and how well the tracker's uncertain flags find its bad frames.
 */
public final class BenchmarkReport {
    private BenchmarkReport() {
    }

    /** J&F per challenge: the mean over the clips that have it, in the enum's order. */
    public static Map<Challenge, Double> byChallenge(List<ClipScore> scores) {
        Map<Challenge, Double> out = new EnumMap<>(Challenge.class);
        for (Challenge c : Challenge.values()) {
            scores.stream().filter(s -> s.challenges().contains(c)).mapToDouble(ClipScore::jf).average()
                    .ifPresent(v -> out.put(c, v));
        }
        return out;
    }

    public static Map.Entry<Challenge, Double> worst(List<ClipScore> scores) {
        return byChallenge(scores).entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow();
    }

    public static double mean(List<ClipScore> scores) {
        return scores.stream().mapToDouble(ClipScore::jf).average().orElse(0);
    }

    private static List<FrameScore> frames(List<ClipScore> scores) {
        return scores.stream().flatMap(s -> s.objects().stream()).flatMap(o -> o.frames().stream()).toList();
    }

    /** Share of the bad frames (J < 0.5) flagged uncertain, and share of the good ones flagged. */
    public static double[] uncertainty(List<ClipScore> scores) {
        List<FrameScore> all = frames(scores);
        long bad = all.stream().filter(FrameScore::bad).count();
        long badFlagged = all.stream().filter(f -> f.bad() && f.uncertain()).count();
        long good = all.size() - bad;
        long goodFlagged = all.stream().filter(f -> !f.bad() && f.uncertain()).count();
        return new double[] {bad == 0 ? Double.NaN : badFlagged / (double) bad,
                good == 0 ? Double.NaN : goodFlagged / (double) good, bad, good};
    }

    /** One line per clip for the console. */
    static String line(ClipScore s) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-24s J&F %.3f (J %.3f, F %.3f) %.2f s/frame",
                s.name(), s.jf(), s.j(), s.f(), s.seconds() / s.frames()));
        for (ObjectScore o : s.objects()) {
            b.append(String.format(Locale.ROOT, " | %d %s: %.3f, absent %d/%d, fails %s", o.objectId(), o.label(),
                    o.jf(), o.absentReported(), o.absentFrames(), o.failures().isEmpty() ? "-" : o.failures()));
        }
        return b.toString();
    }

    /** Writes the report and prints its summary. */
    public static void write(Path report, String settings, List<String> args, List<ClipScore> scores)
            throws IOException {
        double mean = mean(scores);
        Map.Entry<Challenge, Double> worst = worst(scores);
        double[] flags = uncertainty(scores);
        int absent = scores.stream().flatMap(s -> s.objects().stream()).mapToInt(ObjectScore::absentFrames).sum();
        int absentRight = scores.stream().flatMap(s -> s.objects().stream()).mapToInt(ObjectScore::absentReported)
                .sum();
        int frames = scores.stream().mapToInt(ClipScore::frames).sum();
        double seconds = scores.stream().mapToDouble(ClipScore::seconds).sum();
        double encoder = scores.stream().mapToDouble(ClipScore::encoderSeconds).sum();
        StringBuilder b = new StringBuilder("# Default tracker on real-photo clips (J&F, DAVIS-style)\n\n");
        b.append("Run ").append(LocalDateTime.now().withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME))
                .append(": ").append(scores.size()).append(" clips, ").append(settings).append(".");
        b.append(" Arguments: `").append(String.join(" ", args)).append("`.\n\n");
        b.append(String.format(Locale.ROOT, "- Mean J&F: **%.3f**%n", mean));
        b.append(String.format(Locale.ROOT, "- Worst challenge: **%s %.3f**%n", name(worst.getKey()),
                worst.getValue()));
        b.append(String.format(Locale.ROOT, "- Absent frames reported absent: %d / %d%n", absentRight, absent));
        b.append(String.format(Locale.ROOT, "- Uncertain flags: %.0f %% of %d bad frames (J < 0.5) flagged, %.0f %%"
                + " of %d good frames flagged%n", 100 * flags[0], (long) flags[2], 100 * flags[1], (long) flags[3]));
        b.append(String.format(Locale.ROOT, "- Seconds per frame: %.2f tracking in all, %.2f in the image encoder,"
                + " %.2f without it%n%n", seconds / frames, encoder / frames, (seconds - encoder) / frames));
        b.append("## Per challenge (mean over the clips that have it)\n\n| challenge | clips | J&F |\n| --- | --: | --: |\n");
        for (Map.Entry<Challenge, Double> e : byChallenge(scores).entrySet()) {
            long n = scores.stream().filter(s -> s.challenges().contains(e.getKey())).count();
            b.append(String.format(Locale.ROOT, "| %s | %d | %.3f |%n", name(e.getKey()), n, e.getValue()));
        }
        b.append("\n## Per clip\n\n| clip | challenges | objects | J&F | J | F | absent reported absent |"
                + " s/frame | encoder s/frame |\n| --- | --- | --: | --: | --: | --: | --: | --: | --: |\n");
        for (ClipScore s : scores) {
            int a = s.objects().stream().mapToInt(ObjectScore::absentFrames).sum();
            int r = s.objects().stream().mapToInt(ObjectScore::absentReported).sum();
            b.append(String.format(Locale.ROOT, "| %s | %s | %d | %.3f | %.3f | %.3f | %d / %d | %.2f | %.2f |%n",
                    s.name(), s.challenges().stream().sorted().map(BenchmarkReport::name)
                            .collect(Collectors.joining(", ")),
                    s.objects().size(), s.jf(), s.j(), s.f(), r, a, s.seconds() / s.frames(),
                    s.encoderSeconds() / s.frames()));
        }
        b.append("\n## Per object\n\nFrame-0 IoU: the image model's mask for the prompt, kept as the object's start."
                + " Failing frames: J < 0.5 (a wrong mask, or a wrong call of absence).\n\n"
                + "| clip | object | frame-0 IoU | J&F | J | F | absent reported | failing frames |"
                + " uncertain on bad / good frames |\n| --- | --- | --: | --: | --: | --: | --: | --- | --: |\n");
        for (ClipScore s : scores) {
            for (ObjectScore o : s.objects()) {
                long bad = o.frames().stream().filter(FrameScore::bad).count();
                long badFlagged = o.frames().stream().filter(f -> f.bad() && f.uncertain()).count();
                long goodFlagged = o.frames().stream().filter(f -> !f.bad() && f.uncertain()).count();
                b.append(String.format(Locale.ROOT, "| %s | %d %s | %.2f | %.3f | %.3f | %.3f | %d / %d | %s |"
                        + " %d / %d, %d / %d |%n", s.name(), o.objectId(), o.label(), o.startIou(), o.jf(), o.j(),
                        o.f(), o.absentReported(), o.absentFrames(), o.failures().isEmpty() ? "-" : o.failures(),
                        badFlagged, bad, goodFlagged, o.frames().size() - bad));
            }
        }
        Path parent = report.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(report, b.toString(), StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "mean J&F %.3f over %d clips; worst challenge %s %.3f%n", mean, scores.size(),
                name(worst.getKey()), worst.getValue());
        System.out.println("report: " + report.toAbsolutePath());
    }

    /** The challenge as the report names it: {@code exit and return}. */
    static String name(Challenge c) {
        return c.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
