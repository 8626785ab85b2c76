package dev.masklet.batch;

import java.io.Serializable;
import java.util.List;

/**
 * The job's settings, sent to every executor.
 *
 * @param output where results go (a Hadoop path or URI); items in {@code items/<id>/}
 * @param models the models folder on each executor (a local path, also one shipped with {@code --archives}), or
 *            null for {@code $MASKLET_MODELS} / {@code ~/.cache/masklet/models}
 * @param model the tracking model of items that name none: a name, a SAM 2 folder, or null for the best installed
 * @param threads ONNX Runtime threads per task (0: {@code spark.task.cpus})
 * @param exports the exports of items that name none
 */
public record JobConfig(String output, String models, String model, int threads, List<String> exports)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public JobConfig {
        exports = List.copyOf(exports);
    }
}
