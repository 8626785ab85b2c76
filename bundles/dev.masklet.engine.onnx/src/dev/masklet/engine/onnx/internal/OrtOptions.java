package dev.masklet.engine.onnx.internal;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.masklet.engine.DeviceStatus;

/**
 * The session options every Masklet model uses, built from {@link EngineSettings} in one place so that benchmarks
 * measure raw runs the same way.
 */
public final class OrtOptions {
    private OrtOptions() {
    }

    /**
     * Session options and where they will run.
     *
     * @param options to pass to {@code createSession} (the caller closes them)
     * @param status the device in use and the line to show; when CUDA was asked for and could not be added the
     *            options are CPU options and the status says why
     */
    public record Configured(OrtSession.SessionOptions options, DeviceStatus status) {
    }

    /** CPU execution, all graph optimisations, one intra-op thread per core (the defaults). */
    public static OrtSession.SessionOptions cpu() throws OrtException {
        return configure(EngineSettings.defaults()).options();
    }

    public static Configured configure(EngineSettings settings) throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        try {
            options.setOptimizationLevel(switch (settings.optLevel()) {
                case "none" -> OrtSession.SessionOptions.OptLevel.NO_OPT;
                case "basic" -> OrtSession.SessionOptions.OptLevel.BASIC_OPT;
                case "extended" -> OrtSession.SessionOptions.OptLevel.EXTENDED_OPT;
                default -> OrtSession.SessionOptions.OptLevel.ALL_OPT;
            });
            options.setIntraOpNumThreads(settings.effectiveThreads());
            options.setCPUArenaAllocator(settings.arena());
            String suffix = settings.problems().isEmpty() ? "" : " (" + settings.problems() + ")";
            if (!"cuda".equals(settings.device())) {
                return new Configured(options, new DeviceStatus("cpu", "cpu", "running on CPU" + suffix));
            }
            String reason = addCuda(options);
            if (reason == null) {
                return new Configured(options, new DeviceStatus("cuda", "cuda", "running on CUDA (GPU 0)" + suffix));
            }
            return new Configured(options, cudaFallback(reason + suffix));
        } catch (OrtException | RuntimeException e) {
            options.close();
            throw e;
        }
    }

    /** The status of a session that had to be opened on the CPU after CUDA failed. */
    public static DeviceStatus cudaFallback(String reason) {
        return new DeviceStatus("cuda", "cpu", "CUDA requested but not available (" + reason + "); running on CPU");
    }

    /** @return null when the CUDA execution provider was added, else why not */
    private static String addCuda(OrtSession.SessionOptions options) {
        try {
            options.addCUDA(0);
            return null;
        } catch (OrtException | RuntimeException | LinkageError e) {
            // The CPU-only ONNX Runtime jar has no CUDA provider; a GPU jar without CUDA libraries fails here too.
            String message = e.getMessage();
            return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
        }
    }
}
