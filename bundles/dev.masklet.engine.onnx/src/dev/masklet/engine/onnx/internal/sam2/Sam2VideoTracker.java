package dev.masklet.engine.onnx.internal.sam2;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

import ai.onnxruntime.OrtException;
import dev.masklet.engine.CorrectionMode;

/**
 * SAM 2.1 video tracking over the five ONNX graphs: objects are prompted on some frames and then propagated through
 * the clip, each tracked frame attending to the object's memory of earlier results. The bookkeeping mirrors
 * transformers 5.17's {@code Sam2VideoModel.forward} / {@code propagate_in_video_iterator} so that results match its
 * reference run, with one deliberate option: {@link CorrectionMode} decides whether a corrective click lasts.
 *
 * <p>Not thread-safe: use one tracker from one thread. The tracker does not own the model; close the model after
 * its trackers.
 */
public final class Sam2VideoTracker implements AutoCloseable {
    /** One object decoded on the current frame, not yet committed to its memory bank. */
    private record Pending(Sam2ObjectState object, Sam2DecoderOutput decoded, Sam2FrameOutput output,
            boolean conditioning, boolean fromPrompt, boolean tracked, boolean reverse) {
    }

    private final Sam2Model model;
    private final Sam2Config config;
    private final Sam2FrameSource frames;
    private final Sam2TrackerOptions options;
    private final Sam2FeatureCache features;
    private final Sam2MemoryAssembler memory;
    /** In order of first prompt: transformers processes (and numbers) objects in this order. */
    private final LinkedHashMap<Integer, Sam2ObjectState> objects = new LinkedHashMap<>();
    /** Objects whose newest prompt has not been run yet; replaced, not extended, by every prompt (as transformers). */
    private final List<Integer> objectsWithNewInputs = new ArrayList<>();

    public Sam2VideoTracker(Sam2Model model, Sam2FrameSource frames, Sam2TrackerOptions options) {
        if (frames.frameCount() < 1) {
            throw new IllegalArgumentException("the video has no frames");
        }
        this.model = model;
        this.config = model.config();
        this.frames = frames;
        this.options = options;
        this.features = new Sam2FeatureCache(model, frames, options.featureCacheFrames());
        this.memory = new Sam2MemoryAssembler(model, options, frames.frameCount());
    }

    public int frameCount() {
        return frames.frameCount();
    }

    public Sam2TrackerOptions options() {
        return options;
    }

    /**
     * Sets an object's prompt on a frame (replacing an earlier prompt of that object there) and computes the frame.
     * A new object id creates the object. On a frame the object was never tracked on, the prompt starts a
     * conditioning frame; on a tracked frame it is a correction, kept as {@link Sam2TrackerOptions#correctionMode}.
     *
     * @return the frame's results for all objects (other objects are reused or recomputed as transformers does)
     */
    public Sam2FrameResult addPrompt(int frameIndex, int objectId, Sam2Prompt prompt) {
        checkFrame(frameIndex);
        boolean created = !objects.containsKey(objectId);
        Sam2ObjectState object = objects.computeIfAbsent(objectId, Sam2ObjectState::new);
        object.prompts.put(frameIndex, prompt);
        objectsWithNewInputs.clear();
        objectsWithNewInputs.add(objectId);
        try {
            return computeFrame(frameIndex, false);
        } catch (RuntimeException e) {
            if (created) {
                // An object without any computed frame could never be tracked; do not leave it behind.
                removeObject(objectId);
            }
            throw e;
        }
    }

    /**
     * Adds clicks to the object's existing prompt on that frame (or starts one) and computes the frame: the usual
     * way to refine a mask with further positive/negative clicks.
     */
    public Sam2FrameResult addClicks(int frameIndex, int objectId, float[] pointsXy, int[] labels) {
        Sam2ObjectState object = objects.get(objectId);
        Sam2Prompt existing = object == null ? null : object.prompts.get(frameIndex);
        Sam2Prompt prompt = existing == null ? Sam2Prompt.clicks(pointsXy, labels)
                : existing.withClicks(pointsXy, labels);
        return addPrompt(frameIndex, objectId, prompt);
    }

