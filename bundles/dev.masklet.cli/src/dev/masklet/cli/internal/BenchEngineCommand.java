package dev.masklet.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import dev.masklet.cli.CliException;
import dev.masklet.cli.CliOptions;
import dev.masklet.core.image.RgbImage;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.onnx.bench.EngineBenchmark;
import dev.masklet.media.sample.SampleScene;

/**
 * {@code masklet-cli bench-engine [--runs N] [--report FILE]}: the segmentation engine against raw ONNX Runtime on
 * the default model (see BENCHMARKS.md); prints a table and writes it as Markdown to the report file if given.
 */
final class BenchEngineCommand implements CliCommand {
    @Override
    public String name() {
        return "bench-engine";
    }

    @Override
    public String usage() {
        return """
                  bench-engine [--runs N] [--report FILE]
                                                time the engine against raw ONNX Runtime
                """;
    }

    @Override
    public CliOptions.Spec options() {
        return CliOptions.Spec.values("runs", "report");
    }

    @Override
    public int run(CliOptions options, CliContext context) throws CliException {
        int runs = options.positive("runs", 7);
        PrintStream out = context.out();
        PrintStream err = context.err();
        RgbImage image = SampleScene.standard().render(0);
        EngineBenchmark.Result r;
        try {
            r = EngineBenchmark.run(context.services().segmentationEngine(), image, runs,
                    step -> err.println("bench-engine: " + step + "..."));
        } catch (EngineException e) {
            throw new CliException(e.getMessage());
        }
        String table = String.format(Locale.ROOT, """
                | step (MobileSAM, %dx%d image, median of %d) | raw ONNX Runtime | Masklet engine | ratio |
                | --- | --: | --: | --: |
                | encode (engine: with preprocessing) | %.1f ms | %.1f ms | %.3f |
                | click-to-mask (engine: with tensors and mask) | %.1f ms | %.1f ms | %.3f |
                """, image.width(), image.height(), r.runs(), r.rawEncoderMs(), r.engineEncodeMs(), r.encodeRatio(),
                r.rawDecoderMs(), r.engineClickMs(), r.clickRatio());
        out.print(table);
        String report = options.get("report");
        if (report != null) {
            String text = "# bench-engine " + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors()
                    + " cores, Java " + Runtime.version() + "\n\n" + table;
            try {
                Files.writeString(Path.of(report), text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CliException(report + ": cannot be written (" + e.getMessage() + ")");
            }
        }
        return 0;
    }
}
