package dev.masklet.engine.onnx.internal.mobilesam;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

import dev.masklet.core.image.FrameProvider;
import dev.masklet.core.image.RgbImage;
import dev.masklet.core.mask.BinaryMask;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.Prompt;
import dev.masklet.engine.PropagationListener;
import dev.masklet.engine.PropagationResult;
import dev.masklet.engine.SegmentationEngine;
import dev.masklet.engine.TrackedFrame;
import dev.masklet.engine.TrackingProgress;
import dev.masklet.engine.TrackingSession;

/**
 * Tracking without a video model, the tracker every new user starts with: each object is followed from frame to
 * frame by the points inside it (optical flow), its outline redrawn by the image model (MobileSAM) and every answer
 * checked against the object's appearance in the encoder's features (see {@link ObjectFollower}); a lost object is
 * searched for over the whole frame by the same features. The encoder runs once per frame for all objects. Only the
 * last two masks per object, a few appearance descriptors and two grey frames are kept, so memory does not grow with
 * the video.
 */
final class MobileSamPropagationSession implements TrackingSession {
    private final SegmentationEngine engine;
    private final FrameProvider frames;
    /** Results at least this confident teach the object's appearance memory. */
    private static final float SURE = 0.75f;
    /** The confidence shown for an object in doubt (below the uncertain mark). */
    private static final float DOUBTED = 0.45f;
    private final Map<Integer, ObjectTrack> objects = new LinkedHashMap<>();
    /** Each object's confidence on the latest tracked frame. */
    private final Map<Integer, Map<Integer, Float>> confidence = new HashMap<>();
    private final SessionFrames read;
    private volatile boolean closed;

    MobileSamPropagationSession(SegmentationEngine engine, FrameProvider frames) {
        this.engine = engine;
        this.frames = frames;
        this.read = new SessionFrames(engine, frames);
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
        checkPrompt(frame, prompt);
        return give(objectId, frame, prompt, engine.predict(read.embedding(frame), prompt).mask());
    }

    /** Starts from exactly the kept mask: the person's mask is the truth on the frame it was kept on. */
    @Override
    public synchronized TrackedFrame addMask(int objectId, int frame, Prompt prompt, BinaryMask mask)
            throws EngineException {
        checkFrame(frame);
        if (mask.area() == 0 || mask.width() != width() || mask.height() != height()) {
            throw new IllegalArgumentException("a kept mask must be non-empty and " + width() + "x" + height());
        }
        return give(objectId, frame, prompt != null ? prompt : Prompt.fromMask(mask), mask);
    }

    private void checkPrompt(int frame, Prompt prompt) {
        checkFrame(frame);
        if (prompt.isEmpty()) {
            throw new IllegalArgumentException("a prompt needs at least one point or a box");
        }
        if (prompt.previousLowResLogits() != null) {
            throw new IllegalArgumentException("mask prompts are not supported by tracking sessions");
        }
    }

