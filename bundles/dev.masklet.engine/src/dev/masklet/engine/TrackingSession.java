package dev.masklet.engine;

import java.util.List;
import java.util.SortedSet;
import java.util.function.BooleanSupplier;

import dev.masklet.core.mask.BinaryMask;

/**
 * Tracking of prompted objects through one video. Objects are identified by the caller's ids (any int); the first
 * prompt of an id creates the object. The usual flow: prompt each object on some frame, {@link #propagate} forward
 * and/or backward, look at the results, correct a frame with another prompt, propagate again from the frame after it.
 *
 * <p>Methods may be called from any thread but run one at a time; {@link #close()} from another thread cancels a
 * running propagation.
 */
public interface TrackingSession extends AutoCloseable {
    int frameCount();

    int width();

    int height();

    /**
     * Sets an object's prompt on a frame (replacing its earlier prompt there) and computes that frame. On a frame
     * the object was never tracked on, the prompt makes a conditioning frame; on a tracked frame it is a correction,
     * kept as {@link TrackingOptions#correctionMode()} says.
     *
     * @param prompt points (positive or negative) and/or a box, in video pixels; mask prompts
     *            ({@link Prompt#withPrevious}) are not supported
     * @return the frame's results for every object of the session
     * @throws IllegalArgumentException for a frame outside the video or an empty or unsupported prompt
     */
    TrackedFrame addPrompt(int objectId, int frame, Prompt prompt) throws EngineException;

    /**
     * Gives the object's mask on a frame as the person kept it (with {@code F}, a correction, a hand edit, or read
     * from a file): from then on that frame conditions the object exactly like {@link #addPrompt}. A tracker that
     * can start from a mask starts from exactly this one; one that needs points and a box (SAM 2) gets
     * {@code prompt}, or {@link Prompt#fromMask} when {@code prompt} is null (a mask with no clicks behind it).
     *
     * @param prompt the clicks and box that made the mask, or null
     * @param mask the kept mask at video resolution, not empty
     * @return the frame's results for every object of the session
     */
    default TrackedFrame addMask(int objectId, int frame, Prompt prompt, BinaryMask mask) throws EngineException {
        return addPrompt(objectId, frame, prompt != null ? prompt : Prompt.fromMask(mask));
    }

    /**
     * Adds clicks to the object's existing prompt on that frame (or starts one) and computes the frame: the usual
     * way to refine a mask click by click.
     */
    TrackedFrame addClicks(int objectId, int frame, List<Prompt.Point> clicks) throws EngineException;

    /**
     * Tracks every object from {@code fromFrame} to {@code toFrame} (both included), forward when
     * {@code toFrame >= fromFrame}, else backward (a one-frame range goes forward; say the direction with
     * {@link #propagate(int, int, boolean, BooleanSupplier, PropagationListener)} when it matters).
     */
    default PropagationResult propagate(int fromFrame, int toFrame, BooleanSupplier cancelled,
            PropagationListener listener) throws EngineException {
        return propagate(fromFrame, toFrame, toFrame < fromFrame, cancelled, listener);
    }

    /**
     * Tracks every object from {@code fromFrame} to {@code toFrame} (both included) in the given direction. Each
     * frame's results are handed to the listener as soon as they are computed, followed by a progress report. A
     * conditioning frame on the way is handed out as it is, not recomputed. Backward, each frame attends to the
     * frames after it.
     *
     * @param backward track towards frame 0; then {@code toFrame <= fromFrame}, else {@code toFrame >= fromFrame}
     * @param cancelled polled before each frame; the propagation stops when it returns true
     * @throws IllegalArgumentException for a frame outside the video or a range against the direction
     * @throws IllegalStateException when no object has been prompted
     */
    PropagationResult propagate(int fromFrame, int toFrame, boolean backward, BooleanSupplier cancelled,
            PropagationListener listener) throws EngineException;

    /** Forgets an object with its prompts and memory; unknown ids are ignored. */
    void removeObject(int objectId);

    /** Forgets every object; the session stays usable for new prompts. */
    void reset();

    /** Ids of the session's objects in the order they were first prompted. */
    List<Integer> objectIds();

    /** Frames whose result conditions all tracking of the object: prompted frames and lasting corrections. */
    SortedSet<Integer> conditioningFrames(int objectId);

    /**
     * The frames whose spatial memory the object would attend to if {@code frame} were tracked next (conditioning
     * frames first, then recent tracked frames, oldest first). Computes nothing; for display and diagnostics.
     *
     * @throws IllegalArgumentException for an unknown object or a frame outside the video
     */
    List<Integer> memoryFrames(int objectId, int frame, boolean backward);

    /** Approximate bytes held by the memory banks of all objects. */
    long memoryBytes();

    /** Frees the session's memory and cached frame features. */
    @Override
    void close();
}
