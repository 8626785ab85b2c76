package dev.masklet.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.masklet.cli.CliException;
import dev.masklet.cli.CliOptions;
import dev.masklet.core.model.FrameRange;
import dev.masklet.core.settings.MaskletPreferences;
import dev.masklet.core.store.ProjectStore;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.TrackingEngine;
import dev.masklet.engine.TrackingModel;
import dev.masklet.engine.TrackingModelChoice;
import dev.masklet.engine.TrackingOptions;
import dev.masklet.engine.TrackingSession;
import dev.masklet.engine.prompted.PromptedTracking;
import dev.masklet.engine.prompted.TrackPrompts;
import dev.masklet.engine.prompted.TrackedProject;
import dev.masklet.media.FrameFolderSource;
import dev.masklet.media.MediaException;
import dev.masklet.media.VideoFrames;
import dev.masklet.media.VideoSource;
import dev.masklet.media.VideoSources;

/**
 * {@code masklet-cli track}: tracks the objects of a prompts file through a video or a folder of frames with the
 * model the workbench would use ({@link TrackingModelChoice}: SAM 2 if installed, else the default model) or the one
 * named by {@code --model}, drives the tracking session as the workbench's Ctrl+M does, writes the Masklet project
 * (project file and frames folder, through {@link ProjectStore}) into the output folder and, with
 * {@code --export masks}, one PNG per object and frame. Progress goes to stderr, one JSON summary line to stdout.
 * See docs/cli.md, "Video tracking".
 */
final class TrackCommand implements CliCommand {
    @Override
    public String name() {
        return "track";
    }

    @Override
    public String usage() {
        return """
                  track (--video FILE | --frames DIR) --prompts P.json --out DIR [--model NAME|DIR] [--range A:B]
                        [--reverse] [--export masks] [--threads N] [--memory-frames 1..7]
                                                track the prompted objects (default model: SAM 2 if installed, else
                                                mobilesam); writes the project DIR/<media>.masklet.json with its frames
                                                folder (and DIR/<id>/<frame>.png with --export masks); the prompts
                                                file and every option: docs/cli.md, "Video tracking"
                """;
    }

    @Override
    public CliOptions.Spec options() {
        return CliOptions.Spec.values("video", "frames", "prompts", "model", "out", "range", "export", "threads",
                "memory-frames").withFlags("reverse");
    }

    @Override
    public int run(CliOptions options, CliContext context) throws CliException {
        check(options);
        return execute(options, context);
    }

    private static void check(CliOptions options) throws CliException {
        if (options.given("video") == options.given("frames")) {
            throw new CliException("track needs exactly one of --video FILE and --frames DIR", CliException.USAGE);
        }
        for (String required : List.of("prompts", "out")) {
            if (!options.given(required)) {
                throw new CliException("track needs --" + required, CliException.USAGE);
            }
        }
        String export = options.get("export");
        if (export != null && !export.equals("masks")) {
            throw new CliException("unknown --export '" + export + "' (supported: masks)", CliException.USAGE);
        }
        String threads = options.get("threads");
        if (threads != null && !threads.matches("[1-9][0-9]{0,3}")) {
            throw new CliException("--threads needs a positive number, got '" + threads + "'", CliException.USAGE);
        }
        memoryFrames(options);
    }

    /** --memory-frames, else the preference sam2.memoryFrames as a system property (-Dmasklet.sam2.memoryFrames). */
    private static int memoryFrames(CliOptions options) throws CliException {
        String given = options.given("memory-frames") ? options.get("memory-frames")
                : System.getProperty("masklet." + MaskletPreferences.SAM2_MEMORY_FRAMES);
        if (given == null || given.isBlank()) {
            return MaskletPreferences.SAM2_MEMORY_FRAMES_DEFAULT;
        }
        if (!given.strip().matches("[1-7]")) {
            throw new CliException("--memory-frames needs a number from 1 to 7, got '" + given + "'",
                    CliException.USAGE);
        }
        return Integer.parseInt(given.strip());
    }

