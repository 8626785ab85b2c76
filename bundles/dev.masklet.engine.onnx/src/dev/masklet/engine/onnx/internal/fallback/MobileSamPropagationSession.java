package dev.masklet.engine.onnx.internal.fallback;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.FrameProvider;
import dev.masklet.engine.ImageEmbedding;
import dev.masklet.engine.MaskPrediction;
import dev.masklet.engine.PropagationListener;
import dev.masklet.engine.PropagationResult;
import dev.masklet.engine.Prompt;
import dev.masklet.engine.SegmentationEngine;
import dev.masklet.engine.TrackedFrame;
import dev.masklet.engine.TrackingProgress;
import dev.masklet.engine.TrackingSession;

/**
 * Tracking without a video model: each frame is segmented by the image model (MobileSAM), prompted from the
 * object's mask on the previous frame. Prompting with the previous box and centroid alone drifts to a fragment of the
 * object within a few frames, so the prompt is built from cues that survive motion: the box moved by the object's
 * last displacement and widened by it, and the deepest interior point (not the centroid, which can fall outside
 * concave shapes) moved the same way. A result that collapses is retried with the box alone; an object whose mask
 * vanishes is reported absent from then on. Only the last two results per object are kept, so memory does not
 * grow with the video.
 */
final class MobileSamPropagationSession implements TrackingSession {
    /** A result smaller than this share of the previous one means the object has left or is hidden. */
    private static final double VANISHED = 0.05;
    /** Below this share the point prompt is distrusted and the box alone is tried. */
    private static final double COLLAPSED = 0.35;

    private final SegmentationEngine engine;
    private final FrameProvider frames;
    private final Map<Integer, ObjectTrack> objects = new LinkedHashMap<>();
    private int embeddedFrame = -1;
    private ImageEmbedding embedding;
    private volatile boolean closed;

    /** One object: its prompts and their masks (conditioning frames), and its two latest tracked masks. */
    private static final class ObjectTrack {
        final TreeMap<Integer, Prompt> prompts = new TreeMap<>();
        final TreeMap<Integer, BinaryMask> conditioned = new TreeMap<>();
        final Map<Integer, BinaryMask> recent = new HashMap<>();

        BinaryMask at(int frame) {
            BinaryMask m = conditioned.get(frame);
            return m != null ? m : recent.get(frame);
        }

        void remember(int frame, BinaryMask mask, int direction) {
            recent.put(frame, mask);
            recent.keySet().removeIf(f -> f != frame && f != frame - direction);
        }
    }

    MobileSamPropagationSession(SegmentationEngine engine, FrameProvider frames) {
        this.engine = engine;
        this.frames = frames;
    }

    @Override
    public int frameCount() {
        return frames.frameCount();
    }

    @Override
    public int width() {
        return frames.width();
    }

    @Override
    public int height() {
        return frames.height();
    }

    @Override
    public synchronized TrackedFrame addPrompt(int objectId, int frame, Prompt prompt) throws EngineException {
        checkFrame(frame);
        if (prompt.isEmpty()) {
            throw new IllegalArgumentException("a prompt needs at least one point or a box");
        }
        if (prompt.previousLowResLogits() != null) {
            throw new IllegalArgumentException("mask prompts are not supported by tracking sessions");
        }
        ObjectTrack track = objects.computeIfAbsent(objectId, id -> new ObjectTrack());
        MaskPrediction p = engine.predict(embed(frame), prompt);
        track.prompts.put(frame, prompt);
        track.conditioned.put(frame, p.mask());
        return frameResult(frame);
    }

    @Override
    public synchronized TrackedFrame addClicks(int objectId, int frame, List<Prompt.Point> clicks)
            throws EngineException {
        ObjectTrack track = objects.get(objectId);
        Prompt old = track == null ? null : track.prompts.get(frame);
        List<Prompt.Point> points = new ArrayList<>(old == null ? List.of() : old.points());
        points.addAll(clicks);
        return addPrompt(objectId, frame, Prompt.of(points, old == null ? null : old.box()));
    }

    @Override
    public synchronized PropagationResult propagate(int fromFrame, int toFrame, boolean backward,
            BooleanSupplier cancelled, PropagationListener listener) throws EngineException {
        checkFrame(fromFrame);
        checkFrame(toFrame);
        if (backward ? toFrame > fromFrame : toFrame < fromFrame) {
            throw new IllegalArgumentException("frames " + fromFrame + ".." + toFrame + " run against the direction");
        }
        if (objects.isEmpty()) {
            throw new IllegalStateException("prompt an object before tracking");
        }
        int direction = backward ? -1 : 1;
        int total = Math.abs(toFrame - fromFrame) + 1;
        long start = System.nanoTime();
        int done = 0;
        for (int f = fromFrame; f != toFrame + direction; f += direction) {
            if (closed || cancelled.getAsBoolean()) {
                return new PropagationResult(done, total, true, seconds(start));
            }
            for (ObjectTrack track : objects.values()) {
                if (track.conditioned.containsKey(f) || (f == fromFrame && track.at(f) != null)) {
                    continue; // handed out as it is
                }
                BinaryMask next = follow(track, f, direction);
                if (next != null) {
                    track.remember(f, next, direction);
                } else {
                    track.recent.remove(f);
                    track.recent.remove(f - direction);
                }
            }
            listener.onFrame(frameResult(f));
            done++;
            double s = seconds(start);
            double fps = s > 0 ? done / s : 0;
            listener.onProgress(new TrackingProgress(done, total, fps, fps > 0 ? (total - done) / fps : 0));
        }
        return new PropagationResult(done, total, false, seconds(start));
    }

