package dev.masklet.engine.onnx.tests.bench;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.ImageEmbedding;
import dev.masklet.engine.SegmentationEngine;
import dev.masklet.engine.TrackedFrame;
import dev.masklet.engine.TrackingModel;
import dev.masklet.engine.TrackingOptions;
import dev.masklet.engine.TrackingSession;
import dev.masklet.engine.onnx.internal.EngineSettings;
import dev.masklet.engine.onnx.internal.MobileSamEngine;
import dev.masklet.engine.onnx.internal.mobilesam.MobileSamTrackingEngine;
import dev.masklet.engine.onnx.tests.mobilesam.DiskCachedEncoder;
import dev.masklet.engine.onnx.tests.mobilesam.SegmentationScores;

/**
 * The realistic tracking benchmark: tracks every {@link RealPhotoClips} clip with the default tracker through the
 * {@link TrackingModel}/{@link TrackingSession} API only (so whichever tracker sits behind it is measured
 * unchanged) and scores it DAVIS-style. Each object is prompted on frame 0 as a careful user does (its truth box
 * and a click on the object pixel nearest the box centre, then up to four corrective clicks while the mask is not
 * right; or the one click alone: {@link CarefulUser}), the image model's mask for that prompt is kept as the
 * object's start ({@link TrackingSession#addMask}), the clip is tracked to its last frame
 * and every later frame is scored: J and F ({@link SegmentationScores}), an object rightly reported absent scores
 * 1, a mask where nothing is visible or nothing where something is, 0.
 *
 * <p>Run with {@code scripts/bench-tracking.sh}. Arguments: {@code --frames N} (48), {@code --clips a,b},
 * {@code --seed S} (1), {@code --prompt box+click|click}, {@code --photos DIR} ({@link PhotoLibrary#DEBIAN_FOLDER}),
 * {@code --embedding-cache DIR}, {@code --report FILE} (target/bench-tracking-report.md), {@code --threads N}
 * (ONNX Runtime threads, 0: all cores), {@code --dump DIR} (every frame and its truth as PNG).
 */
public final class TrackerBenchmark {

    /** How objects are prompted on frame 0 ({@link CarefulUser}). */
    public enum PromptKind {
        /**
         * The truth's bounding box and a click on the object pixel nearest the box centre, then corrective clicks
         * while the mask is not right.
         */
        BOX_AND_CLICK,
        /** That click alone, its mask kept as it comes. */
        CLICK
    }

    /** One object on one frame. */
    public record FrameScore(int frame, double j, double f, boolean visible, boolean reported, boolean uncertain) {
        /** A wrong mask (IoU < 0.5) or a wrong call of absence or presence. */
        public boolean bad() {
            return j < 0.5;
        }
    }

    /** One object over one clip (frames 1 to the last). */
    public record ObjectScore(int objectId, String label, double startIou, List<FrameScore> frames) {
        public double j() {
            return frames.stream().mapToDouble(FrameScore::j).average().orElse(0);
        }

        public double f() {
            return frames.stream().mapToDouble(FrameScore::f).average().orElse(0);
        }

        public double jf() {
            return (j() + f()) / 2;
        }

        /** Frames where it is wholly hidden or out of the frame. */
        public int absentFrames() {
            return (int) frames.stream().filter(s -> !s.visible()).count();
        }

        /** Of those, the frames reported absent. */
        public int absentReported() {
            return (int) frames.stream().filter(s -> !s.visible() && !s.reported()).count();
        }

        /** The J of the given frame. */
        public double frameJ(int frame) {
            return frames.stream().filter(s -> s.frame() == frame).findFirst().orElseThrow().j();
        }

        /** Frames with J < 0.5 as ranges, e.g. {@code 12-19, 31}; empty when none. */
        public String failures() {
            List<String> ranges = new ArrayList<>();
            int start = -1;
            int last = -1;
            for (FrameScore s : frames) {
                if (s.bad()) {
                    if (start < 0 || s.frame() != last + 1) {
                        if (start >= 0) {
                            ranges.add(start == last ? "" + start : start + "-" + last);
                        }
                        start = s.frame();
                    }
                    last = s.frame();
                }
            }
            if (start >= 0) {
                ranges.add(start == last ? "" + start : start + "-" + last);
            }
            return String.join(", ", ranges);
        }
    }

