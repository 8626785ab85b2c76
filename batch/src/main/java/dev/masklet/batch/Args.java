package dev.masklet.batch;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The command line of {@link BatchJob}. */
record Args(String manifest, JobConfig config) {
    static final String USAGE = """
            usage: masklet-batch --manifest FILE --out DIR [--models DIR] [--model NAME|DIR] [--threads N]
                                 [--exports coco,yolo,mot,masks,...]
              FILE and DIR are Hadoop paths or URIs (file:///, hdfs://, s3a://); see docs/batch.md""";
    private static final Set<String> KNOWN = Set.of("manifest", "out", "models", "model", "threads", "exports");

    static Args parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--") || !KNOWN.contains(a.substring(2))) {
                throw new IllegalArgumentException("unknown argument '" + a + "'");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(a + " needs a value");
            }
            values.put(a.substring(2), args[++i]);
        }
        for (String required : List.of("manifest", "out")) {
            if (!values.containsKey(required)) {
                throw new IllegalArgumentException("--" + required + " is required");
            }
        }
        int threads = 0;
        if (values.containsKey("threads")) {
            String t = values.get("threads");
            if (!t.matches("[1-9][0-9]{0,3}")) {
                throw new IllegalArgumentException("--threads needs a positive number, got '" + t + "'");
            }
            threads = Integer.parseInt(t);
        }
        List<String> exports = values.containsKey("exports")
                ? Arrays.stream(values.get("exports").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                : BatchJob.DEFAULT_EXPORTS;
        return new Args(values.get("manifest"), new JobConfig(values.get("out"), values.get("models"),
                values.get("model"), threads, exports));
    }
}
