package dev.masklet.engine.onnx.internal;

import java.util.Locale;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

import dev.masklet.core.settings.MaskletPreferences;

/**
 * The engine's preferences ({@link MaskletPreferences}): a system property {@code masklet.<key>} wins (how the
 * headless CLI and tests set them), then the Eclipse instance scope node {@code dev.masklet}, then the default.
 * Out-of-range values are replaced by the default and reported in {@link #problems()}.
 *
 * @param device {@code auto}, {@code cpu} or {@code cuda}
 * @param threads ONNX Runtime intra-op threads, 0 = one per core
 * @param optLevel {@code all}, {@code extended}, {@code basic} or {@code none}
 * @param arena whether ONNX Runtime's CPU memory arena is used
 * @param embeddingCache how many frame embeddings are kept (at least 1)
 * @param problems what was wrong with the stored values, empty when nothing; for the device status line
 */
public record EngineSettings(String device, int threads, String optLevel, boolean arena, int embeddingCache,
        String problems) {

    public static EngineSettings defaults() {
        return new EngineSettings(MaskletPreferences.ENGINE_DEVICE_DEFAULT, MaskletPreferences.ENGINE_THREADS_DEFAULT,
                MaskletPreferences.ENGINE_OPT_LEVEL_DEFAULT, MaskletPreferences.ENGINE_ARENA_DEFAULT,
                MaskletPreferences.ENGINE_EMBEDDING_CACHE_DEFAULT, "");
    }

    /** Reads the current values (cheap: call it whenever a model is opened). */
    public static EngineSettings current() {
        StringBuilder problems = new StringBuilder();
        String device = read(MaskletPreferences.ENGINE_DEVICE, MaskletPreferences.ENGINE_DEVICE_DEFAULT)
                .toLowerCase(Locale.ROOT);
        if (!java.util.List.of("auto", "cpu", "cuda").contains(device)) {
            problem(problems, MaskletPreferences.ENGINE_DEVICE, device);
            device = MaskletPreferences.ENGINE_DEVICE_DEFAULT;
        }
        int threads = integer(MaskletPreferences.ENGINE_THREADS, MaskletPreferences.ENGINE_THREADS_DEFAULT, 0,
                problems);
        String opt = read(MaskletPreferences.ENGINE_OPT_LEVEL, MaskletPreferences.ENGINE_OPT_LEVEL_DEFAULT)
                .toLowerCase(Locale.ROOT);
        if (!java.util.List.of("all", "extended", "basic", "none").contains(opt)) {
            problem(problems, MaskletPreferences.ENGINE_OPT_LEVEL, opt);
            opt = MaskletPreferences.ENGINE_OPT_LEVEL_DEFAULT;
        }
        String arenaText = read(MaskletPreferences.ENGINE_ARENA,
                Boolean.toString(MaskletPreferences.ENGINE_ARENA_DEFAULT)).toLowerCase(Locale.ROOT);
        boolean arena = MaskletPreferences.ENGINE_ARENA_DEFAULT;
        if (arenaText.equals("true") || arenaText.equals("false")) {
            arena = Boolean.parseBoolean(arenaText);
        } else {
            problem(problems, MaskletPreferences.ENGINE_ARENA, arenaText);
        }
        int cache = integer(MaskletPreferences.ENGINE_EMBEDDING_CACHE,
                MaskletPreferences.ENGINE_EMBEDDING_CACHE_DEFAULT, 1, problems);
        return new EngineSettings(device, threads, opt, arena, cache, problems.toString());
    }

    /** The models folder preference, or null when it is empty or not set. */
    static String modelsFolder() {
        String folder = read(MaskletPreferences.MODELS_FOLDER, MaskletPreferences.MODELS_FOLDER_DEFAULT);
        return folder.isBlank() ? null : folder;
    }

    /** Intra-op threads to give ONNX Runtime. */
    public int effectiveThreads() {
        return threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    public EngineSettings withDevice(String newDevice) {
        return new EngineSettings(newDevice, threads, optLevel, arena, embeddingCache, problems);
    }

    public EngineSettings withThreads(int count) {
        return new EngineSettings(device, count, optLevel, arena, embeddingCache, problems);
    }

    public EngineSettings withEmbeddingCache(int size) {
        return new EngineSettings(device, threads, optLevel, arena, size, problems);
    }

    private static int integer(String key, int fallback, int min, StringBuilder problems) {
        String text = read(key, Integer.toString(fallback)).strip();
        try {
            int value = Integer.parseInt(text);
            if (value >= min) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(problems, key, text);
        return fallback;
    }

    private static void problem(StringBuilder problems, String key, String value) {
        problems.append(problems.isEmpty() ? "" : "; ").append("preference ").append(key).append(" = '")
                .append(value).append("' is not valid, using the default");
    }

    static String read(String key, String fallback) {
        String property = System.getProperty("masklet." + key);
        if (property != null && !property.isBlank()) {
            return property.strip();
        }
        try {
            IEclipsePreferences node = InstanceScope.INSTANCE.getNode(MaskletPreferences.NODE);
            String value = node.get(key, null);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        } catch (RuntimeException | LinkageError e) {
            // no preference service or no instance location (a bare headless run): the defaults apply
        }
        return fallback;
    }
}
