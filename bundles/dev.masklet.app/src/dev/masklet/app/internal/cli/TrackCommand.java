package dev.masklet.app.internal.cli;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.imageio.ImageIO;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.masklet.core.image.RgbImage;
import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.FrameAnnotations;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.core.store.ProjectStore;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.FrameProvider;
import dev.masklet.engine.PropagationListener;
import dev.masklet.engine.TrackedFrame;
import dev.masklet.engine.TrackingEngine;
import dev.masklet.engine.TrackingModel;
import dev.masklet.engine.TrackingModelChoice;
import dev.masklet.engine.TrackingOptions;
import dev.masklet.engine.TrackingSession;
import dev.masklet.media.FrameFolderSource;
import dev.masklet.media.MediaException;
import dev.masklet.media.VideoSource;
import dev.masklet.media.VideoSources;

/**
 * {@code masklet-cli track}: tracks the objects of a prompts file through a video or a folder of frames with the
 * model the workbench would use ({@link TrackingModelChoice}: SAM 2 if installed, else the default model) or the one
 * named by {@code --model}, drives the tracking session as the workbench's Ctrl+M does, writes the Masklet project
 * (project file and frames folder, through {@link ProjectStore}) into the output folder and, with
 * {@code --export masks}, one PNG per object and frame. Progress goes to stderr, one JSON summary line to stdout.
 * See README.md.
 */
final class TrackCommand {
    /** The command's lines of {@code masklet-cli help}. */
    static final String USAGE = """
              track (--video FILE | --frames DIR) --prompts P.json --out DIR [--model NAME|DIR] [--range A:B]
                    [--reverse] [--export masks] [--threads N]
                                            track the prompted objects (default model: SAM 2 if installed, else
                                            mobilesam); writes the project DIR/<media>.masklet.json with its frames
                                            folder (and DIR/<id>/<frame>.png with --export masks); see README.md
            """;

    private static final List<String> VALUE_OPTIONS = List.of("video", "frames", "prompts", "model", "out", "range",
            "export", "threads");
    private static final List<String> FLAGS = List.of("reverse");

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> options = new HashMap<>();
    private boolean reverse;

    private TrackCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Entry from {@link CliApplication}: tracks with the tracking engines registered as OSGi services. */
    static int run(List<String> args, PrintStream out, PrintStream err) throws CliException {
        TrackCommand command = new TrackCommand(out, err);
        command.parse(args);
        return command.execute(EngineServices::trackingEngines);
    }

    @FunctionalInterface
    private interface EngineSupplier {
        List<TrackingEngine> get() throws CliException;
    }

