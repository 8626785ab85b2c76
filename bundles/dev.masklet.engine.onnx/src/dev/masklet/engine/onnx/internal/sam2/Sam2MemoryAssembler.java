package dev.masklet.engine.onnx.internal.sam2;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OrtException;

/**
 * Builds the memory an object's current frame attends to: the spatial memories of its conditioning frames and of up
 * to numMaskmem - 1 neighbouring tracked frames (each with a temporal encoding), then its object pointers split into
 * memDim-wide tokens with their temporal position encoding. Token order matters for the exact result: conditioning
 * frames in insertion order, then tracked frames oldest first, pointers last.
 */
final class Sam2MemoryAssembler {
    /** The filled buffers, ready to be read in place by ONNX Runtime. */
    record Memory(FloatBuffer memory, FloatBuffer memoryPos, int tokens, int pointerTokens) {
    }

    private record Entry(int frame, int slot, Sam2SpatialMemory memory) {
    }

    /**
     * Which of the object's outputs a frame attends to.
     *
     * @param spatialFrames frames whose spatial memory is used, in token order (conditioning frames first)
     * @param pointerFrames frames whose object pointer is used, in token order
     */
    record Layout(List<Integer> spatialFrames, List<Integer> pointerFrames) {
    }

    private final Sam2Model model;
    private final Sam2Constants constants;
    private final Sam2Config config;
    private final Sam2TrackerOptions options;
    private final int frameCount;
    private FloatBuffer memoryBuffer = Sam2Model.directFloats(0);
    private FloatBuffer positionBuffer = Sam2Model.directFloats(0);

    Sam2MemoryAssembler(Sam2Model model, Sam2TrackerOptions options, int frameCount) {
        this.model = model;
        this.constants = model.constants();
        this.config = model.config();
        this.options = options;
        this.frameCount = frameCount;
    }

    /**
     * @param frame the frame being computed; its own earlier output never conditions its replacement (which only
     *            matters for a repeated correction on a conditioning frame: the same clicks then give the same mask)
     */
    Memory assemble(Sam2ObjectState object, int frame, boolean reverse) throws OrtException {
        long start = System.nanoTime();
        Map<Integer, Sam2FrameOutput> conditioning = conditioningExcept(object, frame);
        List<Entry> entries = spatialEntries(object, conditioning, frame, reverse);
        List<float[]> pointers = new ArrayList<>();
        List<Integer> distances = new ArrayList<>();
        collectPointers(object, conditioning, frame, reverse, pointers, distances, null);

        int tokensPerFrame = config.memoryTokensPerFrame();
        int dim = config.memDim();
        int pointerTokens = pointers.size() * config.pointerTokensPerPointer();
        int tokens = entries.size() * tokensPerFrame + pointerTokens;
        ensureCapacity(tokens * dim);
        int at = 0;
        for (Entry entry : entries) {
            at = putSpatial(entry, at);
        }
        long hostNanos = System.nanoTime() - start;
        float[] encoding = pointerEncoding(distances);
        start = System.nanoTime();
        putPointers(pointers, encoding, at);
        Memory memory = new Memory(memoryBuffer.slice(0, tokens * dim), positionBuffer.slice(0, tokens * dim),
                tokens, pointerTokens);
        model.timings().add(Sam2Timings.Phase.MEMORY_ASSEMBLY, hostNanos + System.nanoTime() - start);
        return memory;
    }

    /** The frames {@link #assemble} would use for the object on this frame, without building anything. */
    Layout layout(Sam2ObjectState object, int frame, boolean reverse) {
        Map<Integer, Sam2FrameOutput> conditioning = conditioningExcept(object, frame);
        List<Integer> spatial = spatialEntries(object, conditioning, frame, reverse).stream().map(Entry::frame)
                .toList();
        List<Integer> pointerFrames = new ArrayList<>();
        collectPointers(object, conditioning, frame, reverse, new ArrayList<>(), new ArrayList<>(), pointerFrames);
        return new Layout(spatial, List.copyOf(pointerFrames));
    }

    /** How many frames behind the current one a tracked frame's object pointer is still attended to. */
    int pointerReach() {
        return maxPointers() - 1;
    }

    private static Map<Integer, Sam2FrameOutput> conditioningExcept(Sam2ObjectState object, int frame) {
        Map<Integer, Sam2FrameOutput> conditioning = new LinkedHashMap<>(object.conditioning);
        conditioning.remove(frame);
        if (conditioning.isEmpty()) {
            throw new IllegalStateException("object " + object.objectId + " has no prompted frame to track from");
        }
        return conditioning;
    }

    private List<Entry> spatialEntries(Sam2ObjectState object, Map<Integer, Sam2FrameOutput> conditioning, int frame,
            boolean reverse) {
        Map<Integer, Sam2FrameOutput> selected = selectConditioning(conditioning, frame);
        List<Entry> entries = new ArrayList<>();
        // Conditioning frames use the last temporal slot; a tracked frame at distance d uses slot d - 1.
        int conditioningSlot = config.numMaskmem() - 1;
        for (Map.Entry<Integer, Sam2FrameOutput> e : selected.entrySet()) {
            entries.add(new Entry(e.getKey(), conditioningSlot, e.getValue().spatialMemory()));
        }
        // Fewer memory frames (the preference) drop the oldest recent frames; slots stay those of their distance.
        int previous = Math.min(options.memoryFrames(), config.numMaskmem()) - 1;
        for (int distance = previous; distance >= 1; distance--) {
            int neighbour = reverse ? frame + distance : frame - distance;
            Sam2FrameOutput output = object.tracked.get(neighbour);
            if (output == null && !selected.containsKey(neighbour)) {
                // A conditioning frame left out by max_cond_frame_num still serves as a recent frame.
                output = conditioning.get(neighbour);
            }
            // A tracked frame whose spatial memory was released (outside every window) is not used.
            if (output != null && output.hasSpatialMemory()) {
                entries.add(new Entry(neighbour, Math.min(distance - 1, config.numMaskmem() - 1),
                        output.spatialMemory()));
            }
        }
        return entries;
    }

