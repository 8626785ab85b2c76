package dev.masklet.engine.onnx.tests.mobilesam;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import dev.masklet.engine.TrackingEngine;

/** Finds the tracking service that offers the default image model, waiting for Declarative Services to start it. */
public final class DefaultTrackingModel {
    private DefaultTrackingModel() {
    }

    /**
     * The service, or null when none offers {@code mobilesam} within 10 s. The services looked at and not returned
     * are released at once; the one returned stays got for the test run (the framework releases it when this test
     * bundle stops).
     */
    public static TrackingEngine engine() throws Exception {
        BundleContext ctx = FrameworkUtil.getBundle(DefaultTrackingModel.class).getBundleContext();
        for (int attempt = 0; attempt < 100; attempt++) {
            for (ServiceReference<TrackingEngine> ref : ctx.getServiceReferences(TrackingEngine.class, null)) {
                TrackingEngine engine = ctx.getService(ref);
                if (engine != null && engine.installedModels().contains("mobilesam")) {
                    return engine;
                }
                ctx.ungetService(ref);
            }
            Thread.sleep(100);
        }
        return null;
    }
}
