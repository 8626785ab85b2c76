package dev.masklet.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

import dev.masklet.cli.CliException;

/**
 * {@code masklet-batch}: tracks and exports every item of a manifest on Spark (see docs/batch.md). One Spark task
 * per item; the driver then writes the summary table and the merged datasets.
 *
 * <pre>
 * spark-submit --class dev.masklet.batch.BatchJob masklet-batch-job.jar \
 *     --manifest hdfs:///jobs/night1.jsonl --out hdfs:///jobs/night1 [--models DIR] [--model NAME|DIR]
 *     [--threads N] [--exports coco,yolo,mot,masks]
 * </pre>
 */
public final class BatchJob {
    static final List<String> DEFAULT_EXPORTS = List.of("coco");

    private BatchJob() {
    }

    public static void main(String[] args) throws Exception {
        JobConfig config;
        String manifest;
        try {
            Args a = Args.parse(args);
            manifest = a.manifest();
            config = a.config();
        } catch (CliException e) {
            System.err.println("masklet-batch: " + e.getMessage());
            System.err.println(Args.USAGE);
            System.exit(e.exitCode());
            return;
        }
        SparkConf conf = new SparkConf().setAppName("masklet-batch");
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            List<BatchItem> items;
            try {
                items = Manifest.parse(read(spark, manifest), config.exports());
            } catch (IllegalArgumentException | IOException e) {
                System.err.println("masklet-batch: " + e.getMessage());
                System.exit(2);
                return;
            }
            // items that failed are in the summary with their reasons; they do not fail the job
            run(spark, config, items, null, System.out);
        }
    }

    /**
     * Runs the items and writes the dataset outputs; each item's result is in the returned list, in manifest order.
     *
     * @param hook null, or what a test makes tasks do before they commit
     * @param log where the job log goes (one line per item and the totals)
     */
    public static List<ItemOutcome> run(JavaSparkContext spark, JobConfig config, List<BatchItem> items,
            ItemHook hook, PrintStream log) throws IOException {
        long start = System.nanoTime();
        ItemTask task = new ItemTask(config, spark.hadoopConfiguration(), hook);
        // one partition per item: an item is the unit Spark schedules, retries and speculates
        List<ItemOutcome> outcomes = new ArrayList<>(spark.parallelize(items, items.size()).map(task).collect());
        double seconds = (System.nanoTime() - start) / 1e9;
        ItemStore store = new ItemStore(config.output(), spark.hadoopConfiguration());
        store.removeAttempts(); // every task has ended: what is left there are failed attempts' copies
        DatasetOutputs dataset = new DatasetOutputs(store);
        dataset.writeSummary(outcomes);
        int coco = dataset.mergeCoco(outcomes);
        int yolo = dataset.mergeYolo(outcomes);
        StringBuilder text = new StringBuilder();
        for (ItemOutcome o : outcomes) {
            text.append(String.format(Locale.ROOT, "masklet-batch: %-24s %-7s %5d frames %3d objects %8.1f s %7.2f"
                    + " frames/s%s%n", o.id(), o.status(), o.frames(), o.objects(), o.seconds(), o.framesPerSecond(),
                    o.reason().isEmpty() ? "" : "  " + o.reason()));
        }
        long done = outcomes.stream().filter(o -> o.status().equals(ItemOutcome.DONE)).count();
        long skipped = outcomes.stream().filter(o -> o.status().equals(ItemOutcome.SKIPPED)).count();
        long failed = outcomes.stream().filter(o -> o.status().equals(ItemOutcome.FAILED)).count();
        int frames = outcomes.stream().filter(o -> o.status().equals(ItemOutcome.DONE)).mapToInt(ItemOutcome::frames)
                .sum();
        text.append(String.format(Locale.ROOT, "masklet-batch: %d items: %d done, %d skipped (done before), %d failed;"
                + " %d frames tracked in %.1f s (%.2f frames/s, %.0f items/hour); COCO over %d, YOLO over %d items;"
                + " summary in %s%n", outcomes.size(), done, skipped, failed, frames, seconds,
                seconds > 0 ? frames / seconds : 0, seconds > 0 ? done * 3600 / seconds : 0, coco, yolo,
                new Path(store.root(), "summary.csv")));
        log.print(text);
        appendLog(dataset, store, text.toString());
        return outcomes;
    }

    private static void appendLog(DatasetOutputs dataset, ItemStore store, String text) throws IOException {
        Path file = new Path(store.root(), "job.log");
        String before = "";
        if (store.fs().exists(file)) {
            try (InputStream in = store.fs().open(file)) {
                before = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        dataset.write(file, before + text);
    }

    private static String read(JavaSparkContext spark, String location) throws IOException {
        Path path = new Path(location);
        FileSystem fs = path.getFileSystem(spark.hadoopConfiguration());
        if (!fs.exists(path)) {
            throw new IOException("manifest " + location + " not found");
        }
        try (InputStream in = fs.open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