    /** Propagates forward from the earliest conditioning frame of any object to the end of the clip. */
    public int propagate(Sam2FrameListener listener) {
        return propagate(OptionalInt.empty(), frameCount(), false, () -> false, listener);
    }

    /** Propagates from {@code startFrame} to the end (or, in reverse, to frame 0). */
    public int propagate(int startFrame, boolean reverse, Sam2FrameListener listener) {
        return propagate(OptionalInt.of(startFrame), frameCount(), reverse, () -> false, listener);
    }

    /**
     * Computes frames {@code start .. min(start + maxFrames, T - 1)} forward, or {@code start .. max(start -
     * maxFrames, 0)} in reverse (nothing when reverse starts at frame 0), delivering each frame to the listener.
     *
     * @param startFrame first frame; empty for the earliest conditioning frame of any object
     * @param cancelled polled before each frame; propagation stops early when it returns true
     * @return the number of frames computed
     */
    public int propagate(OptionalInt startFrame, int maxFrames, boolean reverse, BooleanSupplier cancelled,
            Sam2FrameListener listener) {
        int start = startFrame.orElseGet(this::earliestConditioningFrame);
        checkFrame(start);
        if (maxFrames < 0) {
            throw new IllegalArgumentException("maxFrames must be >= 0, got " + maxFrames);
        }
        int end = reverse ? Math.max(start - maxFrames, 0) : Math.min(start + maxFrames, frameCount() - 1);
        if (reverse && start == 0) {
            return 0;
        }
        return track(start, end, reverse, cancelled, listener);
    }

