package dev.masklet.engine.onnx.internal.tracking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.Prompt;
import dev.masklet.engine.PropagationListener;
import dev.masklet.engine.PropagationResult;
import dev.masklet.engine.TrackedFrame;
import dev.masklet.engine.TrackingOptions;
import dev.masklet.engine.TrackingProgress;
import dev.masklet.engine.TrackingSession;
import dev.masklet.engine.onnx.internal.sam2.Sam2Exception;
import dev.masklet.engine.onnx.internal.sam2.Sam2FrameResult;
import dev.masklet.engine.onnx.internal.sam2.Sam2ObjectResult;
import dev.masklet.engine.onnx.internal.sam2.Sam2Prompt;
import dev.masklet.engine.onnx.internal.sam2.Sam2TrackerOptions;
import dev.masklet.engine.onnx.internal.sam2.Sam2VideoTracker;

/** A {@link TrackingSession} on {@link Sam2VideoTracker}; every step runs under the model's lock. */
final class Sam2TrackingSession implements TrackingSession {
    /** One session step; may fail with the host loop's unchecked exceptions, which {@link #run} translates. */
    @FunctionalInterface
    private interface Step<T> {
        T run() throws EngineException;
    }

    private final Sam2TrackingModel owner;
    private final FrameProviderSource frames;
    private final Sam2VideoTracker tracker;
    private volatile boolean closed;

