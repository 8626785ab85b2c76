package dev.masklet.engine;

import java.nio.file.Path;

import dev.masklet.core.image.FrameProvider;

/**
 * An opened video tracking model. Its sessions share it and take turns (one model runs one step at a time). Close
 * the sessions first; closing the model ends them.
 */
public interface TrackingModel extends AutoCloseable {
    /** The name it was opened by, or its folder's name. */
    String name();

    /** The folder the model was loaded from. */
    Path directory();

    /**
     * Starts tracking over a video. Frames are read from the provider only when the model needs them (once per
     * frame normally, again only after a frame's features were evicted); nothing per frame is kept beyond the
     * bounded memory bank.
     */
    TrackingSession newSession(FrameProvider frames, TrackingOptions options) throws EngineException;

    @Override
    void close();
}
