package dev.masklet.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * The benchmark's baseline (scripts/bench-batch.sh): the manifest's items one after another in this JVM, without
 * Spark, through the very {@link ItemTask} the job's executors run; prints the totals as the job's log does.
 *
 * <pre>
 * java -cp ... dev.masklet.batch.SequentialRun --manifest FILE --out DIR [--threads N] ...
 * </pre>
 */
public final class SequentialRun {
    private SequentialRun() {
    }

    public static void main(String[] args) throws Exception {
        Args a = Args.parse(args);
        Configuration conf = new Configuration();
        List<BatchItem> items = Manifest.parse(read(conf, a.manifest()), a.config().exports());
        ItemTask task = new ItemTask(a.config(), conf, null);
        long start = System.nanoTime();
        List<ItemOutcome> outcomes = new ArrayList<>();
        for (BatchItem item : items) {
            outcomes.add(task.call(item));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long done = outcomes.stream().filter(o -> o.status().equals(ItemOutcome.DONE)).count();
        int frames = outcomes.stream().filter(o -> o.status().equals(ItemOutcome.DONE))
                .mapToInt(ItemOutcome::frames).sum();
        System.out.printf(Locale.ROOT, "sequential: %d items done, %d frames in %.1f s (%.2f frames/s, %.0f"
                + " items/hour)%n", done, frames, seconds, frames / seconds, done * 3600 / seconds);
    }

    private static String read(Configuration conf, String location) throws IOException {
        Path path = new Path(location);
        try (InputStream in = path.getFileSystem(conf).open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
