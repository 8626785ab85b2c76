package dev.masklet.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The engine services registered now (tracking engines, segmentation model providers), for the UI to choose from. */
final class EngineServices {
    private EngineServices() {
    }

    /** Every registered service of the type, in the framework's ranking order; empty when there is none. */
    static <S> List<S> all(Class<S> type) {
        BundleContext ctx = FrameworkUtil.getBundle(EngineServices.class).getBundleContext();
        List<S> services = new ArrayList<>();
        try {
            for (ServiceReference<S> ref : ctx.getServiceReferences(type, null)) {
                S service = ctx.getService(ref);
                if (service != null) {
                    services.add(service);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e); // no filter is given
        }
        return services;
    }
}
