package dev.masklet.engine.onnx.internal;

import java.util.Locale;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

import dev.masklet.core.settings.MaskletPreferences;

/**
 * Starts with the first class of this bundle, so before any ONNX Runtime session: the only moment at which ONNX
 * Runtime's CUDA build can still be chosen ({@link CudaSupport}).
 */
public final class OnnxEngineBundle implements BundleActivator {
    @Override
    public void start(BundleContext context) {
        String device = EngineSettings.read(MaskletPreferences.ENGINE_DEVICE, MaskletPreferences.ENGINE_DEVICE_DEFAULT)
                .toLowerCase(Locale.ROOT);
        CudaSupport.prepare(context.getBundle(), device);
    }

    @Override
    public void stop(BundleContext context) {
        // ONNX Runtime's natives stay loaded for the life of the process
    }
}
