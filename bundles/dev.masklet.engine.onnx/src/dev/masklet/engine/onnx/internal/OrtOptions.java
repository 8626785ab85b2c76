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
            String requested = settings.device();
            if ("cpu".equals(requested)) {
                return new Configured(options, new DeviceStatus("cpu", "cpu", "running on CPU" + suffix));
            }
            // cuda always tries (its message must be the real reason); auto does not when it cannot work
            String reason = "auto".equals(requested) ? CudaSupport.skipForAuto() : CudaSupport.unavailableReason();
            if (reason == null) {
                reason = addCuda(options);
            }
            if (reason == null) {
                return new Configured(options, new DeviceStatus(requested, "cuda", "running on CUDA (GPU 0)" + suffix));
            }
            return new Configured(options, cudaFallback(requested, reason + suffix));
        } catch (OrtException | RuntimeException e) {
            options.close();
            throw e;
        }
    }

    /**
     * The status of a session that had to be opened on the CPU because CUDA could not be used.
     *
     * @param requested {@code cuda} (a fallback that the UI and CLI point out) or {@code auto} (the CPU is fine)
     * @param reason why not, for people (see {@link CudaSupport#explain})
     */
    public static DeviceStatus cudaFallback(String requested, String reason) {
        CudaSupport.failed(reason);
        if ("auto".equals(requested)) {
            return new DeviceStatus("auto", "cpu", "running on CPU (no GPU: " + reason + ")");
        }
        return new DeviceStatus("cuda", "cpu", "CUDA requested but not available (" + reason + "); running on CPU");
    }

    /** @return null when the CUDA execution provider was added, else why not */
    private static String addCuda(OrtSession.SessionOptions options) {
        try {
            options.addCUDA(0);
            return null;
        } catch (OrtException | RuntimeException | LinkageError e) {
            // ONNX Runtime's CUDA build loads its CUDA provider here; it fails when CUDA or cuDNN are missing
            return CudaSupport.explain(e.getMessage());
        }
    }
}