    Sam2TrackingSession(Sam2TrackingModel owner, FrameProviderSource frames, TrackingOptions options) {
        this.owner = owner;
        this.frames = frames;
        Sam2TrackerOptions sam2 = Sam2TrackerOptions.defaults()
                .withCorrectionMode(options.correctionMode())
                .withCorrectionReach(options.correctionReach() == TrackingOptions.UNLIMITED
                        ? Sam2TrackerOptions.UNLIMITED : options.correctionReach())
                .withMemoryFrames(options.memoryFrames());
        this.tracker = new Sam2VideoTracker(owner.model(), frames, sam2);
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
    public TrackedFrame addPrompt(int objectId, int frame, Prompt prompt) throws EngineException {
        checkFrame(frame);
        Sam2Prompt sam2 = toSam2(prompt);
        return run(() -> convert(tracker.addPrompt(frame, objectId, sam2)));
    }

    @Override
    public TrackedFrame addClicks(int objectId, int frame, List<Prompt.Point> clicks) throws EngineException {
        checkFrame(frame);
        if (clicks.isEmpty()) {
            throw new IllegalArgumentException("no clicks given");
        }
        float[] xy = new float[2 * clicks.size()];
        int[] labels = new int[clicks.size()];
        fill(clicks, xy, labels);
        return run(() -> convert(tracker.addClicks(frame, objectId, xy, labels)));
    }

    @Override
    public PropagationResult propagate(int fromFrame, int toFrame, boolean backward, BooleanSupplier cancelled,
            PropagationListener listener) throws EngineException {
        checkFrame(fromFrame);
        checkFrame(toFrame);
        if (backward ? toFrame > fromFrame : toFrame < fromFrame) {
            throw new IllegalArgumentException("cannot propagate " + (backward ? "backward" : "forward") + " from frame "
                    + fromFrame + " to frame " + toFrame);
        }
        int total = Math.abs(toFrame - fromFrame) + 1;
        return run(() -> {
            if (tracker.objectIds().isEmpty()) {
                throw new IllegalStateException("no object has been prompted yet");
            }
            long start = System.nanoTime();
            int[] done = {0};
            BooleanSupplier stop = () -> closed || owner.closing() || cancelled.getAsBoolean();
            tracker.track(fromFrame, toFrame, backward, stop, result -> {
                listener.onFrame(convert(result));
                done[0]++;
                double seconds = (System.nanoTime() - start) / 1e9;
                double fps = seconds > 0 ? done[0] / seconds : 0;
                double eta = fps > 0 ? (total - done[0]) / fps : Double.POSITIVE_INFINITY;
                listener.onProgress(new TrackingProgress(done[0], total, fps, eta));
            });
            return new PropagationResult(done[0], total, done[0] < total, (System.nanoTime() - start) / 1e9);
        });
    }

    @Override
    public void removeObject(int objectId) {
        locked(() -> {
            tracker.removeObject(objectId);
            return null;
        }, null);
    }

    @Override
    public void reset() {
        locked(() -> {
            tracker.reset();
            return null;
        }, null);
    }

    @Override
    public List<Integer> objectIds() {
        return locked(tracker::objectIds, List.of());
    }

    @Override
    public SortedSet<Integer> conditioningFrames(int objectId) {
        return locked(() -> tracker.conditioningFrames(objectId), Collections.emptySortedSet());
    }

    @Override
    public List<Integer> memoryFrames(int objectId, int frame, boolean backward) {
        checkFrame(frame);
        return locked(() -> {
            if (!tracker.objectIds().contains(objectId)) {
                throw new IllegalArgumentException("unknown object " + objectId);
            }
            if (tracker.conditioningFrames(objectId).stream().allMatch(f -> f == frame)) {
                return List.<Integer>of(); // the frame is the object's only conditioning frame: it attends to nothing
            }
            return tracker.memoryLayout(objectId, frame, backward).spatialFrames();
        }, List.of());
    }

    @Override
    public long memoryBytes() {
        return locked(() -> tracker.memoryStats().bytes(), 0L);
    }

    @Override
    public void close() {
        closed = true;
        try {
            owner.lock();
        } catch (EngineException e) {
            return; // the model is closed and took its sessions' native memory with it
        }
        try {
            tracker.close();
        } finally {
            owner.unlock();
        }
    }

    private <T> T run(Step<T> step) throws EngineException {
        owner.lock();
        try {
            if (closed) {
                throw new EngineException("the tracking session is closed");
            }
            return step.run();
        } catch (FrameProviderSource.FrameReadException e) {
            throw new EngineException(e.getMessage(), e.getCause());
        } catch (Sam2Exception e) {
            throw new EngineException(e.getMessage(), e);
        } finally {
            owner.unlock();
        }
    }

    /** Runs a query or bookkeeping step under the model's lock; a closed session or model gives {@code whenClosed}. */
    private <T> T locked(Supplier<T> step, T whenClosed) {
        try {
            owner.lock();
        } catch (EngineException e) {
            return whenClosed;
        }
        try {
            return closed ? whenClosed : step.get();
        } finally {
            owner.unlock();
        }
    }

    private void checkFrame(int frame) {
        if (frame < 0 || frame >= frames.frameCount()) {
            throw new IllegalArgumentException("frame " + frame + " is outside the video (0.."
                    + (frames.frameCount() - 1) + ")");
        }
    }

    private static Sam2Prompt toSam2(Prompt prompt) {
        if (prompt == null || prompt.isEmpty()) {
            throw new IllegalArgumentException("a prompt needs at least one point or a box");
        }
        if (prompt.previousLowResLogits() != null) {
            throw new IllegalArgumentException("mask prompts are not supported by video tracking");
        }
        float[] xy = new float[2 * prompt.points().size()];
        int[] labels = new int[prompt.points().size()];
        fill(prompt.points(), xy, labels);
        Prompt.Box b = prompt.box();
        if (b == null) {
            return Sam2Prompt.clicks(xy, labels);
        }
        Sam2Prompt box = Sam2Prompt.box((float) Math.min(b.x0(), b.x1()), (float) Math.min(b.y0(), b.y1()),
                (float) Math.max(b.x0(), b.x1()), (float) Math.max(b.y0(), b.y1()));
        return labels.length == 0 ? box : box.withClicks(xy, labels);
    }

    private static void fill(List<Prompt.Point> points, float[] xy, int[] labels) {
        for (int i = 0; i < points.size(); i++) {
            Prompt.Point p = points.get(i);
            xy[2 * i] = (float) p.x();
            xy[2 * i + 1] = (float) p.y();
            labels[i] = p.positive() ? Sam2Prompt.POSITIVE : Sam2Prompt.NEGATIVE;
        }
    }

    /**
     * SAM 2's own certainty: of the object's presence (the object score head, as a probability) and, when present,
     * of its mask (the IoU head).
     */
    static float confidence(Sam2ObjectResult o) {
        double presence = 1 / (1 + Math.exp(-o.objectScore()));
        if (o.absent()) {
            return (float) (1 - presence);
        }
        double iou = Math.max(0, Math.min(1, o.iouScore()));
        return (float) Math.min(presence, iou);
    }

    private TrackedFrame convert(Sam2FrameResult result) {
        List<TrackedFrame.ObjectResult> objects = new ArrayList<>(result.objects().size());
        for (Sam2ObjectResult o : result.objects()) {
            Optional<BinaryMask> mask = o.absent() ? Optional.empty()
                    : Optional.of(new BinaryMask(o.width(), o.height(), o.videoMask()));
            objects.add(new TrackedFrame.ObjectResult(o.objectId(), o.objectScore(), mask, o.conditioning(),
                    confidence(o)));
        }
        return new TrackedFrame(result.frameIndex(), objects);
    }
}
