package dev.masklet.ui.internal.editor.prompt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The engine services registered now (tracking engines, segmentation model providers, the model manager), for the
 * UI to choose from. One {@link ServiceTracker} per service type holds the services the UI uses, and
 * {@link #closeAll()} releases them all when the UI bundle stops.
 */
public final class EngineServices {
    private static final Map<Class<?>, ServiceTracker<?, ?>> TRACKERS = new HashMap<>();

    private EngineServices() {
    }

    /** Every registered service of the type, highest service ranking first; empty when there is none. */
    public static synchronized <S> List<S> all(Class<S> type) {
        ServiceTracker<S, S> tracker = tracker(type);
        ServiceReference<S>[] refs = tracker.getServiceReferences();
        if (refs == null) {
            return List.of();
        }
        Arrays.sort(refs, Collections.reverseOrder()); // a reference compares greater when it ranks higher
        List<S> services = new ArrayList<>();
        for (ServiceReference<S> ref : refs) {
            S service = tracker.getService(ref);
            if (service != null) {
                services.add(service);
            }
        }
        return services;
    }

    /** Releases every service got through this class (the UI bundle stops). */
    public static synchronized void closeAll() {
        TRACKERS.values().forEach(ServiceTracker::close);
        TRACKERS.clear();
    }

    @SuppressWarnings("unchecked")
    private static <S> ServiceTracker<S, S> tracker(Class<S> type) {
        return (ServiceTracker<S, S>) TRACKERS.computeIfAbsent(type, t -> {
            BundleContext ctx = FrameworkUtil.getBundle(EngineServices.class).getBundleContext();
            ServiceTracker<S, S> opened = new ServiceTracker<>(ctx, type, null);
            opened.open();
            return opened;
        });
    }
}