    /**
     * One clip: its objects' scores, the seconds spent tracking (prompts and propagation) and, of those, in the
     * image encoder.
     */
    public record ClipScore(String name, Set<Challenge> challenges, List<ObjectScore> objects, int frames,
            double seconds, double encoderSeconds) {
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

    private TrackerBenchmark() {
    }

    /**
     * Tracks the clip with a new session of {@code model} and scores it.
     *
     * @param image the image model the user prompts with: its mask for each object's prompt on frame 0 (after
     *            the user's corrections) is kept as the object's start; null to give the tracker the first prompt
     *            alone
     * @param encoder the encoder whose time is taken out of the tracking time, or null
     */
    public static ClipScore evaluate(TrackingModel model, SegmentationEngine image, TimedEncoder encoder,
            RealPhotoClip clip, PromptKind kind) throws EngineException {
        Map<Integer, CarefulUser.Kept> kept = new HashMap<>();
        if (image != null) {
            ImageEmbedding embedding = image.encode(clip.frame(0));
            for (int id : clip.objectIds()) {
                kept.put(id, CarefulUser.prompt(image, embedding, clip.truth(id, 0), kind));
            }
        }
        if (encoder != null) {
            encoder.takeSeconds();
        }
        int n = clip.frameCount();
        Map<Integer, TrackedFrame.ObjectResult[]> results = new HashMap<>();
        long start = System.nanoTime();
        try (TrackingSession session = model.newSession(clip, TrackingOptions.defaults())) {
            for (int id : clip.objectIds()) {
                CarefulUser.Kept k = kept.get(id);
                if (k != null && k.mask().area() > 0) {
                    session.addMask(id, 0, k.prompt(), k.mask());
                } else {
                    session.addPrompt(id, 0, CarefulUser.firstPrompt(clip.truth(id, 0), kind));
                }
                results.put(id, new TrackedFrame.ObjectResult[n]);
            }
            session.propagate(0, n - 1, () -> false, (TrackedFrame frame) -> {
                for (TrackedFrame.ObjectResult o : frame.objects()) {
                    results.get(o.objectId())[frame.frameIndex()] = o;
                }
            });
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double encoderSeconds = encoder == null ? Double.NaN : encoder.takeSeconds();
        List<ObjectScore> objects = new ArrayList<>();
        for (int id : clip.objectIds()) {
            List<FrameScore> frames = new ArrayList<>();
            for (int f = 1; f < n; f++) {
                BinaryMask truth = clip.truth(id, f);
                TrackedFrame.ObjectResult r = results.get(id)[f];
                BinaryMask predicted = r == null ? null : r.mask().orElse(null);
                if (predicted == null) {
                    predicted = BinaryMask.empty(clip.width(), clip.height());
                }
                frames.add(new FrameScore(f, SegmentationScores.regionJ(predicted, truth),
                        SegmentationScores.contourF(predicted, truth), truth.area() > 0, predicted.area() > 0,
                        r != null && r.uncertain()));
            }
            String label = clip.actors().stream().filter(a -> a.id() == id).findFirst().orElseThrow().label();
            CarefulUser.Kept first = kept.get(id);
            double startIou = first == null ? Double.NaN : first.mask().iou(clip.truth(id, 0));
            objects.add(new ObjectScore(id, label, startIou, frames));
        }
        return new ClipScore(clip.name(), clip.challenges(), objects, n, seconds, encoderSeconds);
    }

    public static void main(String[] args) throws Exception {
        int frames = 48;
        long seed = 1;
        PromptKind kind = PromptKind.BOX_AND_CLICK;
        Set<String> only = null;
        Path photos = PhotoLibrary.DEBIAN_FOLDER;
        Path cache = null;
        Path dump = null;
        Path report = Paths.get("target", "bench-tracking-report.md");
        int threads = 0;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--frames" -> frames = Integer.parseInt(need(args[i], value));
                case "--seed" -> seed = Long.parseLong(need(args[i], value));
                case "--clips" -> only = Set.of(need(args[i], value).split(","));
                case "--prompt" -> kind = switch (need(args[i], value)) {
                    case "box+click" -> PromptKind.BOX_AND_CLICK;
                    case "click" -> PromptKind.CLICK;
                    default -> throw new IllegalArgumentException("--prompt is box+click or click, not " + value);
                };
                case "--photos" -> photos = Paths.get(need(args[i], value));
                case "--embedding-cache" -> cache = Paths.get(need(args[i], value));
                case "--dump" -> dump = Paths.get(need(args[i], value));
                case "--report" -> report = Paths.get(need(args[i], value));
                case "--threads" -> threads = Integer.parseInt(need(args[i], value));
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; see the class comment");
            }
            i++;
        }
        List<RealPhotoClip> clips = new ArrayList<>(RealPhotoClips.all(photos, frames, seed));
        if (only != null) {
            Set<String> names = clips.stream().map(RealPhotoClip::name).collect(Collectors.toSet());
            for (String name : only) {
                if (!names.contains(name)) {
                    throw new IllegalArgumentException("no clip " + name + "; the clips are " + names);
                }
            }
            Set<String> wanted = only;
            clips.removeIf(c -> !wanted.contains(c.name()));
        }
        int t = threads;
        MobileSamEngine engine = new MobileSamEngine(() -> EngineSettings.defaults().withThreads(t));
        TimedEncoder timed = new TimedEncoder(cache == null ? engine : new DiskCachedEncoder(engine, cache));
        MobileSamTrackingEngine tracking = new MobileSamTrackingEngine();
        tracking.bindSegmentation(timed);
        List<ClipScore> scores = new ArrayList<>();
        try (TrackingModel model = tracking.openModel(MobileSamTrackingEngine.MODEL_NAME)) {
            for (RealPhotoClip clip : clips) {
                if (dump != null) {
                    System.out.println("frames: " + ClipDump.write(clip, dump));
                }
                ClipScore s = evaluate(model, timed, timed, clip, kind);
                scores.add(s);
                System.out.println(BenchmarkReport.line(s));
            }
        } finally {
            engine.deactivate();
        }
        String settings = String.format(Locale.ROOT, "%d frames of %dx%d per clip, seed %d, prompt %s, %d cores%s",
                frames, RealPhotoClip.WIDTH, RealPhotoClip.HEIGHT, seed,
                kind == PromptKind.CLICK ? "click" : "box+click", Runtime.getRuntime().availableProcessors(),
                cache == null ? "" : ", encoder outputs read from a disk cache where present (" + cache + ")");
        BenchmarkReport.write(report, settings, Arrays.asList(args), scores);
    }

    private static String need(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
