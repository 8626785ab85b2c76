package dev.masklet.engine.onnx.tests.sam2;

import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.masklet.engine.onnx.internal.sam2.Sam2Graph;
import dev.masklet.engine.onnx.internal.sam2.Sam2GraphRunner;

/**
 * Typical host-loop bugs (CONTRACT.md §8), injected by decorating the graph runs of a {@link
 * dev.masklet.engine.onnx.internal.sam2.Sam2Model}: each changes what one graph is fed exactly as the buggy host
 * loop would have fed it, so the production host loop needs no switches. Inputs of other graphs pass through.
 */
enum HostBug {
    /** Tell the memory attention there are no pointer tokens, so it applies rotary encoding to them. */
    ROPE_ON_POINTER_TOKENS(Sam2Graph.MEMORY_ATTENTION) {
        @Override
        void change(Map<String, OnnxTensor> in, Changed out) throws OrtException {
            out.put("num_obj_ptr_tokens", ints(new int[] {0}, 1));
        }
    },
    /** Decode with a single mask instead of choosing among several. */
    NO_MULTIMASK(Sam2Graph.MASK_DECODER) {
        @Override
        void change(Map<String, OnnxTensor> in, Changed out) throws OrtException {
            out.put("multimask_output", ints(new int[] {0}, 1));
        }
    },
    /** Decide mask binarisation the other way round from the reference ({@code is_mask_from_pts} flipped). */
    MASK_FROM_POINTS_FLIPPED(Sam2Graph.MEMORY_ENCODER) {
        @Override
        void change(Map<String, OnnxTensor> in, Changed out) throws OrtException {
            int fromPoints = in.get("is_mask_from_pts").getIntBuffer().get(0);
            out.put("is_mask_from_pts", ints(new int[] {1 - fromPoints}, 1));
        }
    },
    /** Keep spatial memories at a lower precision than the reference's bfloat16 (5 mantissa bits). */
    SPATIAL_MEMORY_PRECISION_LOST(Sam2Graph.MEMORY_ATTENTION) {
        @Override
        void change(Map<String, OnnxTensor> in, Changed out) throws OrtException {
            Layout l = new Layout(in);
            float[] memory = floats(in.get("memory"));
            for (int i = 0; i < l.spatialTokens() * l.memDim; i++) {
                memory[i] = Float.intBitsToFloat(Float.floatToRawIntBits(memory[i]) & 0xFFFC0000);
            }
            out.put("memory", floats(memory, in.get("memory").getInfo().getShape()));
        }
    },
    /** Attend to one previous frame too few: the oldest spatial memory is left out. */
    ONE_MEMORY_FRAME_TOO_FEW(Sam2Graph.MEMORY_ATTENTION) {
        @Override
        void change(Map<String, OnnxTensor> in, Changed out) throws OrtException {
            Layout l = new Layout(in);
            if (l.spatialTokens() < 2 * l.tokensPerFrame) {
                return;
            }
            int drop = l.tokensPerFrame * l.memDim;
            for (String name : List.of("memory", "memory_pos")) {
                float[] all = floats(in.get(name));
                float[] kept = new float[all.length - drop];
                System.arraycopy(all, drop, kept, 0, kept.length);
                out.put(name, floats(kept, 1, l.tokens - l.tokensPerFrame, l.memDim));
            }
        }
    },
    /** Give each spatial memory the temporal encoding of its neighbour (the slot index off by one). */
    TEMPORAL_ENCODING_SHIFTED(Sam2Graph.MEMORY_ATTENTION) {
        @Override
        void change(Map<String, OnnxTensor> in, Changed out) throws OrtException {
            Layout l = new Layout(in);
            int frames = l.spatialTokens() / l.tokensPerFrame;
            if (frames < 2) {
                return;
            }
            float[] pos = floats(in.get("memory_pos"));
            float[] shifted = pos.clone();
            int block = l.tokensPerFrame * l.memDim;
            for (int f = 0; f < frames; f++) {
                System.arraycopy(pos, ((f + 1) % frames) * block, shifted, f * block, block);
            }
            out.put("memory_pos", floats(shifted, in.get("memory_pos").getInfo().getShape()));
        }
    },
    /** Normalise pointer distances by another length than the clip's. */
    POINTER_DISTANCE_NORMALISER(Sam2Graph.POINTER_TEMPORAL_PROJECTION) {
        @Override
        void change(Map<String, OnnxTensor> in, Changed out) throws OrtException {
            float[] t = floats(in.get("tpos_norm"));
            for (int i = 0; i < t.length; i++) {
                t[i] *= 0.5f;
            }
            out.put("tpos_norm", floats(t, t.length));
        }
    },
    /** Split object pointers into tokens chunk-major instead of pointer-major. */
    POINTER_TOKENS_CHUNK_MAJOR(Sam2Graph.MEMORY_ATTENTION) {
        @Override
        void change(Map<String, OnnxTensor> in, Changed out) throws OrtException {
            Layout l = new Layout(in);
            int perPointer = l.hidden / l.memDim;
            int pointers = l.pointerTokens / perPointer;
            if (pointers < 2) {
                return;
            }
            float[] memory = floats(in.get("memory"));
            float[] reordered = memory.clone();
            int at = l.spatialTokens() * l.memDim;
            for (int p = 0; p < pointers; p++) {
                for (int k = 0; k < perPointer; k++) {
                    System.arraycopy(memory, at + (p * perPointer + k) * l.memDim, reordered,
                            at + (k * pointers + p) * l.memDim, l.memDim);
                }
            }
            out.put("memory", floats(reordered, in.get("memory").getInfo().getShape()));
        }
    };