    private TrackedFrame give(int objectId, int frame, Prompt prompt, BinaryMask mask) throws EngineException {
        ObjectTrack track = objects.computeIfAbsent(objectId, id -> new ObjectTrack());
        track.prompts.put(frame, prompt);
        track.conditioned.put(frame, mask);
        track.lastSeen = mask;
        track.wholeArea = mask.area();
        track.stopped(); // a new start: its motion so far is unknown
        if (frame == track.conditioned.lastKey() && mask.area() > 0) {
            FeatureGrid grid = FeatureGrid.of(read.embedding(frame));
            float[] coverage = grid.coverage(mask);
            int[] b = mask.bounds();
            double margin = Math.max(b[2] - b[0], b[3] - b[1]) * 0.5 + grid.cellSize();
            track.appearance.given(grid.descriptor(coverage), grid.surroundings(coverage, b, margin));
            RgbImage pixels = read.image(frame);
            track.appearance.givenColours(ColourLook.of(pixels, mask),
                    ColourLook.of(pixels, MaskOps.minus(MaskOps.dilate(mask, (int) margin), mask)));
        }
        confidence.remove(frame);
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
        for (ObjectTrack t : objects.values()) {
            t.stopped(); // how it moved where an earlier run ended says nothing of how it moves from here
            t.inNewShot = false; // nor does a cut that run went through, unless this one goes through it too
        }
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
        FrameContext context = new FrameContext(engine, () -> read.embedding(frame), () -> read.image(frame), width(), height());
        ObjectFollower follower = new ObjectFollower(context);
        Map<Integer, PointMotion> motions = new HashMap<>();
        Map<Integer, Prompt.Point> predicted = new HashMap<>();
        if (!first && ShotCut.between(read.grey(f - direction), read.grey(f))) {
            objects.values().stream().filter(t -> !given(t, frame, first)).forEach(t -> t.inNewShot = true);
        }
        for (Map.Entry<Integer, ObjectTrack> e : objects.entrySet()) {
            BinaryMask previous = e.getValue().at(f - direction);
            if (e.getValue().inNewShot) {
                continue;
            }
            if (previous != null && previous.area() > 0 && !given(e.getValue(), f, first)) {
                MaskCues c = e.getValue().cues(previous);
                PointMotion motion = PointMotion.estimate(read.grey(f - direction), read.grey(f), previous, c,
                        e.getValue().velocity, e.getValue().course());
                motions.put(e.getKey(), motion);
                double[] at = motion.apply(c.ix(), c.iy());
                predicted.put(e.getKey(), new Prompt.Point(at[0], at[1], false));
            } else if (previous != null && previous.area() > 0) {
                MaskCues c = e.getValue().cues(previous);
                predicted.put(e.getKey(), new Prompt.Point(c.ix(), c.iy(), false));
            }
        }
        Map<Integer, Float> sure = new HashMap<>();
        Map<Integer, List<Prompt.Point>> negatives = new HashMap<>();
        // objects to search for, with what following them said (null when they could not be followed)
        Map<Integer, ObjectFollower.Result> lost = new LinkedHashMap<>();
        for (Map.Entry<Integer, ObjectTrack> e : objects.entrySet()) {
            ObjectTrack track = e.getValue();
            if (given(track, f, first)) {
                track.doubted = false; // a person's mask: whatever it was tracked onto before, it is right here
                track.inNewShot = false;
                continue; // handed out as it is
            }
            if (track.inNewShot) {
                // the video cut to another shot: nothing there says which of the things like it is this object (to
                // the image model's features one face is much like another), so it waits for a person's prompt
                settle(track, f, null, direction);
                sure.put(e.getKey(), AFTER_A_CUT);
                continue;
            }
            List<Prompt.Point> others = new ArrayList<>(predicted.values());
            others.remove(predicted.get(e.getKey()));
            negatives.put(e.getKey(), others);
            PointMotion motion = motions.get(e.getKey());
            ObjectFollower.Result r = motion == null ? null
                    : follower.follow(track, track.at(f - direction), motion, others, otherLooks(e.getKey()));
            if ((r == null || r.mask() == null) && track.givenBefore(f, direction)) {
                lost.put(e.getKey(), r); // searched for once every followed object has its mask on this frame
                continue;
            }
            settle(track, f, r, direction);
            track.pointsVelocity = r == null || r.mask() == null ? null : pointsVelocity(track, motion, f - direction);
            if (r != null && r.mask() != null) {
                track.stepped(r.lookAlikeNear());
            }
            sure.put(e.getKey(), r == null ? 1f : reported(track, r.confidence()));
        }
        LostObjectSearch search = new LostObjectSearch(context);
        for (Map.Entry<Integer, ObjectFollower.Result> e : lost.entrySet()) {
            int id = e.getKey();
            ObjectTrack track = objects.get(id);
            ObjectFollower.Result found = search.refind(track, othersOn(f, id), negatives.get(id), otherLooks(id));
            ObjectFollower.Result r = found.mask() != null || e.getValue() == null ? found : e.getValue();
            settle(track, f, r, direction);
            track.pointsVelocity = null;
            if (r.mask() != null) {
                track.stepped(false);
            }
            sure.put(id, reported(track, r.confidence()));
        }
        separate(f, context, first, direction);
        confidence.put(f, sure);
        confidence.keySet().removeIf(k -> k != frame);
    }

    /** The confidence of an object's absence after a cut to another shot: worth a person's look (uncertain). */
    private static final float AFTER_A_CUT = 0.45f;

    /** The confidence shown for a result: below the uncertain mark for an object in doubt (see ObjectTrack#doubted). */
    private static float reported(ObjectTrack track, float confidence) {
        return track.doubted ? Math.min(confidence, DOUBTED) : confidence;
    }

    /** Where the points moved the centre of the object's mask on {@code before}; null when too few were followed. */
    private static double[] pointsVelocity(ObjectTrack track, PointMotion motion, int before) {
        BinaryMask previous = track.at(before);
        MaskCues c = previous == null ? null : track.cues(previous);
        if (motion == null || motion.affine() == null || c == null || motion.keptShare() < ObjectFollower.FOLLOWED) {
            return null;
        }
        double[] to = motion.apply(c.cx(), c.cy());
        return new double[] {to[0] - c.cx(), to[1] - c.cy()};
    }