    /**
     * Computes exactly the frames {@code first .. last} (both included) in the given direction, delivering each
     * frame to the listener; unlike {@link #propagate(OptionalInt, int, boolean, BooleanSupplier, Sam2FrameListener)}
     * a reverse run starting at frame 0 computes frame 0.
     *
     * @param cancelled polled before each frame; tracking stops early when it returns true
     * @return the number of frames computed
     */
    public int track(int first, int last, boolean reverse, BooleanSupplier cancelled, Sam2FrameListener listener) {
        checkFrame(first);
        checkFrame(last);
        if (reverse ? last > first : last < first) {
            throw new IllegalArgumentException("frames " + first + ".." + last + " do not run "
                    + (reverse ? "backward" : "forward"));
        }
        int step = reverse ? -1 : 1;
        int done = 0;
        for (int frame = first; reverse ? frame >= last : frame <= last; frame += step) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            Sam2FrameResult result = computeFrame(frame, reverse);
            releaseUnreachableMemory(frame, reverse);
            listener.onFrame(result);
            done++;
        }
        return done;
    }

    /**
     * Bounded memory: after propagation computed {@code frame}, drops what no frame of this propagation can attend
     * to any more (it only moves away) and what a correction within {@link Sam2TrackerOptions#correctionReach}
     * frames behind would not use either. Conditioning outputs are never dropped; neither is anything ahead of the
     * frame (an earlier pass's results there are overwritten as the propagation reaches them).
     */
    private void releaseUnreachableMemory(int frame, boolean reverse) {
        int reach = options.correctionReach();
        if (reach == Sam2TrackerOptions.UNLIMITED) {
            return;
        }
        long spatialReach = (long) reach + config.numMaskmem() - 1;
        long pointerReach = (long) reach + Math.max(memory.pointerReach(), config.numMaskmem() - 1);
        for (Sam2ObjectState object : objects.values()) {
            Iterator<Map.Entry<Integer, Sam2FrameOutput>> it = object.tracked.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<Integer, Sam2FrameOutput> e = it.next();
                long behind = reverse ? (long) e.getKey() - frame : (long) frame - e.getKey();
                if (behind > pointerReach) {
                    it.remove();
                } else if (behind > spatialReach) {
                    e.getValue().releaseSpatialMemory();
                }
            }
        }
    }

    /** Forgets an object with all its prompts and memories. */
    public void removeObject(int objectId) {
        objects.remove(objectId);
        objectsWithNewInputs.remove(Integer.valueOf(objectId));
    }

    /** Forgets all objects; cached frame features are kept since they do not depend on prompts. */
    public void reset() {
        objects.clear();
        objectsWithNewInputs.clear();
    }

    public List<Integer> objectIds() {
        return List.copyOf(objects.keySet());
    }

    /**
     * The memory an object would attend to if {@code frame} were tracked next: the frames whose spatial memory and
     * whose object pointer would be used. For tests and diagnostics; computes nothing.
     *
     * @throws IllegalStateException if the object has no conditioning frame other than {@code frame}
     */
    public Sam2MemoryLayout memoryLayout(int objectId, int frame, boolean reverse) {
        checkFrame(frame);
        Sam2ObjectState object = objects.get(objectId);
        if (object == null) {
            throw new IllegalArgumentException("unknown object " + objectId);
        }
        Sam2MemoryAssembler.Layout layout = memory.layout(object, frame, reverse);
        return new Sam2MemoryLayout(layout.spatialFrames(), layout.pointerFrames());
    }

    /** What the memory banks of all objects hold now. */
    public Sam2MemoryStats memoryStats() {
        int conditioning = 0;
        int tracked = 0;
        int spatial = 0;
        long bytes = 0;
        for (Sam2ObjectState object : objects.values()) {
            conditioning += object.conditioning.size();
            tracked += object.tracked.size();
            for (Sam2FrameOutput o : object.conditioning.values()) {
                spatial += o.hasSpatialMemory() ? 1 : 0;
                bytes += o.spatialMemoryBytes() + 4L * o.objectPointer().length
                        + (o.lowResLogits() == null ? 0 : 4L * o.lowResLogits().length);
            }
            for (Sam2FrameOutput o : object.tracked.values()) {
                spatial += o.hasSpatialMemory() ? 1 : 0;
                bytes += o.spatialMemoryBytes() + 4L * o.objectPointer().length;
            }
        }
        return new Sam2MemoryStats(objects.size(), conditioning, tracked, spatial, bytes);
    }

    /** The frames whose output conditions all tracking of the object (prompted frames, lasting corrections). */
    public SortedSet<Integer> conditioningFrames(int objectId) {
        Sam2ObjectState object = objects.get(objectId);
        return object == null ? Collections.emptySortedSet()
                : Collections.unmodifiableSortedSet(new TreeSet<>(object.conditioning.keySet()));
    }

    @Override
    public void close() {
        features.close();
    }

    private int earliestConditioningFrame() {
        return objects.values().stream().flatMap(o -> o.conditioning.keySet().stream()).min(Integer::compare)
                .orElseThrow(() -> new IllegalStateException("no object has been prompted yet"));
    }

    private void checkFrame(int frameIndex) {
        if (frameIndex < 0 || frameIndex >= frameCount()) {
            throw new IndexOutOfBoundsException("frame " + frameIndex + " outside 0.." + (frameCount() - 1));
        }
    }

    /**
     * One {@code Sam2VideoModel.forward} call: every object is either reused (a conditioning frame without new
     * input) or decoded; then the memories of all decoded objects are encoded together, because the reference
     * binarises all of them as soon as any of them was prompted on this frame.
     */
    private Sam2FrameResult computeFrame(int frame, boolean reverseRequested) {
        List<Pending> pending = new ArrayList<>();
        List<Sam2ObjectResult> results = new ArrayList<>();
        boolean reverse = reverseRequested;
        try {
            Sam2FrameFeatures frameFeatures = features.get(frame);
            for (Sam2ObjectState object : objects.values()) {
                boolean hasNewInput = objectsWithNewInputs.contains(object.objectId);
                Sam2FrameOutput reused = hasNewInput ? null : object.conditioning.get(frame);
                if (reused != null) {
                    results.add(result(object, frame, reused.lowResLogits(), reused, true));
                    continue;
                }
                boolean initial = false;
                Sam2Prompt prompt = null;
                if (hasNewInput) {
                    initial = !object.framesTracked.get(frame);
                    if (initial) {
                        // transformers resets the loop's direction here, for the remaining objects as well
                        reverse = false;
                    }
                    prompt = object.prompts.get(frame);
                }
                boolean lastingCorrection = !initial && prompt != null
                        && options.correctionMode() == CorrectionMode.LASTING;
                // A lasting correction looks at memory from the side the frame was tracked from, as SAM 2 does.
                boolean runReverse = lastingCorrection ? object.trackedInReverse.get(frame) : reverse;
                boolean conditioning = initial || lastingCorrection;
                Sam2DecoderOutput decoded = decode(object, frame, frameFeatures, initial, prompt, runReverse);
                Sam2FrameOutput output = new Sam2FrameOutput(decoded.objectScore(), decoded.iouScore(),
                        decoded.objectPointer(), conditioning ? decoded.lowResLogits() : null);
                pending.add(new Pending(object, decoded, output, conditioning, prompt != null, !initial,
                        runReverse));
                results.add(result(object, frame, decoded.lowResLogits(), output, conditioning));
            }
            encodeMemories(frameFeatures, pending);
        } catch (OrtException e) {
            throw new Sam2Exception("SAM 2 inference failed on frame " + frame + ": " + e.getMessage(), e);
        } finally {
            pending.forEach(p -> p.decoded().close());
        }
        commit(frame, pending);
        return new Sam2FrameResult(frame, results);
    }

    private Sam2DecoderOutput decode(Sam2ObjectState object, int frame, Sam2FrameFeatures frameFeatures,
            boolean initial, Sam2Prompt prompt, boolean reverse) throws OrtException {
        Sam2PointInput points = prompt == null ? Sam2PointInput.NONE
                : prompt.toModelSpace(frames.width(), frames.height(), config.imageSize());
        int pointCount = prompt == null ? 0 : points.count();
        boolean multimask = config.multimaskOutputInSam() && (initial || config.multimaskOutputForTracking())
                && config.multimaskMinPointCount() <= pointCount && pointCount <= config.multimaskMaxPointCount();
        try (Sam2ImageEmbedding embedding = initial ? model.initialImageEmbedding(frameFeatures)
                : attend(object, frame, frameFeatures, reverse)) {
            return model.decode(embedding, frameFeatures, points.coords(), points.labels(), multimask);
        }
    }

    private Sam2ImageEmbedding attend(Sam2ObjectState object, int frame, Sam2FrameFeatures frameFeatures,
            boolean reverse) throws OrtException {
        Sam2MemoryAssembler.Memory bank = memory.assemble(object, frame, reverse);
        return model.attendToMemory(frameFeatures, bank.memory(), bank.memoryPos(), bank.tokens(),
                bank.pointerTokens());
    }

    private void encodeMemories(Sam2FrameFeatures frameFeatures, List<Pending> pending) throws OrtException {
        boolean anyFromPrompt = pending.stream().anyMatch(Pending::fromPrompt);
        boolean round = config.bfloat16MemoryRounding();
        for (Pending p : pending) {
            // binarised for every object recomputed on the frame as soon as one of them came from a prompt
            p.output().setSpatialMemory(model.encodeMemory(frameFeatures, p.decoded(), anyFromPrompt, round));
        }
    }

    /** Stores the frame's outputs only once all of them are complete, so a failure leaves the memory bank intact. */
    private void commit(int frame, List<Pending> pending) {
        for (Pending p : pending) {
            Sam2ObjectState object = p.object();
            if (p.conditioning()) {
                object.conditioning.put(frame, p.output());
                object.tracked.remove(frame);
            } else {
                object.tracked.put(frame, p.output());
            }
            if (p.tracked()) {
                object.markTracked(frame, p.reverse());
            }
            if (p.fromPrompt()) {
                objectsWithNewInputs.remove(Integer.valueOf(object.objectId));
            }
        }
    }

    private Sam2ObjectResult result(Sam2ObjectState object, int frame, float[] lowResLogits, Sam2FrameOutput output,
            boolean conditioning) {
        return new Sam2ObjectResult(object.objectId, frame, lowResLogits.clone(), config.lowResMaskSize(),
                output.objectScore(), output.iouScore(), output.objectPointer().clone(), conditioning, frames.width(), frames.height());
    }
}
