package dev.masklet.ui.tests;

import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import dev.masklet.engine.FrameKey;
import dev.masklet.engine.SegmentationEngine;
import dev.masklet.engine.onnx.internal.MobileSamEngine;
import dev.masklet.ui.internal.editor.MaskOverlayEditor;

/**
 * The segmentation service the workbench uses, and what its embedding cache did. The counters are not engine API:
 * the ONNX bundle shows them to its test friends on its implementation class, so the service is the default
 * MobileSAM engine here and is used as such (a compile-time checked cast, no reflection).
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
        try {
            return context.getService(ref);
        } finally {
            // the workbench holds the service as long as the test needs it; the probe does not keep a count of its own
            context.ungetService(ref);
        }
    }

    /** The frames whose embeddings the engine holds now. */
    static List<FrameKey> cachedFrames(SegmentationEngine engine) {
        return mobileSam(engine).cachedFrames();
    }

    /** How often the engine has run its image encoder. */
    static long encoderRuns(SegmentationEngine engine) {
        return mobileSam(engine).encoderRuns();
    }

    private static MobileSamEngine mobileSam(SegmentationEngine engine) {
        if (engine instanceof MobileSamEngine mobileSam) {
            return mobileSam;
        }
        throw new AssertionError("the workbench's segmentation service is " + engine.getClass().getName()
                + ", not the default MobileSAM engine");
    }
}