    private static int execute(CliOptions options, CliContext context) throws CliException {
        boolean reverse = options.has("reverse");
        Path promptsFile = Path.of(options.get("prompts"));
        TrackPrompts prompts = readPrompts(promptsFile);
        Path outDir = Path.of(options.get("out"));
        boolean exportMasks = options.given("export");
        Path media = Path.of(options.given("video") ? options.get("video") : options.get("frames"));
        try (VideoSource source = openMedia(media, options.given("frames"))) {
            int frameCount = source.frameCount();
            FrameRange range = range(options.get("range"), frameCount);
            try {
                PromptedTracking.check(prompts, range, source.width(), source.height(), frameCount);
            } catch (IllegalArgumentException e) {
                throw new CliException(e.getMessage());
            }
            prepareOutput(outDir, prompts, exportMasks);

            List<TrackingEngine> trackers = context.services().trackingEngines();
            if (options.given("threads")) {
                System.setProperty("masklet.sam2.threads", options.get("threads"));
            }
            String modelName = options.get("model");
            try (TrackingModel model = modelName == null ? TrackingModelChoice.openBest(trackers, "")
                    : TrackingModelChoice.open(trackers, modelName);
                    TrackingSession session = model.newSession(VideoFrames.of(source),
                            TrackingOptions.defaults().withMemoryFrames(memoryFrames(options)))) {
                context.err().printf(Locale.ROOT, "track: model %s, %s, frames %d..%d%s%n", model.name(),
                        count(prompts.labels().size(), "object"), range.first(), range.last(),
                        reverse ? " backwards" : "");
                TrackResults results = new TrackResults(source, outDir, prompts, range, exportMasks, context.err());
                TrackedProject tracked = new TrackedProject(mediaName(media, outDir), source.width(),
                        source.height(), frameCount, prompts, results);
                long start = System.nanoTime();
                PromptedTracking.track(session, prompts, range, reverse, tracked);
                tracked.finish();
                results.finish();
                double seconds = (System.nanoTime() - start) / 1e9;
                Path projectFile = outDir.resolve(projectName(media));
                ProjectStore.save(tracked.project(), projectFile); // the workbench's layout: project file + frames
                int frames = range.length();
                context.err().printf(Locale.ROOT, "track: done: %s over frames %d..%d (%d frames) in %.1f s%n",
                        count(prompts.labels().size(), "object"), range.first(), range.last(), frames, seconds);
                context.out().println(summary(model.name(), range, reverse, frames, seconds, prompts, projectFile,
                        exportMasks, outDir));
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

    /** The frames to track: the whole video without {@code --range}. */
    static FrameRange range(String text, int frameCount) throws CliException {
        try {
            return FrameRange.parseZeroBased(text, frameCount);
        } catch (IndexOutOfBoundsException e) {
            throw new CliException("--range " + text + " is outside the video: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new CliException("--range must be A:B (first and last frame, either may be left out; --reverse"
                    + " tracks backwards): " + e.getMessage(), CliException.USAGE);
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

    private static TrackPrompts readPrompts(Path file) throws CliException {
        try {
            return TrackPrompts.read(file);
        } catch (IOException | IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }

    /** The media path as the project file names it: relative to the project file's folder where possible. */
    static String mediaName(Path media, Path outDir) {
        Path m = media.toAbsolutePath().normalize();
        try {
            return outDir.toAbsolutePath().normalize().relativize(m).toString();
        } catch (IllegalArgumentException e) {
            return m.toString();
        }
    }

    /** {@code clip.mp4} → {@code clip.mp4.masklet.json}; a frame folder {@code shots/} → {@code shots.masklet.json}. */
    static String projectName(Path media) {
        return media.toAbsolutePath().normalize().getFileName() + ProjectStore.SUFFIX;
    }

    private static String summary(String model, FrameRange range, boolean reverse, int frames, double seconds,
            TrackPrompts prompts, Path projectFile, boolean exportMasks, Path outDir) {
        JsonObject o = new JsonObject();
        o.addProperty("model", model);
        JsonArray r = new JsonArray();
        r.add(range.first());
        r.add(range.last());
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

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String oneLine(String message) {
        return message == null ? "unknown error" : message.replaceAll("\\s+", " ").trim();
    }
}
