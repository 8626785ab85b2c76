package dev.masklet.engine.onnx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import dev.masklet.engine.DeviceStatus;
import dev.masklet.engine.MaskPrediction;
import dev.masklet.engine.Prompt;
import dev.masklet.engine.onnx.internal.CudaSupport;
import dev.masklet.engine.onnx.internal.EngineSettings;
import dev.masklet.engine.onnx.internal.MobileSamEngine;

/**
 * The GPU as an option, in the default build: without the "Masklet CUDA support" feature the engine says so and
 * runs on the CPU. (With the feature, ONNX Runtime's CUDA build is loaded and fails on a machine without CUDA; the
 * install test checks that with {@code -Pcuda}.)
 */
class CudaSupportTest {

    @Test
    void theDefaultBuildHasNoCudaSupport() {
        Bundle engine = FrameworkUtil.getBundle(CudaSupport.class);
        assertEquals(Bundle.ACTIVE, engine.getState(), "the engine bundle's activator has chosen ONNX Runtime's build");
        assertEquals(CudaSupport.NOT_INSTALLED, CudaSupport.unavailableReason());
        assertNull(CudaSupport.nativesFolder());
        assertNull(engine.findEntries("onnxruntime-cuda/linux-x64", "*.so", false),
                "no CUDA natives reach the default build");
        assertNull(System.getProperty("onnxruntime.native.path"), "ONNX Runtime loads its CPU natives");
    }

    @Test
    void automaticRunsOnTheCpuWithoutAWarning() throws Exception {
        MobileSamEngine engine = new MobileSamEngine(() -> EngineSettings.defaults().withDevice("auto").withThreads(2));
        try {
            engine.ensureReady();
            DeviceStatus status = engine.deviceStatus();
            assertEquals(new DeviceStatus("auto", "cpu", "running on CPU (no GPU: " + CudaSupport.NOT_INSTALLED + ")"),
                    status);
            assertFalse(status.isFallback(), "automatic takes the CPU when there is no GPU: nothing to warn about");
            MaskPrediction p = engine.predict(engine.encode(MobileSamEngineTest.scene(false)),
                    Prompt.of(List.of(new Prompt.Point(220, 250, true)), null));
            double iou = p.mask().iou(MobileSamEngineTest.truth(MobileSamEngineTest::inDisk));
            assertTrue(iou > 0.95, "segments the disk on the CPU: IoU " + iou);
        } finally {
            engine.deactivate();
        }
    }

    @Test
    void aFailedCudaProviderIsExplainedWithoutOnnxRuntimesJargon() {
        // what ONNX Runtime 1.29 throws from addCUDA when its CUDA build cannot load libonnxruntime_providers_cuda
        String ort = "Error code - ORT_FAIL - message: OrtSessionOptionsAppendExecutionProvider_Cuda: "
                + "Failed to load shared library";
        String message = CudaSupport.explain(ort);
        assertFalse(message.contains("ORT_FAIL") || message.contains("Error code"), message);
        if (message.startsWith("the NVIDIA driver, CUDA 12 and cuDNN 9 are needed; not found: ")) {
            // this machine (no GPU): the message names what the dynamic linker cannot find
            assertTrue(message.contains("libcudart.so.12") || message.contains("libcudnn.so.9")
                    || message.contains("libcuda.so.1"), message);
        } else {
            // a machine with all CUDA libraries: ONNX Runtime's own reason, without its prefix
            assertEquals("OrtSessionOptionsAppendExecutionProvider_Cuda: Failed to load shared library", message);
        }
    }
}
