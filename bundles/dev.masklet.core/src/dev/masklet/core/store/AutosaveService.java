package dev.masklet.core.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.settings.MaskletPreferences;

/**
 * Saves a project's changed frames on its own: every N seconds ({@link MaskletPreferences#STORE_AUTOSAVE_SECONDS}),
 * whenever the shown frame changes ({@link #frameChanged()}) and on {@link #close()}. Nothing is written when
 * nothing changed.
 *
 * <p>The model is not thread-safe, so every save runs on the executor that owns the model (the UI thread in the
 * workbench: {@code display::asyncExec}); the timer only asks for one. Errors (a full disk) go to the error handler
 * and the changes stay marked, so the next autosave tries again.
 */
public final class AutosaveService implements AutoCloseable {
    private final AnnotationProject project;
    private final Path file;
    private final Executor modelThread;
    private final Consumer<IOException> onError;
    private ScheduledExecutorService timer;
    private volatile Instant lastSaved;

    public AutosaveService(AnnotationProject project, Path file, Executor modelThread, Consumer<IOException> onError) {
        this.project = project;
        this.file = file;
        this.modelThread = modelThread;
        this.onError = onError;
    }

    /** The interval configured for headless use: system property {@code masklet.store.autosaveSeconds}, else the default. */
    public static int configuredSeconds() {
        return Integer.getInteger("masklet." + MaskletPreferences.STORE_AUTOSAVE_SECONDS,
                MaskletPreferences.STORE_AUTOSAVE_SECONDS_DEFAULT);
    }

    /** Starts saving every {@code seconds} (0 or less: no timer, only on frame change and close). */
    public synchronized void start(int seconds) {
        stopTimer();
        if (seconds > 0) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "Masklet autosave " + file.getFileName());
                t.setDaemon(true);
                return t;
            });
            timer.scheduleWithFixedDelay(() -> modelThread.execute(this::saveIfChanged), seconds, seconds,
                    TimeUnit.SECONDS);
        }
    }

    /** The UI calls this on the model thread when another frame is shown: the frame just left is saved. */
    public void frameChanged() {
        saveIfChanged();
    }

    /** Saves now if anything changed; on the model thread. Returns whether it wrote. */
    public boolean saveIfChanged() {
        if (!project.changes().isDirty()) {
            return false; // also a new, untouched project: opening a video writes nothing
        }
        try {
            ProjectStore.save(project, file);
            lastSaved = Instant.now();
            return true;
        } catch (IOException e) {
            onError.accept(e);
            return false;
        }
    }

    /** When the last autosave completed, or null. */
    public Instant lastSaved() {
        return lastSaved;
    }

    /** Stops the timer and saves what is left; call it on the model thread. */
    @Override
    public void close() {
        stopTimer();
        saveIfChanged();
    }

    private synchronized void stopTimer() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