    /**
     * All conditioning frames, or with a max_cond_frame_num limit the closest one before, the closest one at or
     * after, and then the nearest others (transformers' select_closest_cond_frames).
     */
    private Map<Integer, Sam2FrameOutput> selectConditioning(Map<Integer, Sam2FrameOutput> conditioning, int frame) {
        int limit = config.maxCondFrameNum();
        if (limit == -1 || conditioning.size() <= limit) {
            return conditioning;
        }
        Map<Integer, Sam2FrameOutput> selected = new LinkedHashMap<>();
        conditioning.keySet().stream().filter(t -> t < frame).max(Integer::compare)
                .ifPresent(t -> selected.put(t, conditioning.get(t)));
        conditioning.keySet().stream().filter(t -> t >= frame).min(Integer::compare)
                .ifPresent(t -> selected.put(t, conditioning.get(t)));
        conditioning.keySet().stream().filter(t -> !selected.containsKey(t))
                .sorted(Comparator.comparingInt(t -> Math.abs(t - frame)))
                .limit(Math.max(0, limit - selected.size()))
                .forEach(t -> selected.put(t, conditioning.get(t)));
        return selected;
    }

    private void collectPointers(Sam2ObjectState object, Map<Integer, Sam2FrameOutput> conditioning, int frame,
            boolean reverse, List<float[]> pointers, List<Integer> distances, List<Integer> framesOrNull) {
        for (Map.Entry<Integer, Sam2FrameOutput> e : conditioning.entrySet()) {
            int t = e.getKey();
            if (reverse ? t >= frame : t <= frame) {
                pointers.add(e.getValue().objectPointer());
                distances.add(reverse ? t - frame : frame - t);
                if (framesOrNull != null) {
                    framesOrNull.add(t);
                }
            }
        }
        int maxPointers = maxPointers();
        for (int distance = 1; distance < maxPointers; distance++) {
            int neighbour = reverse ? frame + distance : frame - distance;
            if (neighbour < 0 || (!options.streaming() && neighbour >= frameCount)) {
                break;
            }
            Sam2FrameOutput output = object.tracked.get(neighbour);
            if (output != null) {
                pointers.add(output.objectPointer());
                distances.add(distance);
                if (framesOrNull != null) {
                    framesOrNull.add(neighbour);
                }
            }
        }
    }

    /** In a clip of known length, pointer distances are normalised by min(T, max pointers) - 1, as transformers does. */
    private int maxPointers() {
        return options.streaming() ? config.maxObjectPointers() : Math.min(frameCount, config.maxObjectPointers());
    }

    /** @return [P * memDim] temporal position encodings of the pointers */
    private float[] pointerEncoding(List<Integer> distances) throws OrtException {
        int count = distances.size();
        if (count == 0) {
            return new float[0];
        }
        if (!config.temporalPointerEncoding()) {
            return new float[count * config.memDim()];
        }
        int normaliser = maxPointers();
        // A one-frame clip has no distances to normalise (0 / 0 in the reference); 0 is what the distance means.
        float denominator = Math.max(1, normaliser - 1);
        float[] normalised = new float[count];
        for (int p = 0; p < count; p++) {
            normalised[p] = (float) distances.get(p) / denominator;
        }
        return model.pointerTemporalEncoding(normalised);
    }

    private int putSpatial(Entry entry, int at) {
        Sam2SpatialMemory memory = entry.memory();
        float[] position = memory.positionEncoding();
        int dim = config.memDim();
        int length = memory.length();
        for (int i = 0; i < length; i++) {
            memoryBuffer.put(at + i, memory.feature(i));
            positionBuffer.put(at + i, position[i] + constants.memoryTemporalEncoding(entry.slot(), i % dim));
        }
        return at + length;
    }

    /** Pointer p becomes tokens p*K .. p*K+K-1, token k holding elements k*memDim .. (k+1)*memDim-1. */
    private void putPointers(List<float[]> pointers, float[] encoding, int at) {
        int dim = config.memDim();
        int perPointer = config.pointerTokensPerPointer();
        for (int p = 0; p < pointers.size(); p++) {
            float[] pointer = pointers.get(p);
            for (int k = 0; k < perPointer; k++) {
                int token = p * perPointer + k; // pointer-major: a pointer's chunks are neighbours
                for (int d = 0; d < dim; d++) {
                    memoryBuffer.put(at + token * dim + d, pointer[k * dim + d]);
                    positionBuffer.put(at + token * dim + d, encoding[p * dim + d]);
                }
            }
        }
    }

    private void ensureCapacity(int floats) {
        if (memoryBuffer.capacity() < floats) {
            memoryBuffer = Sam2Model.directFloats(floats);
            positionBuffer = Sam2Model.directFloats(floats);
        }
    }
}