    private final Sam2Graph graph;

    HostBug(Sam2Graph graph) {
        this.graph = graph;
    }

    /** Puts the inputs the buggy host loop would have given the graph into {@code out}; may leave it empty. */
    abstract void change(Map<String, OnnxTensor> in, Changed out) throws OrtException;

    /** The graph runner with this bug injected. */
    Sam2GraphRunner inject(Sam2GraphRunner real) {
        return (g, inputs, options) -> {
            if (g != graph) {
                return real.run(g, inputs, options);
            }
            try (Changed changed = new Changed()) {
                change(inputs, changed);
                Map<String, OnnxTensor> fed = new HashMap<>(inputs);
                fed.putAll(changed.tensors);
                OrtSession.Result result = real.run(g, fed, options);
                return result;
            }
        };
    }

    /** The replacement inputs of one run, closed after it. */
    static final class Changed implements AutoCloseable {
        final Map<String, OnnxTensor> tensors = new HashMap<>();

        void put(String name, OnnxTensor tensor) {
            tensors.put(name, tensor);
        }

        @Override
        public void close() {
            List<OnnxTensor> all = new ArrayList<>(tensors.values());
            all.forEach(OnnxTensor::close);
        }
    }

    /** The memory attention's inputs: spatial tokens of each memory frame, then the pointer tokens. */
    private static final class Layout {
        final int hidden;
        final int tokensPerFrame;
        final int tokens;
        final int memDim;
        final int pointerTokens;

        Layout(Map<String, OnnxTensor> in) {
            long[] feat = in.get("current_vision_feat").getInfo().getShape(); // [1, hidden, h, w]
            long[] memory = in.get("memory").getInfo().getShape(); // [1, tokens, memDim]
            hidden = (int) feat[1];
            tokensPerFrame = (int) (feat[2] * feat[3]);
            tokens = (int) memory[1];
            memDim = (int) memory[2];
            pointerTokens = in.get("num_obj_ptr_tokens").getIntBuffer().get(0);
        }

        int spatialTokens() {
            return tokens - pointerTokens;
        }
    }

    private static float[] floats(OnnxTensor tensor) {
        FloatBuffer b = tensor.getFloatBuffer();
        float[] values = new float[b.remaining()];
        b.get(values);
        return values;
    }

    private static OnnxTensor floats(float[] values, long... shape) throws OrtException {
        return OnnxTensor.createTensor(OrtEnvironment.getEnvironment(), FloatBuffer.wrap(values), shape);
    }

    private static OnnxTensor ints(int[] values, long... shape) throws OrtException {
        return OnnxTensor.createTensor(OrtEnvironment.getEnvironment(), IntBuffer.wrap(values), shape);
    }
}
