package dev.masklet.engine.onnx.internal.tracking;

import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;

import dev.masklet.core.image.FrameProvider;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.TrackingModel;
import dev.masklet.engine.TrackingOptions;
import dev.masklet.engine.TrackingSession;
import dev.masklet.engine.onnx.internal.sam2.Sam2Model;

/**
 * An opened SAM 2 model shared by its sessions. The model reuses native input buffers, so its sessions take turns:
 * every session step holds this model's lock.
 */
final class Sam2TrackingModel implements TrackingModel {
    private final String name;
    private final Path directory;
    private final Sam2Model model;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile boolean closing;

    Sam2TrackingModel(String name, Path directory, Sam2Model model) {
        this.name = name;
        this.directory = directory;
        this.model = model;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Path directory() {
        return directory;
    }

    Sam2Model model() {
        return model;
    }

    @Override
    public TrackingSession newSession(FrameProvider frames, TrackingOptions options) throws EngineException {
        if (closing) {
            throw new EngineException("tracking model " + name + " is closed");
        }
        return new Sam2TrackingSession(this, new FrameProviderSource(frames), options);
    }

    /** Takes the model for one session step. */
    void lock() throws EngineException {
        lock.lock();
        if (closing) {
            lock.unlock();
            throw new EngineException("tracking model " + name + " is closed");
        }
    }

    void unlock() {
        lock.unlock();
    }

    /** Whether close has been asked for; running propagations stop at the next frame. */
    boolean closing() {
        return closing;
    }

    @Override
    public void close() {
        closing = true;
        lock.lock();
        try {
            model.close();
        } finally {
            lock.unlock();
        }
    }
}