    private void parse(List<String> args) throws CliException {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String name = a.startsWith("--") ? a.substring(2) : null;
            if (name != null && FLAGS.contains(name)) {
                reverse = true;
            } else if (name != null && VALUE_OPTIONS.contains(name)) {
                if (i + 1 >= args.size()) {
                    throw new CliException("option " + a + " needs a value", CliApplication.USAGE);
                }
                if (options.put(name, args.get(++i)) != null) {
                    throw new CliException("option " + a + " is given twice", CliApplication.USAGE);
                }
            } else {
                throw new CliException("track: unknown " + (name != null ? "option" : "argument") + " '" + a
                        + "' (try: masklet-cli help)", CliApplication.USAGE);
            }
        }
        if (options.containsKey("video") == options.containsKey("frames")) {
            throw new CliException("track needs exactly one of --video FILE and --frames DIR", CliApplication.USAGE);
        }
        for (String required : List.of("prompts", "out")) {
            if (!options.containsKey(required)) {
                throw new CliException("track needs --" + required, CliApplication.USAGE);
            }
        }
        String export = options.get("export");
        if (export != null && !export.equals("masks")) {
            throw new CliException("unknown --export '" + export + "' (supported: masks)", CliApplication.USAGE);
        }
        String threads = options.get("threads");
        if (threads != null && !threads.matches("[1-9][0-9]{0,3}")) {
            throw new CliException("--threads needs a positive number, got '" + threads + "'", CliApplication.USAGE);
        }
    }

    private int execute(EngineSupplier engines) throws CliException {
        Path promptsFile = Path.of(options.get("prompts"));
        TrackPrompts prompts = TrackPrompts.read(promptsFile);
        Path outDir = Path.of(options.get("out"));
        boolean exportMasks = options.containsKey("export");
        Path media = Path.of(options.containsKey("video") ? options.get("video") : options.get("frames"));
        try (VideoSource source = openMedia(media, options.containsKey("frames"))) {
            int frameCount = source.frameCount();
            int[] range = range(options.get("range"), frameCount);
            check(prompts, range, source.width(), source.height(), frameCount);
            prepareOutput(outDir, prompts, exportMasks);

            List<TrackingEngine> trackers = engines.get();
            if (options.containsKey("threads")) {
                System.setProperty("masklet.sam2.threads", options.get("threads"));
            }
            String modelName = options.get("model");
            try (TrackingModel model = modelName == null ? TrackingModelChoice.openBest(trackers, "")
                    : TrackingModelChoice.open(trackers, modelName);
                    TrackingSession session = model.newSession(frames(source), TrackingOptions.defaults())) {
                err.printf(Locale.ROOT, "track: model %s, %s, frames %d..%d%s%n", model.name(),
                        count(prompts.labels().size(), "object"), range[0], range[1], reverse ? " backwards" : "");
                Results results = new Results(source, media, outDir, prompts, range, exportMasks);
                long start = System.nanoTime();
                track(session, prompts, range, results);
                results.finish();
                double seconds = (System.nanoTime() - start) / 1e9;
                Path projectFile = outDir.resolve(projectName(media));
                ProjectStore.save(results.project, projectFile); // the workbench's layout: project file + frames
                int frames = range[1] - range[0] + 1;
                err.printf(Locale.ROOT, "track: done: %s over frames %d..%d (%d frames) in %.1f s%n",
                        count(prompts.labels().size(), "object"), range[0], range[1], frames, seconds);
                out.println(summary(model.name(), range, frames, seconds, prompts, projectFile, exportMasks, outDir));
                return 0;
            }
        } catch (EngineException e) {
            throw new CliException(oneLine(e.getMessage()));
        } catch (IOException e) {
            throw new CliException("cannot write into " + outDir + ": " + oneLine(e.getMessage()));
        } catch (java.io.UncheckedIOException e) {
            throw new CliException("cannot write into " + outDir + ": " + oneLine(e.getCause().getMessage()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CliException(oneLine(e.getMessage()));
        }
    }

    private static VideoSource openMedia(Path media, boolean folder) throws CliException {
        try {
            return folder ? FrameFolderSource.open(media) : VideoSources.open(media);
        } catch (MediaException e) {
            throw new CliException(oneLine(e.getMessage()));
        }
    }

    /** @return {first, last} frame, both included */
    static int[] range(String text, int frameCount) throws CliException {
        if (text == null) {
            return new int[] {0, frameCount - 1};
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d*):(\\d*)").matcher(text.trim());
        if (!m.matches()) {
            throw new CliException("--range must be A:B (first and last frame, either may be left out), got '"
                    + text + "'", CliApplication.USAGE);
        }
        try {
            int a = m.group(1).isEmpty() ? 0 : Integer.parseInt(m.group(1));
            int b = m.group(2).isEmpty() ? frameCount - 1 : Integer.parseInt(m.group(2));
            if (a > b) {
                throw new CliException("--range " + text + " is empty (first frame after last; use --reverse to track"
                        + " backwards)");
            }
            if (b >= frameCount) {
                throw new CliException("--range " + text + " is outside the video: its frames are 0.."
                        + (frameCount - 1));
            }
            return new int[] {a, b};
        } catch (NumberFormatException e) {
            throw new CliException("--range " + text + " is outside the video: its frames are 0.."
                    + (frameCount - 1));
        }
    }

    private static void check(TrackPrompts prompts, int[] range, int width, int height, int frameCount)
            throws CliException {
        for (TrackPrompts.Entry e : prompts.entries()) {
            String where = "prompt objects[" + e.index() + "] (object " + e.objectId() + ")";
            if (e.frame() >= frameCount) {
                throw new CliException(where + ": frame " + e.frame() + " is outside the video: its frames are 0.."
                        + (frameCount - 1));
            }
            if (e.frame() < range[0] || e.frame() > range[1]) {
                throw new CliException(where + ": frame " + e.frame() + " is outside the tracked range " + range[0]
                        + ".." + range[1]);
            }
            for (var p : e.prompt().points()) {
                if (p.x() < 0 || p.y() < 0 || p.x() > width || p.y() > height) {
                    throw new CliException(where + ": point (" + fmt(p.x()) + ", " + fmt(p.y())
                            + ") is outside the " + width + "x" + height + " frame");
                }
            }
            var b = e.prompt().box();
            if (b != null && (b.x0() < 0 || b.y0() < 0 || b.x1() > width || b.y1() > height)) {
                throw new CliException(where + ": box [" + fmt(b.x0()) + ", " + fmt(b.y0()) + ", " + fmt(b.x1())
                        + ", " + fmt(b.y1()) + "] is outside the " + width + "x" + height + " frame");
            }
        }
    }

    private static void prepareOutput(Path outDir, TrackPrompts prompts, boolean exportMasks) throws CliException {
        try {
            Files.createDirectories(outDir);
            if (exportMasks) {
                for (int id : prompts.labels().keySet()) {
                    Files.createDirectories(outDir.resolve(Integer.toString(id)));
                }
            }
        } catch (IOException e) {
            throw new CliException("cannot create the output folder " + outDir + " (" + oneLine(e.getMessage())
                    + ")");
        }
    }

    /**
     * Runs the prompts as a person does in the workbench: the prompts of the first frame with entries are added
     * (F) and tracking runs from that frame (Ctrl+M) up to the next frame with entries, which is thus tracked before
     * its entries are added there, so an entry for an object already tracked is a correction computed with the
     * object's memory; tracking then goes on from that frame again, and after the last one to the end of the range.
     */
    private void track(TrackingSession session, TrackPrompts prompts, int[] range, Results results)
            throws EngineException {
        int last = reverse ? range[0] : range[1];
        TreeMap<Integer, List<TrackPrompts.Entry>> byFrame = reverse ? new TreeMap<>(java.util.Comparator.reverseOrder())
                : new TreeMap<>();
        for (TrackPrompts.Entry e : prompts.entries()) {
            byFrame.computeIfAbsent(e.frame(), f -> new ArrayList<>()).add(e);
        }
        PropagationListener listener = results::accept;
        List<Integer> frames = new ArrayList<>(byFrame.keySet());
        for (int i = 0; i < frames.size(); i++) {
            int frame = frames.get(i);
            for (TrackPrompts.Entry e : byFrame.get(frame)) {
                results.accept(session.addPrompt(e.objectId(), frame, e.prompt()));
            }
            session.propagate(frame, i + 1 < frames.size() ? frames.get(i + 1) : last, reverse, () -> false,
                    listener);
        }
    }

    private static FrameProvider frames(VideoSource source) {
        return new FrameProvider() {
            @Override
            public int frameCount() {
                return source.frameCount();
            }

            @Override
            public int width() {
                return source.width();
            }

            @Override
            public int height() {
                return source.height();
            }

            @Override
            public RgbImage frame(int index) throws IOException {
                try {
                    return source.frame(index);
                } catch (MediaException e) {
                    throw new IOException(e.getMessage(), e);
                }
            }
        };
    }

    /** {@code clip.mp4} → {@code clip.mp4.masklet.json}; a frame folder {@code shots/} → {@code shots.masklet.json}. */
    static String projectName(Path media) {
        return media.toAbsolutePath().normalize().getFileName() + ProjectStore.SUFFIX;
    }

    /**
     * Collects each frame's final results (a frame computed by propagation and then corrected arrives twice; the
     * last one counts), writes mask PNGs and fills the project.
     */
    private final class Results {
        private final Path outDir;
        private final TrackPrompts prompts;
        private final int[] range;
        private final boolean exportMasks;
        private final AnnotationProject project;
        private final Map<Integer, TrackedObject> objects = new HashMap<>();
        private final BitSet written = new BitSet();
        private final int width;
        private final int height;
        private final long start = System.nanoTime();
        private TrackedFrame pending;
        private byte[] emptyPng;
        private long lastReport;

        Results(VideoSource source, Path media, Path outDir, TrackPrompts prompts, int[] range, boolean exportMasks) {
            this.outDir = outDir;
            this.prompts = prompts;
            this.range = range;
            this.exportMasks = exportMasks;
            this.width = source.width();
            this.height = source.height();
            this.project = new AnnotationProject(mediaName(media, outDir), width, height, source.frameCount());
            prompts.labels().forEach((id, label) -> {
                TrackedObject object = new TrackedObject(id, label);
                project.addObject(object);
                objects.put(id, object);
            });
        }

        void accept(TrackedFrame frame) {
            if (pending != null && pending.frameIndex() != frame.frameIndex()) {
                flush();
            }
            pending = frame;
        }

        void finish() throws IOException {
            if (pending != null) {
                flush();
            }
            if (exportMasks) {
                for (int f = range[0]; f <= range[1]; f++) {
                    if (!written.get(f)) {
                        for (int id : prompts.labels().keySet()) {
                            Files.write(maskFile(id, f), emptyPng());
                        }
                    }
                }
            }
        }

        private void flush() {
            TrackedFrame frame = pending;
            pending = null;
            int f = frame.frameIndex();
            boolean uncertain = false;
            try {
                for (int id : prompts.labels().keySet()) {
                    var result = frame.object(id);
                    BinaryMask mask = result.flatMap(TrackedFrame.ObjectResult::mask).orElse(null);
                    if (mask != null && mask.area() == 0) {
                        mask = null;
                    }
                    if (result.isPresent() && result.get().conditioning()) {
                        if (mask != null) {
                            objects.get(id).putMask(f, mask); // a prompted frame: the person's mask
                        }
                    } else if (result.isPresent()) {
                        // as the workbench stores a run: the decision and how sure the tracker was of it
                        objects.get(id).putTracked(f, mask, result.get().confidence());
                        uncertain |= result.get().uncertain();
                    }
                    if (exportMasks) {
                        Files.write(maskFile(id, f), mask == null ? emptyPng() : png(mask));
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            if (uncertain) {
                project.frame(f).setFlag(FrameAnnotations.UNCERTAIN, Boolean.TRUE);
            }
            written.set(f);
            report();
        }

        private void report() {
            long now = System.nanoTime();
            int done = written.cardinality();
            int total = range[1] - range[0] + 1;
            if (now - lastReport < 1_000_000_000L && done < total) {
                return;
            }
            lastReport = now;
            double seconds = (now - start) / 1e9;
            double fps = seconds > 0 ? done / seconds : 0;
            double eta = fps > 0 ? (total - done) / fps : 0;
            err.printf(Locale.ROOT, "track: %d/%d frames (%.0f %%), %.2f frames/s, ETA %s%n", done, total,
                    100.0 * done / total, fps, duration(eta));
        }

        private Path maskFile(int id, int frame) {
            return outDir.resolve(Integer.toString(id)).resolve(String.format(Locale.ROOT, "%05d.png", frame));
        }

        private byte[] emptyPng() throws IOException {
            if (emptyPng == null) {
                emptyPng = png(BinaryMask.empty(width, height));
            }
            return emptyPng;
        }
    }

    /** 8-bit gray PNG: 255 where the mask is set, 0 elsewhere. */
    static byte[] png(BinaryMask mask) throws IOException {
        BufferedImage image = new BufferedImage(mask.width(), mask.height(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] bits = mask.bits();
        byte[] gray = new byte[bits.length];
        for (int i = 0; i < bits.length; i++) {
            gray[i] = bits[i] != 0 ? (byte) 255 : 0;
        }
        image.getRaster().setDataElements(0, 0, mask.width(), mask.height(), gray);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", bytes)) {
            throw new IOException("no PNG writer available");
        }
        return bytes.toByteArray();
    }

    /** The media path as the project file names it: relative to the project file's folder where possible. */
    private static String mediaName(Path media, Path outDir) {
        Path m = media.toAbsolutePath().normalize();
        try {
            return outDir.toAbsolutePath().normalize().relativize(m).toString();
        } catch (IllegalArgumentException e) {
            return m.toString();
        }
    }

    private String summary(String model, int[] range, int frames, double seconds, TrackPrompts prompts,
            Path projectFile, boolean exportMasks, Path outDir) {
        JsonObject o = new JsonObject();
        o.addProperty("model", model);
        JsonArray r = new JsonArray();
        r.add(range[0]);
        r.add(range[1]);
        o.add("range", r);
        o.addProperty("reverse", reverse);
        o.addProperty("frames", frames);
        JsonArray ids = new JsonArray();
        prompts.labels().keySet().forEach(ids::add);
        o.add("objects", ids);
        o.addProperty("seconds", Math.round(seconds * 10) / 10.0);
        o.addProperty("frames_per_second", seconds > 0 ? Math.round(frames / seconds * 1000) / 1000.0 : 0);
        o.addProperty("project", projectFile.toAbsolutePath().toString());
        if (exportMasks) {
            o.addProperty("masks", outDir.toAbsolutePath().toString());
        }
        return o.toString();
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
                : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static String oneLine(String message) {
        return message == null ? "unknown error" : message.replaceAll("\\s+", " ").trim();
    }
}