    /** The object's mask on frame {@code f} from its mask one step back, or null when it is absent. */
    private BinaryMask follow(ObjectTrack track, int f, int direction) throws EngineException {
        BinaryMask previous = track.at(f - direction);
        if (previous == null) {
            return null;
        }
        MaskCues cues = MaskCues.of(previous);
        if (cues == null) {
            return null;
        }
        BinaryMask before = track.at(f - 2 * direction);
        MaskCues older = before == null ? null : MaskCues.of(before);
        double dx = older == null ? 0 : cues.cx() - older.cx();
        double dy = older == null ? 0 : cues.cy() - older.cy();
        double[] b = cues.box();
        double margin = 0.1 * Math.max(b[2] - b[0], b[3] - b[1]) + Math.hypot(dx, dy);
        Prompt.Box box = new Prompt.Box(clamp(b[0] + dx - margin, width()), clamp(b[1] + dy - margin, height()),
                clamp(b[2] + dx + margin, width()), clamp(b[3] + dy + margin, height()));
        double px = clamp(cues.ix() + dx, width() - 1);
        double py = clamp(cues.iy() + dy, height() - 1);
        ImageEmbedding emb = embed(f);
        BinaryMask mask = engine.predict(emb, Prompt.of(List.of(new Prompt.Point(px, py, true)), box)).mask();
        if (mask.area() < COLLAPSED * cues.area()) {
            BinaryMask boxOnly = engine.predict(emb, Prompt.of(List.of(), box)).mask();
            if (boxOnly.area() > mask.area()) {
                mask = boxOnly;
            }
        }
        return mask.area() < VANISHED * cues.area() ? null : mask;
    }

    private TrackedFrame frameResult(int frame) {
        List<TrackedFrame.ObjectResult> results = new ArrayList<>();
        for (Map.Entry<Integer, ObjectTrack> e : objects.entrySet()) {
            BinaryMask m = e.getValue().at(frame);
            boolean present = m != null && m.area() > 0;
            results.add(new TrackedFrame.ObjectResult(e.getKey(), present ? 1f : -1f,
                    present ? Optional.of(m) : Optional.empty(), e.getValue().conditioned.containsKey(frame)));
        }
        return new TrackedFrame(frame, results);
    }

    private ImageEmbedding embed(int frame) throws EngineException {
        if (frame != embeddedFrame) {
            try {
                embedding = engine.encode(frames.frame(frame));
            } catch (IOException e) {
                throw new EngineException("frame " + frame + " cannot be read: " + e.getMessage(), e);
            }
            embeddedFrame = frame;
        }
        return embedding;
    }

    private void checkFrame(int frame) {
        if (frame < 0 || frame >= frames.frameCount()) {
            throw new IllegalArgumentException("frame " + frame + " is outside the video (0.." + (frames.frameCount() - 1) + ")");
        }
    }

    private static double clamp(double v, double max) {
        return Math.max(0, Math.min(max, v));
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    @Override
    public synchronized void removeObject(int objectId) {
        objects.remove(objectId);
    }

    @Override
    public synchronized void reset() {
        objects.clear();
    }

    @Override
    public synchronized List<Integer> objectIds() {
        return List.copyOf(objects.keySet());
    }

    @Override
    public synchronized SortedSet<Integer> conditioningFrames(int objectId) {
        ObjectTrack t = objects.get(objectId);
        return t == null ? new TreeSet<>() : new TreeSet<>(t.conditioned.keySet());
    }

    /** This tracker's only memory is the previous mask (and the one before, for the motion). */
    @Override
    public synchronized List<Integer> memoryFrames(int objectId, int frame, boolean backward) {
        ObjectTrack t = objects.get(objectId);
        if (t == null) {
            throw new IllegalArgumentException("unknown object " + objectId);
        }
        checkFrame(frame);
        int step = backward ? -1 : 1;
        List<Integer> out = new ArrayList<>();
        for (int f : new int[] {frame - 2 * step, frame - step}) {
            if (t.at(f) != null) {
                out.add(f);
            }
        }
        return out;
    }

    @Override
    public synchronized long memoryBytes() {
        long bytes = 0;
        for (ObjectTrack t : objects.values()) {
            bytes += (long) (t.conditioned.size() + t.recent.size()) * width() * height();
        }
        return bytes;
    }

    @Override
    public void close() {
        closed = true;
        synchronized (this) {
            objects.clear();
            embedding = null;
        }
    }
}
