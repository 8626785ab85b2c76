package dev.masklet.batch;

import java.util.Arrays;
import java.util.List;

import dev.masklet.cli.CliException;
import dev.masklet.cli.CliOptions;

/** The command line of {@link BatchJob}, read by the same parser as masklet-cli's ({@link CliOptions}). */
record Args(String manifest, JobConfig config) {
    static final String USAGE = """
            usage: masklet-batch --manifest FILE --out DIR [--models DIR] [--model NAME|DIR] [--threads N]
                                 [--exports coco,yolo,mot,masks,...]
              FILE and DIR are Hadoop paths or URIs (file:///, hdfs://, s3a://); see docs/batch.md""";
    private static final CliOptions.Spec OPTIONS = CliOptions.Spec.values("manifest", "out", "models", "model",
            "threads", "exports");

    /** @throws CliException with a one-line message for a command line that cannot be understood (exit 2) */
    static Args parse(String[] args) throws CliException {
        // no help command to point to: the job prints USAGE after the message
        CliOptions options = CliOptions.parse("masklet-batch", List.of(args), OPTIONS, null);
        String manifest = options.require("manifest");
        String out = options.require("out");
        int threads = options.positive("threads", 0);
        List<String> exports = options.given("exports")
                ? Arrays.stream(options.get("exports").split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .toList()
                : BatchJob.DEFAULT_EXPORTS;
        return new Args(manifest, new JobConfig(out, options.get("models"), options.get("model"), threads, exports));
    }
}
