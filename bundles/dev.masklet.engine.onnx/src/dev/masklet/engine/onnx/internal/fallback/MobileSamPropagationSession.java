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

import dev.masklet.core.image.RgbImage;
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
 * object's masks on the frames before (see {@link FrameFollower} for the prompts, the checks and how a lost object
 * is found again). Only the last two results per object are kept, so memory does not grow with the video.
 */
final class MobileSamPropagationSession implements TrackingSession {
    private final SegmentationEngine engine;
    private final FrameProvider frames;
    private final Map<Integer, ObjectTrack> objects = new LinkedHashMap<>();
    private int embeddedFrame = -1;
    private ImageEmbedding embedding;
    private int imageFrame = -1;
    private RgbImage image;
    private volatile boolean closed;

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
        AppearanceModel look = AppearanceModel.of(image(frame), p.mask());
        if (look != null && frame == track.conditioned.lastKey()) {
            track.appearance = look;
        }
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
            step(f, f == fromFrame, direction);
            listener.onFrame(frameResult(f));
            done++;
            double s = seconds(start);
            double fps = s > 0 ? done / s : 0;
            listener.onProgress(new TrackingProgress(done, total, fps, fps > 0 ? (total - done) / fps : 0));
        }
        return new PropagationResult(done, total, false, seconds(start));
    }

    /** Finds every object that is not given on frame {@code f} from its masks on the frames before. */
    private void step(int f, boolean first, int direction) throws EngineException {
        int frame = f;
        FrameFollower follower = new FrameFollower(engine, () -> embed(frame), image(f));
        Map<Integer, MaskCues> cues = new HashMap<>();
        Map<Integer, MaskCues> olderCues = new HashMap<>();
        Map<Integer, Prompt.Point> predicted = new HashMap<>();
        for (Map.Entry<Integer, ObjectTrack> e : objects.entrySet()) {
            ObjectTrack track = e.getValue();
            BinaryMask previous = track.at(f - direction);
            MaskCues c = previous == null ? null : MaskCues.of(previous);
            if (c != null) {
                cues.put(e.getKey(), c);
                BinaryMask before = track.at(f - 2 * direction);
                MaskCues older = before == null ? null : MaskCues.of(before);
                olderCues.put(e.getKey(), older);
                double dx = older == null ? 0 : c.cx() - older.cx();
                double dy = older == null ? 0 : c.cy() - older.cy();
                predicted.put(e.getKey(), new Prompt.Point(c.ix() + dx, c.iy() + dy, false));
            }
        }
        for (Map.Entry<Integer, ObjectTrack> e : objects.entrySet()) {
            ObjectTrack track = e.getValue();
            if (track.conditioned.containsKey(f) || (first && track.at(f) != null)) {
                continue; // handed out as it is
            }
            BinaryMask next;
            MaskCues c = cues.get(e.getKey());
            if (c != null) {
                List<Prompt.Point> others = new ArrayList<>(predicted.values());
                others.remove(predicted.get(e.getKey()));
                next = follower.follow(track, c, olderCues.get(e.getKey()), others);
                if (next == null) { // it may have jumped further than the prompt box reaches
                    next = follower.refind(track, othersOn(f, e.getKey()));
                }
            } else if (track.promptedBefore(f, direction)) {
                next = follower.refind(track, othersOn(f, e.getKey()));
            } else {
                next = null;
            }
            if (next != null) {
                track.remember(f, next, direction);
            } else {
                track.forget(f, direction);
            }
        }
    }

    /** The union of the other objects' masks on frame {@code f} so far (null when there are none). */
    private BinaryMask othersOn(int f, int objectId) {
        byte[] bits = null;
        for (Map.Entry<Integer, ObjectTrack> e : objects.entrySet()) {
            BinaryMask m = e.getKey() == objectId ? null : e.getValue().at(f);
            if (m == null) {
                continue;
            }
            if (bits == null) {
                bits = new byte[width() * height()];
            }
            byte[] mb = m.bits();
            for (int i = 0; i < bits.length; i++) {
                bits[i] |= mb[i];
            }
        }
        return bits == null ? null : new BinaryMask(width(), height(), bits);
    }

    private TrackedFrame frameResult(int frame) {
        List<TrackedFrame.ObjectResult> results = new ArrayList<>();
        for (Map.Entry<Integer, ObjectTrack> e : objects.entrySet()) {
            BinaryMask m = e.getValue().at(frame);
            boolean present = m != null && m.area() > 0;
            results.add(new TrackedFrame.ObjectResult(e.getKey(), present ? 1f : -1f,
                    present ? Optional.of(m) : Optional.empty(), e.getValue().conditioned.containsKey(frame), 1f));
        }
        return new TrackedFrame(frame, results);
    }

    private ImageEmbedding embed(int frame) throws EngineException {
        if (frame != embeddedFrame) {
            embedding = engine.encode(image(frame));
            embeddedFrame = frame;
        }
        return embedding;
    }

    private RgbImage image(int frame) throws EngineException {
        if (frame != imageFrame) {
            try {
                image = frames.frame(frame);
            } catch (IOException e) {
                throw new EngineException("frame " + frame + " cannot be read: " + e.getMessage(), e);
            }
            imageFrame = frame;
        }
        return image;
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
            bytes += (long) t.storedMasks() * width() * height();
        }
        return bytes;
    }

    @Override
    public void close() {
        closed = true;
        synchronized (this) {
            objects.clear();
            embedding = null;
            image = null;
        }
    }
}
