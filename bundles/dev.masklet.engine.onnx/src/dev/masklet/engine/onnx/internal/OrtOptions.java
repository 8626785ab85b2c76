package dev.masklet.engine.onnx.internal;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/** The session options every Masklet model uses, in one place so benchmarks measure raw runs the same way. */
public final class OrtOptions {
    private OrtOptions() {
    }

    /** CPU execution, all graph optimisations, one intra-op thread per core. */
    public static OrtSession.SessionOptions cpu() throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        options.setIntraOpNumThreads(Math.max(1, Runtime.getRuntime().availableProcessors()));
        return options;
    }
}
