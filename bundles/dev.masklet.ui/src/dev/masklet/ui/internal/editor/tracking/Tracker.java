package dev.masklet.ui.internal.editor.tracking;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.settings.MaskletPreferences;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.Prompt;
import dev.masklet.engine.TrackingModel;
import dev.masklet.engine.TrackingOptions;
import dev.masklet.engine.TrackingSession;
import dev.masklet.media.VideoFrames;
import dev.masklet.media.VideoSource;
import dev.masklet.ui.internal.preferences.UiPreferences;

/**
 * The editor's tracking session, kept between Ctrl+M runs so that SAM 2's memory of every object survives: a
 * correction or a new object on any frame is added to the same session and only needs propagating from there,
 * without resetting the other objects. Masks kept with F (or edited by hand) wait here until the next run hands
 * them to the session as the objects' starts ({@link TrackingSession#addMask}). Used from one tracking job at a
 * time.
 */
public final class Tracker implements AutoCloseable {
    /** A mask a person kept for an object on a frame, with the clicks that made it (null when none did). */
    record KeptMask(int objectId, int frame, Prompt prompt, BinaryMask mask) {
    }

    private final VideoSource video;
    /** Guarded by itself, not by this tracker, so F never waits for a model being loaded. */
    private final List<KeptMask> waiting = new ArrayList<>();
    private TrackingModel model;
    private TrackingSession session;
    /** The memory frames the open session was made with (the preference then). */
    private int memoryFrames = TrackingOptions.DEFAULT_MEMORY_FRAMES;

    public Tracker(VideoSource video) {
        this.video = video;
    }

    void keep(int objectId, int frame, Prompt prompt, BinaryMask mask) {
        synchronized (waiting) {
            waiting.add(new KeptMask(objectId, frame, prompt, mask));
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
            memoryFrames = memoryFramesPreference();
            session = model.newSession(VideoFrames.of(video),
                    TrackingOptions.defaults().withMemoryFrames(memoryFrames));
        }
        return session;
    }

    /** The SAM 2 memory frames preference, kept within 1..7 (a hand-edited value out of range gets the nearest). */
    static int memoryFramesPreference() {
        int frames = UiPreferences.maskletInt(MaskletPreferences.SAM2_MEMORY_FRAMES);
        return Math.max(TrackingOptions.MIN_MEMORY_FRAMES, Math.min(TrackingOptions.DEFAULT_MEMORY_FRAMES, frames));
    }

    public synchronized String modelName() {
        if (model == null) {
            return Messages.Tracker_noModelYet;
        }
        // only SAM 2 models have a memory bank; the default tracker keeps the latest masks
        return TrackingModels.FALLBACK.equals(model.name()) ? model.name()
                : NLS.bind(Messages.Tracker_memoryFrames, new Object[] {model.name(), memoryFrames,
                        TrackingOptions.DEFAULT_MEMORY_FRAMES});
    }

    /** Hands the waiting kept masks to the session. */
    synchronized void flushKept() throws EngineException {
        TrackingSession s = session();
        List<KeptMask> batch;
        synchronized (waiting) {
            batch = new ArrayList<>(waiting);
            waiting.clear();
        }
        for (KeptMask k : batch) {
            s.addMask(k.objectId(), k.frame(), k.prompt(), k.mask());
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
}
