package dev.masklet.ui.internal.editor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import dev.masklet.core.image.RgbImage;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.FrameProvider;
import dev.masklet.engine.Prompt;
import dev.masklet.engine.TrackingModel;
import dev.masklet.engine.TrackingOptions;
import dev.masklet.engine.TrackingSession;
import dev.masklet.media.MediaException;
import dev.masklet.media.VideoSource;

/**
 * The editor's tracking session, kept between Ctrl+M runs so that SAM 2's memory of every object survives: a
 * correction or a new object on any frame is added to the same session and only needs propagating from there,
 * without resetting the other objects. Prompts given with F wait here until the next run hands them to the session.
 * Used from one tracking job at a time.
 */
final class Tracker implements AutoCloseable {
    /** A prompt for an object on a frame. */
    record FramePrompt(int objectId, int frame, Prompt prompt) {
    }

    private final VideoSource video;
    /** Guarded by itself, not by this tracker, so F never waits for a model being loaded. */
    private final List<FramePrompt> waiting = new ArrayList<>();
    private TrackingModel model;
    private TrackingSession session;

    Tracker(VideoSource video) {
        this.video = video;
    }

    void prompt(int objectId, int frame, Prompt prompt) {
        synchronized (waiting) {
            waiting.add(new FramePrompt(objectId, frame, prompt));
        }
    }

    /**
     * Whether the session remembers the object well enough to go on from any frame without a new prompt. The
     * image-model tracker keeps only the latest masks, so it must always restart from the masks on the start frame.
     */
    synchronized boolean remembers(int objectId) {
        return session != null && !TrackingModels.FALLBACK.equals(model.name())
                && session.objectIds().contains(objectId);
    }

    /** The open session, opening the best installed model first if needed (seconds: call from a job). */
    synchronized TrackingSession session() throws EngineException {
        if (session == null) {
            model = TrackingModels.openBest();
            session = model.newSession(frames(), TrackingOptions.defaults());
        }
        return session;
    }

    synchronized String modelName() {
        return model == null ? "none yet (chosen at the first Ctrl+M)" : model.name();
    }

    /** Hands the waiting prompts to the session. */
    synchronized void flushPrompts() throws EngineException {
        TrackingSession s = session();
        List<FramePrompt> batch;
        synchronized (waiting) {
            batch = new ArrayList<>(waiting);
            waiting.clear();
        }
        for (FramePrompt p : batch) {
            s.addPrompt(p.objectId(), p.frame(), p.prompt());
        }
    }

    /** Forgets every object's memory (Reset Tracker); kept masks stay in the project. */
    @Override
    public synchronized void close() {
        synchronized (waiting) {
            waiting.clear();
        }
        if (session != null) {
            session.close();
            session = null;
        }
        if (model != null) {
            model.close();
            model = null;
        }
    }

    private FrameProvider frames() {
        return new FrameProvider() {
            @Override
            public int frameCount() {
                return video.frameCount();
            }

            @Override
            public int width() {
                return video.width();
            }

            @Override
            public int height() {
                return video.height();
            }

            @Override
            public RgbImage frame(int index) throws IOException {
                try {
                    return video.frame(index);
                } catch (MediaException e) {
                    throw new IOException(e.getMessage(), e);
                }
            }
        };
    }
}
