package dev.masklet.engine.prompted;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

import dev.masklet.core.model.FrameRange;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.PropagationListener;
import dev.masklet.engine.TrackingSession;

/**
 * Tracks the objects of a {@link TrackPrompts} through a range of frames as a person does in the workbench: the
 * prompts of the first frame with entries are added (F) and tracking runs from that frame (Ctrl+M) up to the next
 * frame with entries, which is thus tracked before its entries are added there, so an entry for an object already
 * tracked is a correction computed with the object's memory; tracking then goes on from that frame again, and after
 * the last one to the end of the range. A kept mask ({@link TrackPrompts#fromProject}) is handed over as it is
 * ({@link TrackingSession#addMask}). One implementation for {@code masklet-cli track} and the batch job.
 */
public final class PromptedTracking {
    private PromptedTracking() {
    }

    /**
     * Checks the prompts against the media and the range before anything is tracked.
     *
     * @throws IllegalArgumentException naming the first entry that lies outside the frames or the image
     */
    public static void check(TrackPrompts prompts, FrameRange range, int width, int height, int frameCount) {
        for (TrackPrompts.Entry e : prompts.entries()) {
            String where = "prompt objects[" + e.index() + "] (object " + e.objectId() + ")";
            if (e.frame() >= frameCount) {
                throw new IllegalArgumentException(where + ": frame " + e.frame()
                        + " is outside the video: its frames are 0.." + (frameCount - 1));
            }
            if (e.frame() < range.first() || e.frame() > range.last()) {
                throw new IllegalArgumentException(where + ": frame " + e.frame() + " is outside the tracked range "
                        + range.first() + ".." + range.last());
            }
            for (var p : e.prompt().points()) {
                if (p.x() < 0 || p.y() < 0 || p.x() > width || p.y() > height) {
                    throw new IllegalArgumentException(where + ": point (" + fmt(p.x()) + ", " + fmt(p.y())
                            + ") is outside the " + width + "x" + height + " frame");
                }
            }
            var b = e.prompt().box();
            if (b != null && (b.x0() < 0 || b.y0() < 0 || b.x1() > width || b.y1() > height)) {
                throw new IllegalArgumentException(where + ": box [" + fmt(b.x0()) + ", " + fmt(b.y0()) + ", "
                        + fmt(b.x1()) + ", " + fmt(b.y1()) + "] is outside the " + width + "x" + height + " frame");
            }
        }
    }

    /**
     * Runs the prompts (see the class comment). Every result goes to {@code listener}: a prompted frame's result
     * first, a frame computed by propagation and then corrected twice (the last one counts, see
     * {@link TrackedProject}).
     */
    public static void track(TrackingSession session, TrackPrompts prompts, FrameRange range, boolean reverse,
            PropagationListener listener) throws EngineException {
        int last = reverse ? range.first() : range.last();
        TreeMap<Integer, List<TrackPrompts.Entry>> byFrame = reverse ? new TreeMap<>(Comparator.reverseOrder())
                : new TreeMap<>();
        for (TrackPrompts.Entry e : prompts.entries()) {
            byFrame.computeIfAbsent(e.frame(), f -> new ArrayList<>()).add(e);
        }
        List<Integer> frames = new ArrayList<>(byFrame.keySet());
        for (int i = 0; i < frames.size(); i++) {
            int frame = frames.get(i);
            for (TrackPrompts.Entry e : byFrame.get(frame)) {
                listener.onFrame(e.mask() != null ? session.addMask(e.objectId(), frame, null, e.mask())
                        : session.addPrompt(e.objectId(), frame, e.prompt()));
            }
            session.propagate(frame, i + 1 < frames.size() ? frames.get(i + 1) : last, reverse, () -> false,
                    listener);
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
