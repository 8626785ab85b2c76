package dev.masklet.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import dev.masklet.engine.EngineException;
import dev.masklet.engine.TrackingEngine;
import dev.masklet.engine.TrackingModel;

/**
 * Picks the tracking model for Ctrl+M: an installed SAM 2 video model when there is one, else the tracker built on
 * the default image model, so tracking works out of the box and gets better when the user adds a video model.
 */
final class TrackingModels {
    static final String FALLBACK = "mobilesam";

    private TrackingModels() {
    }

    static TrackingModel openBest() throws EngineException {
        BundleContext ctx = FrameworkUtil.getBundle(TrackingModels.class).getBundleContext();
        List<TrackingEngine> engines = new ArrayList<>();
        try {
            for (ServiceReference<TrackingEngine> ref : ctx.getServiceReferences(TrackingEngine.class, null)) {
                engines.add(ctx.getService(ref));
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        for (TrackingEngine engine : engines) {
            for (String name : engine.installedModels()) {
                if (!FALLBACK.equals(name)) {
                    return engine.openModel(name);
                }
            }
        }
        for (TrackingEngine engine : engines) {
            if (engine.installedModels().contains(FALLBACK)) {
                return engine.openModel(FALLBACK);
            }
        }
        throw new EngineException("No tracking model is installed; run models/fetch-default-model.sh for the default");
    }
}
