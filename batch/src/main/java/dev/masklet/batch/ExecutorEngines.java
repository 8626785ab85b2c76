package dev.masklet.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.spark.SparkFiles;

import dev.masklet.core.store.ProjectStore;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.TrackingModel;
import dev.masklet.engine.onnx.MaskletEngines;
import dev.masklet.export.ExporterRegistry;
import dev.masklet.geometry.MaskGeometry;

/**
 * The engine of one executor JVM, opened on its first item and kept for the others (a lazy singleton: Spark runs
 * many tasks in one executor). Each tracking model is opened once, which checks its files' sizes and sha256 sums
 * against its {@code model.json} before anything is loaded; a damaged model fails every item with that reason.
 */
final class ExecutorEngines {
    private static MaskletEngines engines;
    private static ExporterRegistry exporters;
    private static final Map<String, TrackingModel> MODELS = new HashMap<>();

    private ExecutorEngines() {
    }

    /** The model for an item; {@code name} null or "" for the best installed model. */
    static synchronized TrackingModel model(JobConfig config, String name, int taskCpus) throws EngineException {
        if (engines == null) {
            int threads = config.threads() > 0 ? config.threads() : Math.max(1, taskCpus);
            // before any model is opened: one task per core gets one thread, not every core each
            System.setProperty("masklet.engine.threads", Integer.toString(threads));
            System.setProperty("masklet.sam2.threads", Integer.toString(threads));
            // the workbench's frame files: polygon shapes beside each mask, as its geometry component sets up
            ProjectStore.useMaskOutlines(MaskGeometry.storeOutlines());
            engines = MaskletEngines.open(modelsRoot(config.models()));
        }
        String key = name == null ? "" : name;
        TrackingModel model = MODELS.get(key);
        if (model == null) {
            model = engines.openTrackingModel(key);
            MODELS.put(key, model);
        }
        return model;
    }

    static synchronized ExporterRegistry exporters() {
        if (exporters == null) {
            exporters = ExporterRegistry.builtIn();
        }
        return exporters;
    }

    /**
     * The models folder: null for the default; a path as it is when it exists on this machine, else the name of
     * a folder shipped with {@code spark-submit --archives models.tgz#NAME} or {@code --files}, looked up where
     * Spark put it.
     */
    static Path modelsRoot(String models) {
        if (models == null || models.isBlank()) {
            return null;
        }
        String local = models.startsWith("file:") ? java.net.URI.create(models).getPath() : models;
        Path path = Path.of(local);
        if (Files.isDirectory(path)) {
            return path.toAbsolutePath();
        }
        try {
            Path shipped = Path.of(SparkFiles.get(models));
            if (Files.isDirectory(shipped)) {
                return shipped;
            }
        } catch (RuntimeException e) {
            // no Spark environment here: the path stands as given and the model check reports it missing
        }
        return path.toAbsolutePath();
    }
}
