package dev.masklet.cli.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

import dev.masklet.cli.CliException;
import dev.masklet.engine.ModelManager;
import dev.masklet.engine.SegmentationEngine;
import dev.masklet.engine.SegmentationModels;
import dev.masklet.engine.TrackingEngine;

/**
 * The engine services one command line uses, found when first asked for. Every service got is held by a
 * {@link ServiceTracker} that {@link #close()} closes, which releases it, when the command is done.
 */
final class CliServices implements AutoCloseable {
    /** The {@code model.kind} service properties of the tracking engines the product registers. */
    private static final Set<String> TRACKER_KINDS = Set.of("video", "image-propagation");

    private final BundleContext context;
    private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();

    CliServices() {
        this.context = FrameworkUtil.getBundle(CliServices.class).getBundleContext();
    }

    SegmentationEngine segmentationEngine() throws CliException {
        return service(SegmentationEngine.class, "segmentation engine");
    }

    SegmentationModels segmentationModels() throws CliException {
        return service(SegmentationModels.class, "SAM 2 segmentation service");
    }

    ModelManager modelManager() throws CliException {
        return service(ModelManager.class, "model manager");
    }

    /**
     * Every tracking engine, as the workbench lists them: the product registers two (service property
     * {@code model.kind}: "video" for SAM 2 models, "image-propagation" for the tracker on the default image model).
     * Declarative Services registers them one after the other, so this waits up to 10 s for both kinds before
     * choosing among them, then goes on with what is there.
     */
    List<TrackingEngine> trackingEngines() throws CliException {
        ServiceTracker<TrackingEngine, TrackingEngine> tracker = open(TrackingEngine.class);
        try {
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!registeredKinds(tracker).containsAll(TRACKER_KINDS) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            ServiceReference<TrackingEngine>[] refs = tracker.getServiceReferences();
            if (refs == null) {
                throw new CliException("no video tracking engine is installed (bundle dev.masklet.engine.onnx"
                        + " missing?)");
            }
            Arrays.sort(refs, Collections.reverseOrder()); // highest ranking first, as the framework ranks services
            List<TrackingEngine> engines = new ArrayList<>();
            for (ServiceReference<TrackingEngine> ref : refs) {
                TrackingEngine engine = tracker.getService(ref);
                if (engine != null) {
                    engines.add(engine);
                }
            }
            return engines;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted while waiting for the tracking engines");
        }
    }

    /** Releases every service this command line got. */
    @Override
    public void close() {
        trackers.forEach(ServiceTracker::close);
        trackers.clear();
    }

    private static Set<String> registeredKinds(ServiceTracker<TrackingEngine, TrackingEngine> tracker) {
        Set<String> kinds = new HashSet<>();
        ServiceReference<TrackingEngine>[] refs = tracker.getServiceReferences();
        for (ServiceReference<TrackingEngine> ref : refs == null ? List.<ServiceReference<TrackingEngine>>of()
                : List.of(refs)) {
            if (ref.getProperty("model.kind") instanceof String kind) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    /** The service, waited for up to 10 s (Declarative Services registers it when its bundle starts). */
    private <S> S service(Class<S> type, String what) throws CliException {
        ServiceTracker<S, S> tracker = open(type);
        try {
            S service = tracker.waitForService(10_000);
            if (service == null) {
                throw new CliException("no " + what + " is installed (bundle dev.masklet.engine.onnx missing)");
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted");
        }
    }

    private <S> ServiceTracker<S, S> open(Class<S> type) {
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        trackers.add(tracker);
        return tracker;
    }
}
