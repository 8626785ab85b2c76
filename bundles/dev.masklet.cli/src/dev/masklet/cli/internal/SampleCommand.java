package dev.masklet.cli.internal;

import java.io.IOException;
import java.nio.file.Path;

import dev.masklet.cli.CliException;
import dev.masklet.cli.CliOptions;
import dev.masklet.media.sample.SampleScene;
import dev.masklet.media.sample.SampleVideoWriter;

/** {@code masklet-cli sample --out FILE [--frames N]}: writes the synthetic sample video and prints its path. */
final class SampleCommand implements CliCommand {
    @Override
    public String name() {
        return "sample";
    }

    @Override
    public String usage() {
        return """
                  sample --out FILE [--frames N] write the synthetic sample video (a red disk and a blue square moving)
                """;
    }

    @Override
    public CliOptions.Spec options() {
        return CliOptions.Spec.values("out", "frames");
    }

    @Override
    public int run(CliOptions options, CliContext context) throws CliException {
        Path file = Path.of(options.require("out"));
        SampleScene standard = SampleScene.standard();
        SampleScene scene = new SampleScene(standard.width(), standard.height(),
                options.positive("frames", standard.frames()));
        try {
            SampleVideoWriter.write(scene, file, 25);
        } catch (IOException e) {
            throw new CliException(e.getMessage());
        }
        context.out().println(file.toAbsolutePath());
        return 0;
    }
}
