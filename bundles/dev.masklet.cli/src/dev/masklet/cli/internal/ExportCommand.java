package dev.masklet.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonObject;

import dev.masklet.cli.CliException;
import dev.masklet.cli.CliOptions;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.FrameRange;
import dev.masklet.core.store.LoadReport;
import dev.masklet.core.store.ProjectStore;
import dev.masklet.export.ExportException;
import dev.masklet.export.ExportMonitor;
import dev.masklet.export.ExportOptions;
import dev.masklet.export.ExportRequest;
import dev.masklet.export.ExportResult;
import dev.masklet.export.ExporterDescriptor;
import dev.masklet.export.ExporterRegistry;
import dev.masklet.export.ImageFormat;
import dev.masklet.export.OutputKind;
import dev.masklet.export.ShapeMasks;
import dev.masklet.media.MediaException;
import dev.masklet.media.VideoFrames;
import dev.masklet.media.VideoSource;
import dev.masklet.media.VideoSources;

/**
 * {@code masklet-cli export}: writes a project in any registered dataset format, or lists the formats.
 */
final class ExportCommand implements CliCommand {
    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return """
                  export --list                 list the dataset formats (id, name, output, description; tab-separated)
                  export --project FILE.masklet.json --format ID --out DIR [--range A:B] [--images]
                         [--image-format jpg|png] [--fineness PIXELS] [--all-frames] [--set KEY=VALUE ...]
                                                write the annotations as a dataset; prints a JSON summary
                """;
    }

    @Override
    public CliOptions.Spec options() {
        return CliOptions.Spec.values("project", "format", "out", "range", "image-format", "fineness")
                .withFlags("list", "images", "all-frames").withRepeatable("set");
    }

    @Override
    public int run(CliOptions a, CliContext context) throws CliException {
        PrintStream out = context.out();
        PrintStream err = context.err();
        ExporterRegistry registry = ExporterRegistry.fromPlatform();
        for (String problem : registry.problems()) {
            err.println("masklet-cli: warning: " + problem);
        }
        if (a.has("list")) {
            for (ExporterDescriptor d : registry.exporters()) {
                out.println(d.id() + "\t" + d.name() + "\t" + d.outputKind().name().toLowerCase(java.util.Locale.ROOT) + "\t"
                        + d.description());
            }
            return 0;
        }
        if (!a.given("project") || !a.given("format") || !a.given("out")) {
            throw new CliException("export needs --project, --format and --out (or --list)", CliException.USAGE);
        }
        ExporterDescriptor descriptor = registry.find(a.get("format")).orElseThrow(() -> new CliException(
                "unknown format '" + a.get("format") + "'; known: " + String.join(", ",
                        registry.exporters().stream().map(ExporterDescriptor::id).toList()), CliException.USAGE));
        ExportOptions options = options(a);
        Path projectFile = Path.of(a.get("project"));
        LoadReport report = load(projectFile, 0);
        AnnotationProject project = report.project();
        Path video = projectFile.toAbsolutePath().resolveSibling(project.mediaName());
        Path output = Path.of(a.get("out"));
        if (descriptor.outputKind() == OutputKind.FILE && (Files.isDirectory(output) || a.get("out").endsWith("/"))) {
            String stem = project.mediaName().replaceFirst("\\.[^.]*$", "");
            output = output.resolve(stem + (descriptor.fileExtension().isEmpty() ? ""
                    : "." + descriptor.fileExtension()));
        }
        VideoSource source = null;
        try {
            if (Files.isRegularFile(video)) {
                try {
                    source = VideoSources.open(video);
                } catch (MediaException e) {
                    if (options.includeImages()) {
                        throw e;
                    }
                    err.println("masklet-cli: warning: " + e.getMessage() + "; exporting without the video");
                }
            } else if (options.includeImages()) {
                throw new CliException(video + ": no such video file (the project's media, needed for --images)");
            }
            if (source != null && source.frameCount() != project.frameCount()) {
                report = load(projectFile, source.frameCount()); // the video's length is what counts
                project = report.project();
            }
            List<String> skipped = report.skippedLines();
            for (String line : skipped) { // the files are left as they are; the rest is exported
                err.println("masklet-cli: warning: skipped " + line);
            }
            List<String> shapeWarnings = ShapeMasks.add(project); // shapes of other tools become masks too
            for (String w : shapeWarnings) {
                err.println("masklet-cli: warning: " + w);
            }
            ExportRequest request = new ExportRequest(project, source == null ? null : VideoFrames.of(source), output,
                    options);
            ExportResult result = descriptor.create().export(request, progress(err));
            for (String w : result.warnings()) {
                err.println("masklet-cli: warning: " + w);
            }
            JsonObject summary = new JsonObject();
            summary.addProperty("format", descriptor.id());
            summary.addProperty("out", output.toAbsolutePath().toString());
            summary.addProperty("frames", request.selectedFrames().size());
            summary.addProperty("files", result.files().size());
            summary.addProperty("warnings", shapeWarnings.size() + result.warnings().size());
            summary.addProperty("skipped", skipped.size());
            out.println(summary);
            return 0;
        } catch (MediaException | IOException | ExportException e) {
            throw new CliException(e.getMessage());
        } finally {
            if (source != null) {
                source.close();
            }
        }
    }

    /** The project with the frame files that can be read; frames at or beyond {@code mediaFrames} are skipped. */
    private static LoadReport load(Path projectFile, int mediaFrames) throws CliException {
        try {
            return ProjectStore.open(projectFile, mediaFrames);
        } catch (IOException e) {
            throw new CliException(e.getMessage());
        }
    }

    private static ExportOptions options(CliOptions a) throws CliException {
        try {
            ExportOptions.Builder b = ExportOptions.builder().includeImages(a.has("images"))
                    .includeUnannotatedFrames(a.has("all-frames"));
            if (a.given("range")) {
                b.range(FrameRange.parseZeroBased(a.get("range")));
            }
            if (a.given("image-format")) {
                b.imageFormat(ImageFormat.parse(a.get("image-format")));
            }
            if (a.given("fineness")) {
                b.polygonEpsilon(Double.parseDouble(a.get("fineness")));
            }
            for (String s : a.all("set")) {
                int eq = s.indexOf('=');
                if (eq <= 0) {
                    throw new CliException("--set needs KEY=VALUE, got '" + s + "'", CliException.USAGE);
                }
                b.property(s.substring(0, eq), s.substring(eq + 1));
            }
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), CliException.USAGE);
        }
    }

    /** Prints "export: N%" on stderr every 10 percent. */
    private static ExportMonitor progress(PrintStream err) {
        return new ExportMonitor() {
            private int total;
            private int done;
            private int lastTenth;

            @Override
            public void begin(String task, int totalWork) {
                total = totalWork;
                err.println("masklet-cli: " + task);
            }

            @Override
            public void worked(int work) {
                done += work;
                int tenth = total <= 0 ? 10 : Math.min(10, done * 10 / total);
                if (tenth > lastTenth && total >= 20) {
                    lastTenth = tenth;
                    err.println("masklet-cli: export " + tenth * 10 + "%");
                }
            }

            @Override
            public boolean isCanceled() {
                return false;
            }
        };
    }
}
