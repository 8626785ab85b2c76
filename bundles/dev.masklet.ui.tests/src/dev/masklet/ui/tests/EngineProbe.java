package dev.masklet.ui.tests;

import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import dev.masklet.engine.FrameKey;
import dev.masklet.engine.SegmentationEngine;
import dev.masklet.ui.internal.editor.MaskOverlayEditor;

/**
 * The segmentation service the workbench uses, and what its embedding cache did. The counters are not engine API
 * (the ONNX bundle shows them to its own tests), so they are read by name here.
 */
final class EngineProbe {
    private EngineProbe() {
    }

    static SegmentationEngine engine() {
        // the UI bundle is active once an editor has opened; this test bundle itself is never started
        BundleContext context = FrameworkUtil.getBundle(MaskOverlayEditor.class).getBundleContext();
        ServiceReference<SegmentationEngine> ref = context.getServiceReference(SegmentationEngine.class);
        if (ref == null) {
            throw new AssertionError("no segmentation engine is registered");
        }
        return context.getService(ref);
    }

    /** The frames whose embeddings the engine holds now. */
    @SuppressWarnings("unchecked")
    static List<FrameKey> cachedFrames(SegmentationEngine engine) {
        return (List<FrameKey>) call(engine, "cachedFrames");
    }

    /** How often the engine has run its image encoder. */
    static long encoderRuns(SegmentationEngine engine) {
        return (Long) call(engine, "encoderRuns");
    }

    private static Object call(SegmentationEngine engine, String method) {
        try {
            return engine.getClass().getMethod(method).invoke(engine);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(engine.getClass().getName() + " has no " + method + "()", e);
        }
    }
}
