package dev.masklet.engine.onnx.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * ONNX Runtime run options whose terminate flag follows a cancel condition. ONNX Runtime checks the flag between
 * operators and ends a running graph with an error when it is set, so an encoding of several seconds (a large SAM 2
 * vision encoder) stops within about one poll interval of its cancellation. The condition is polled on one shared
 * daemon thread, because ONNX Runtime offers no callback of its own.
 */
public final class CancellableRun implements AutoCloseable {
    /** How often the condition is polled while the graph runs. */
    static final long POLL_MILLIS = 20;
    private static final ScheduledExecutorService WATCHER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "masklet-run-cancellation");
        t.setDaemon(true);
        return t;
    });

    private final BooleanSupplier cancelled;
    private final OrtSession.RunOptions options;
    private final ScheduledFuture<?> watch;
    private boolean closed;
    private boolean terminated;

    /** @param cancelled once it returns true it must keep doing so (a frame left, a job cancelled) */
    public CancellableRun(BooleanSupplier cancelled) throws OrtException {
        this.cancelled = cancelled;
        this.options = new OrtSession.RunOptions();
        this.watch = WATCHER.scheduleWithFixedDelay(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Pass these to {@code OrtSession.run}. */
    public OrtSession.RunOptions options() {
        return options;
    }

    private synchronized void poll() {
        if (closed || terminated || !cancelled.getAsBoolean()) {
            return;
        }
        try {
            options.setTerminate(true);
            terminated = true;
        } catch (OrtException e) {
            // the options are unusable: the run simply finishes
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        watch.cancel(false);
        options.close();
    }
}
