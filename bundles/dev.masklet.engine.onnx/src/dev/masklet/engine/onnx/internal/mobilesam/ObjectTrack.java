package dev.masklet.engine.onnx.internal.mobilesam;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.engine.Prompt;

/**
 * One object of a default-model tracking session: the frames it was given on (prompt and mask), its two latest
 * tracked masks (all that following it needs, so memory does not grow with the video), its appearance memory, and
 * where it was last seen, for finding it again after it was lost.
 */
final class ObjectTrack {
    final TreeMap<Integer, Prompt> prompts = new TreeMap<>();
    final TreeMap<Integer, BinaryMask> conditioned = new TreeMap<>();
    private final Map<Integer, BinaryMask> recent = new HashMap<>();
    final AppearanceMemory appearance = new AppearanceMemory();
    /** The latest mask the tracker was sure of (for the size of a re-found object). */
    BinaryMask lastSeen;
    /**
     * The object's whole area as last given, scaled since by its followed motion: how large it should be, so a mask
     * that lost part of the object (a blurred or plain part the model left out) can grow back to it.
     */
    double wholeArea;
    /** The object's displacement over the last tracked step (dx, dy), where the next search starts. */
    double[] velocity = {0, 0};
    /**
     * How the points inside it moved over the last tracked step (dx, dy at its centre), null when they were not
     * followed well: unlike {@link #velocity}, an occluder covering part of the object does not slow it down.
     */
    double[] pointsVelocity;

    /** Its course smoothed over the last few steps (dx, dy), null when its motion is not known. */
    double[] momentum;
    /**
     * Whether the video cut to another shot ({@link ShotCut}) since the object was last given: then it is not followed
     * or searched for until a person prompts it in the new shot.
     */
    boolean inNewShot;
    /** Tracked steps since a look-alike came within reach of the object (large when none did). */
    int sinceLookAlike = Integer.MAX_VALUE / 2;
    /**
     * Whether the object turned back at speed just after a look-alike came within reach: a tracker that jumped onto
     * a look-alike crossing its path goes the look-alike's way, and every frame after such a jump is in doubt. (A
     * turn alone says little: real objects turn back, and masks that change shape move their centre.)
     */
    boolean doubted;
    /**
     * The cues of the masks this object's step reads more than once (its previous mask, its new one), by identity:
     * each is a full-frame scan and distance transform, and a step asks for the same mask's cues up to five times.
     */
    private final BinaryMask[] cuedMasks = new BinaryMask[3];
    private final MaskCues[] cues = new MaskCues[3];
    private int nextCue;
    /** Momentum from which a turn back is noticed (pixels per frame). */
    static final double TURN_BACK_SPEED = 4;
    /** A turn back this many steps after a look-alike came within reach or fewer puts the object in doubt. */
    static final int AFTER_LOOK_ALIKE = 3;

    /** The object's best known motion over the last step: its points' when they were followed well. */
    double[] course() {
        return pointsVelocity != null ? pointsVelocity : velocity;
    }

    /** {@link MaskCues#of} of {@code mask}, computed once for the masks of the latest steps. */
    MaskCues cues(BinaryMask mask) {
        for (int i = 0; i < cuedMasks.length; i++) {
            if (cuedMasks[i] == mask) {
                return cues[i];
            }
        }
        MaskCues c = MaskCues.of(mask);
        cuedMasks[nextCue] = mask;
        cues[nextCue] = c;
        nextCue = (nextCue + 1) % cuedMasks.length;
        return c;
    }

    BinaryMask at(int frame) {
        BinaryMask m = conditioned.get(frame);
        return m != null ? m : recent.get(frame);
    }

    /** Keeps {@code mask} for {@code frame} and forgets all but it and the frame before it. */
    void remember(int frame, BinaryMask mask, int direction) {
        recent.put(frame, mask);
        recent.keySet().removeIf(f -> f != frame && f != frame - direction);
    }

    /** Its motion is unknown from here (a new start, a new run, or it is gone). */
    void stopped() {
        velocity = new double[] {0, 0};
        pointsVelocity = null;
        momentum = null;
        doubted = false;
        sinceLookAlike = Integer.MAX_VALUE / 2;
    }

    /**
     * Takes the last step's {@link #course()} into its momentum; {@code lookAlikeNear}: whether a look-alike came
     * within reach of the object on this step.
     */
    void stepped(boolean lookAlikeNear) {
        sinceLookAlike = lookAlikeNear ? 0 : sinceLookAlike + 1;
        double[] step = course();
        if (momentum == null) {
            momentum = step.clone();
            return;
        }
        double speed = Math.hypot(momentum[0], momentum[1]);
        double length = Math.hypot(step[0], step[1]);
        double cos = (step[0] * momentum[0] + step[1] * momentum[1]) / Math.max(1e-9, speed * length);
        if (speed >= TURN_BACK_SPEED && length >= 0.3 * speed && cos < -0.3 && sinceLookAlike <= AFTER_LOOK_ALIKE) {
            doubted = true;
        }
        momentum = new double[] {0.7 * momentum[0] + 0.3 * step[0], 0.7 * momentum[1] + 0.3 * step[1]};
    }

    /** The object is absent on {@code frame}. */
    void forget(int frame, int direction) {
        stopped();
        recent.remove(frame);
        recent.remove(frame - direction);
    }

    /** Whether the object was given on or before {@code frame} in the direction of travel (so may be searched). */
    boolean givenBefore(int frame, int direction) {
        return direction > 0 ? conditioned.floorKey(frame) != null : conditioned.ceilingKey(frame) != null;
    }

    int storedMasks() {
        return conditioned.size() + recent.size() + (lastSeen != null ? 1 : 0);
    }
}