    /** Keeps an object's result on frame {@code f}: its mask (or its absence), motion and appearance. */
    private void settle(ObjectTrack track, int f, ObjectFollower.Result r, int direction) {
        if (r != null && r.mask() != null) {
            BinaryMask before = track.at(f - direction);
            MaskCues from = before == null ? null : track.cues(before);
            MaskCues to = track.cues(r.mask());
            track.velocity = from == null || to == null ? new double[] {0, 0}
                    : new double[] {to.cx() - from.cx(), to.cy() - from.cy()};
            track.remember(f, r.mask(), direction);
            if (r.confidence() >= SURE) {
                track.appearance.sure(f, r.descriptor());
                track.lastSeen = r.mask();
            }
        } else {
            track.forget(f, direction);
        }
    }

    /**
     * Two objects cannot cover the same pixel: where the masks found for them on frame {@code f} overlap (one
     * passing in front of the other), each pixel goes to the object whose appearance its feature cell resembles more.
     */
    private void separate(int f, FrameContext context, boolean first, int direction) throws EngineException {
        List<Integer> ids = new ArrayList<>();
        objects.forEach((id, t) -> {
            BinaryMask m = t.at(f);
            if (m != null && m.area() > 0 && !given(t, f, first) && !t.appearance.isEmpty()) {
                ids.add(id);
            }
        });
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                ObjectTrack a = objects.get(ids.get(i));
                ObjectTrack b = objects.get(ids.get(j));
                byte[] ma = a.at(f).bits().clone();
                byte[] mb = b.at(f).bits().clone();
                FeatureGrid grid = null;
                float[] likeA = null;
                float[] likeB = null;
                for (int p = 0; p < ma.length; p++) {
                    if (ma[p] == 0 || mb[p] == 0) {
                        continue;
                    }
                    if (grid == null) {
                        grid = context.grid();
                        likeA = a.appearance.map(grid);
                        likeB = b.appearance.map(grid);
                    }
                    int cell = grid.cellAt(p % width(), p / width());
                    if (likeA[cell] >= likeB[cell]) {
                        mb[p] = 0;
                    } else {
                        ma[p] = 0;
                    }
                }
                if (grid != null) {
                    a.remember(f, new BinaryMask(width(), height(), ma), direction);
                    b.remember(f, new BinaryMask(width(), height(), mb), direction);
                }
            }
        }
    }

    private List<AppearanceMemory> otherLooks(int objectId) {
        List<AppearanceMemory> looks = new ArrayList<>();
        objects.forEach((id, t) -> {
            if (id != objectId && !t.appearance.isEmpty()) {
                looks.add(t.appearance);
            }
        });
        return looks;
    }

    private static boolean given(ObjectTrack track, int f, boolean first) {
        return track.conditioned.containsKey(f) || (first && track.at(f) != null);
    }

    /** The union of the other objects' masks on frame {@code f} so far (null when there are none). */
    private BinaryMask othersOn(int f, int objectId) {
        BinaryMask union = null;
        for (Map.Entry<Integer, ObjectTrack> e : objects.entrySet()) {
            BinaryMask m = e.getKey() == objectId ? null : e.getValue().at(f);
            union = m == null ? union : MaskOps.or(union, m);
        }
        return union;
    }

    private TrackedFrame frameResult(int frame) {
        List<TrackedFrame.ObjectResult> results = new ArrayList<>();
        Map<Integer, Float> sure = confidence.getOrDefault(frame, Map.of());
        for (Map.Entry<Integer, ObjectTrack> e : objects.entrySet()) {
            BinaryMask m = e.getValue().at(frame);
            boolean present = m != null && m.area() > 0;
            boolean given = e.getValue().conditioned.containsKey(frame);
            float c = given ? 1f : sure.getOrDefault(e.getKey(), 1f);
            results.add(new TrackedFrame.ObjectResult(e.getKey(), present ? 1f : -1f,
                    present ? Optional.of(m) : Optional.empty(), given, c));
        }
        return new TrackedFrame(frame, results);
    }

    private void checkFrame(int frame) {
        if (frame < 0 || frame >= frames.frameCount()) {
            throw new IllegalArgumentException("frame " + frame + " is outside the video (0.." + (frames.frameCount() - 1) + ")");
        }
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
            read.clear();
        }
    }
}
