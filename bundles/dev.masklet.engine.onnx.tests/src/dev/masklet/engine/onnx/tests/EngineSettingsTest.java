package dev.masklet.engine.onnx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.masklet.core.settings.MaskletPreferences;
import dev.masklet.engine.DeviceStatus;
import dev.masklet.engine.MaskPrediction;
import dev.masklet.engine.Prompt;
import dev.masklet.engine.onnx.internal.CudaSupport;
import dev.masklet.engine.onnx.internal.EngineSettings;
import dev.masklet.engine.onnx.internal.MobileSamEngine;

/**
 * ONNX Runtime options from the preferences (system properties {@code masklet.<key>} here, as the CLI sets them),
 * and the CUDA fallback for real: this build has the CPU-only ONNX Runtime, so asking for CUDA must end on the CPU
 * with a message saying so, and the engine must still segment.
 */
class EngineSettingsTest {
    private static final List<String> KEYS = List.of(MaskletPreferences.ENGINE_DEVICE,
            MaskletPreferences.ENGINE_THREADS, MaskletPreferences.ENGINE_OPT_LEVEL, MaskletPreferences.ENGINE_ARENA,
            MaskletPreferences.ENGINE_EMBEDDING_CACHE);

    @AfterEach
    void clearProperties() {
        KEYS.forEach(k -> System.clearProperty("masklet." + k));
    }

    @Test
    void systemPropertiesOverrideTheDefaults() {
        EngineSettings defaults = EngineSettings.current();
        assertEquals("auto", defaults.device());
        assertEquals("all", defaults.optLevel());
        assertEquals(MaskletPreferences.ENGINE_EMBEDDING_CACHE_DEFAULT, defaults.embeddingCache());

        System.setProperty("masklet." + MaskletPreferences.ENGINE_DEVICE, "CUDA");
        System.setProperty("masklet." + MaskletPreferences.ENGINE_THREADS, "1");
        System.setProperty("masklet." + MaskletPreferences.ENGINE_OPT_LEVEL, "basic");
        System.setProperty("masklet." + MaskletPreferences.ENGINE_ARENA, "false");
        System.setProperty("masklet." + MaskletPreferences.ENGINE_EMBEDDING_CACHE, "3");
        EngineSettings s = EngineSettings.current();
        assertEquals(new EngineSettings("cuda", 1, "basic", false, 3, ""), s);
    }

    @Test
    void badValuesFallBackToTheDefaultsAndAreNamed() {
        System.setProperty("masklet." + MaskletPreferences.ENGINE_OPT_LEVEL, "fastest");
        System.setProperty("masklet." + MaskletPreferences.ENGINE_EMBEDDING_CACHE, "0");
        EngineSettings s = EngineSettings.current();
        assertEquals("all", s.optLevel());
        assertEquals(MaskletPreferences.ENGINE_EMBEDDING_CACHE_DEFAULT, s.embeddingCache());
        assertTrue(s.problems().contains("engine.optLevel = 'fastest'"), s.problems());
        assertTrue(s.problems().contains("engine.embeddingCache = '0'"), s.problems());
    }

    @Test
    void cudaFallsBackToTheCpuWithAMessageAndStillSegments() throws Exception {
        System.setProperty("masklet." + MaskletPreferences.ENGINE_DEVICE, "cuda");
        System.setProperty("masklet." + MaskletPreferences.ENGINE_THREADS, "2");
        MobileSamEngine engine = new MobileSamEngine(EngineSettings::current);
        try {
            assertEquals("none", engine.deviceStatus().active(), "nothing is loaded before the first use");
            engine.ensureReady();
            DeviceStatus status = engine.deviceStatus();
            System.out.println("MobileSAM with engine.device=cuda: " + status.message());
            assertEquals("cuda", status.requested());
            assertEquals("cpu", status.active());
            assertTrue(status.isFallback());
            assertEquals("CUDA requested but not available (" + CudaSupport.NOT_INSTALLED + "); running on CPU",
                    status.message(), "the default build has no CUDA support (the GPU build is checked by the "
                            + "install test with -Pcuda)");
            MaskPrediction p = engine.predict(engine.encode(MobileSamEngineTest.scene(false)),
                    Prompt.of(List.of(new Prompt.Point(220, 250, true)), null));
            double iou = p.mask().iou(MobileSamEngineTest.truth(MobileSamEngineTest::inDisk));
            assertTrue(iou > 0.95, "the CPU fallback segments the disk: IoU " + iou);
        } finally {
            engine.deactivate();
        }
    }

    @Test
    void theCpuNeedsNoFallback() throws Exception {
        MobileSamEngine engine = new MobileSamEngine(() -> EngineSettings.defaults().withDevice("cpu"));
        try {
            engine.ensureReady();
            assertEquals(new DeviceStatus("cpu", "cpu", "running on CPU"), engine.deviceStatus());
            assertFalse(engine.deviceStatus().isFallback());
        } finally {
            engine.deactivate();
        }
    }
}
