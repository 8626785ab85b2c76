package dev.masklet.cli.internal;

import java.io.IOException;
import java.nio.file.Path;

import com.google.gson.JsonObject;

import dev.masklet.cli.CliException;
import dev.masklet.cli.CliOptions;
import dev.masklet.export.ProjectImport;
import dev.masklet.media.MediaException;

/** {@code masklet-cli import}: a LabelMe / X-AnyLabeling folder or a COCO file into a Masklet project. */
final class ImportCommand implements CliCommand {
    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return """
                  import --from DIR|COCO.json --media VIDEO|FRAMES_DIR
                                                make the media's Masklet project from a LabelMe / X-AnyLabeling folder
                                                (for a frames folder: the JSON beside each image) or a COCO file;
                                                prints a JSON summary, never replaces an existing project
                """;
    }

    @Override
    public CliOptions.Spec options() {
        return CliOptions.Spec.values("from", "media");
    }

    @Override
    public int run(CliOptions options, CliContext context) throws CliException {
        Path from = Path.of(options.require("from"));
        Path media = Path.of(options.require("media"));
        ProjectImport.Result result;
        try {
            result = ProjectImport.run(from, media);
        } catch (IOException | MediaException e) {
            throw new CliException(e.getMessage());
        }
        for (String w : result.warnings()) {
            context.err().println("masklet-cli: warning: " + w);
        }
        JsonObject summary = new JsonObject();
        summary.addProperty("project", result.projectFile().toString());
        summary.addProperty("frames", result.project().annotatedFrames().size());
        summary.addProperty("objects", result.project().objects().size());
        summary.addProperty("warnings", result.warnings().size());
        context.out().println(summary);
        return 0;
    }
}
