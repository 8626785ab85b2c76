package dev.masklet.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function;

import dev.masklet.core.store.ProjectStore;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.TrackingModel;
import dev.masklet.engine.prompted.TrackPrompts;

/**
 * One item on an executor: skip it when an earlier run did it; else copy its media into a local scratch folder, track
 * and export there ({@link ItemTracker}), copy that to an attempt folder and move it into place
 * ({@link ItemStore}). A problem with the item is its outcome (the job goes on); anything else (storage, the
 * executor) fails the task, which Spark retries.
 */
final class ItemTask implements Function<BatchItem, ItemOutcome> {
    private static final long serialVersionUID = 1L;
    private final JobConfig config;
    private final SerializableConf hadoop;
    private final ItemHook hook;

    ItemTask(JobConfig config, Configuration hadoop, ItemHook hook) {
        this.config = config;
        this.hadoop = new SerializableConf(hadoop);
        this.hook = hook;
    }

    @Override
    public ItemOutcome call(BatchItem item) throws Exception {
        ItemStore store = new ItemStore(config.output(), hadoop.get());
        var done = store.done(item.id());
        if (done.isPresent()) {
            return done.get();
        }
        java.nio.file.Path scratch = Files.createTempDirectory("masklet-batch-" + item.id() + "-");
        try {
            return track(item, store, scratch);
        } finally {
            delete(scratch);
        }
    }

    private ItemOutcome track(BatchItem item, ItemStore store, java.nio.file.Path scratch) throws Exception {
        TaskContext task = TaskContext.get();
        int taskCpus = task == null ? 1 : task.cpus();
        ItemTracker.Tracked tracked;
        try {
            Path mediaPath = new Path(item.media());
            FileSystem mediaFs = mediaPath.getFileSystem(hadoop.get());
            if (!mediaFs.exists(mediaPath)) {
                return ItemOutcome.failed(item.id(), item.media() + ": no such " + (item.frameFolder()
                        ? "frame folder" : "video file"));
            }
            // the media goes into the item's folder beside its project, as the workbench keeps them: a reviewer
            // opens items/<id>/<media> and the workbench finds the project next to it
            java.nio.file.Path work = Files.createDirectories(scratch.resolve("item"));
            java.nio.file.Path media = work.resolve(mediaPath.getName());
            mediaFs.copyToLocalFile(false, mediaPath, new Path(media.toUri()), true);
            String mediaName = mediaPath.getName();
            TrackPrompts prompts = prompts(item, scratch);
            TrackingModel model = ExecutorEngines.model(config, item.model() != null ? item.model()
                    : config.model(), taskCpus);
            tracked = ItemTracker.run(item, media, prompts, mediaName, work, model, ExecutorEngines.exporters());
        } catch (ItemException e) {
            return ItemOutcome.failed(item.id(), e.getMessage());
        } catch (EngineException e) {
            return ItemOutcome.failed(item.id(), "model: " + ItemTracker.oneLine(e.getMessage()));
        }
        ItemOutcome outcome = new ItemOutcome(item.id(), ItemOutcome.DONE, tracked.frames(), tracked.objects(),
                tracked.seconds(), "");
        Path attempt = store.attemptDir(item.id());
        store.fs().copyFromLocalFile(false, true, new Path(scratch.resolve("item").toUri()), attempt);
        if (hook != null) {
            hook.beforeCommit(item, task == null ? 0 : task.attemptNumber());
        }
        if (!store.commit(item.id(), attempt, outcome)) {
            return store.done(item.id()).orElse(outcome);
        }
        return outcome;
    }

    /** The item's prompts: inline, from a prompts file, or the kept masks of a Masklet project. */
    private TrackPrompts prompts(BatchItem item, java.nio.file.Path scratch) throws IOException, ItemException {
        try {
            if (item.project() == null) {
                String text = item.prompts() != null ? item.prompts() : read(item.promptsLocation());
                return TrackPrompts.parse(text, "prompts of " + item.id());
            }
            Path file = new Path(item.project());
            FileSystem fs = file.getFileSystem(hadoop.get());
            if (!fs.exists(file)) {
                throw new ItemException("project " + item.project() + " not found");
            }
            java.nio.file.Path local = Files.createDirectories(scratch.resolve("project")).resolve(file.getName());
            fs.copyToLocalFile(false, file, new Path(local.toUri()), true);
            java.nio.file.Path localFrames = ProjectStore.framesFolderFor(local);
            Path frames = new Path(file.getParent(), localFrames.getFileName().toString());
            if (fs.exists(frames)) {
                fs.copyToLocalFile(false, frames, new Path(localFrames.toUri()), true);
            }
            try {
                return TrackPrompts.fromProject(ProjectStore.open(local).project());
            } catch (IOException e) {
                throw new ItemException("project " + item.project() + " cannot be read: "
                        + ItemTracker.oneLine(e.getMessage()).replace(local.toString(), item.project()));
            }
        } catch (IllegalArgumentException e) {
            throw new ItemException(ItemTracker.oneLine(e.getMessage()));
        }
    }

    private String read(String location) throws IOException, ItemException {
        Path path = new Path(location);
        FileSystem fs = path.getFileSystem(hadoop.get());
        if (!fs.exists(path)) {
            throw new ItemException("prompts file " + location + " not found");
        }
        try (InputStream in = fs.open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void delete(java.nio.file.Path dir) throws IOException {
        try (Stream<java.nio.file.Path> files = Files.walk(dir)) {
            for (java.nio.file.Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
