package dev.masklet.engine.onnx.internal.sam2;

import java.util.EnumMap;
import java.util.Map;

/**
 * Where tracking time goes: the raw ONNX Runtime time of each graph call ({@code session.run} only) and the host
 * steps around them. Accumulated by the model and its trackers (which share one thread), read by benchmarks. Costs
 * two {@link System#nanoTime()} calls per step.
 */
public final class Sam2Timings {
    /** One step of the host loop. */
    public enum Phase {
        /** The frame provider delivering a frame's RGB bytes (video decoding). */
        FRAME_READ(false),
        /** RGB bytes → normalised 1024² pixel values. */
        PREPROCESS(false),
        /** {@code vision_encoder.onnx}. */
        VISION_ENCODER(true),
        /** Building the memory bank buffers (spatial memories, temporal encodings, pointer tokens). */
        MEMORY_ASSEMBLY(false),
        /** {@code obj_ptr_tpos_proj.onnx}. */
        POINTER_ENCODING(true),
        /** {@code memory_attention.onnx}. */
        MEMORY_ATTENTION(true),
        /** {@code mask_decoder.onnx}. */
        MASK_DECODER(true),
        /** {@code memory_encoder.onnx}. */
        MEMORY_ENCODER(true),
        /** Copying the new memory out of ONNX Runtime and rounding it to bfloat16. */
        MEMORY_STORE(false);

        private final boolean onnxRuntime;

        Phase(boolean onnxRuntime) {
            this.onnxRuntime = onnxRuntime;
        }

        /** Whether this phase is a raw ONNX Runtime graph call. */
        public boolean onnxRuntime() {
            return onnxRuntime;
        }
    }

    /**
     * Totals since the last reset.
     *
     * @param nanos per phase
     * @param calls per phase
     */
    public record Snapshot(Map<Phase, Long> nanos, Map<Phase, Long> calls) {
        public long nanos(Phase phase) {
            return nanos.getOrDefault(phase, 0L);
        }

        public long calls(Phase phase) {
            return calls.getOrDefault(phase, 0L);
        }

        /** Sum of the raw ONNX Runtime graph calls. */
        public long onnxRuntimeNanos() {
            return nanos.entrySet().stream().filter(e -> e.getKey().onnxRuntime()).mapToLong(Map.Entry::getValue)
                    .sum();
        }

        /** What changed from {@code earlier} to this snapshot. */
        public Snapshot minus(Snapshot earlier) {
            Map<Phase, Long> n = new EnumMap<>(Phase.class);
            Map<Phase, Long> c = new EnumMap<>(Phase.class);
            for (Phase p : Phase.values()) {
                n.put(p, nanos(p) - earlier.nanos(p));
                c.put(p, calls(p) - earlier.calls(p));
            }
            return new Snapshot(n, c);
        }
    }

    private final long[] nanos = new long[Phase.values().length];
    private final long[] calls = new long[Phase.values().length];

    /** Adds the time since {@code startNanos} (a {@link System#nanoTime()} value) to a phase. */
    void since(Phase phase, long startNanos) {
        add(phase, System.nanoTime() - startNanos);
    }

    /** Adds one call of {@code elapsedNanos} to a phase. */
    void add(Phase phase, long elapsedNanos) {
        nanos[phase.ordinal()] += elapsedNanos;
        calls[phase.ordinal()]++;
    }

    /** Read it on the tracking thread (the counters are not synchronised). */
    public Snapshot snapshot() {
        Map<Phase, Long> n = new EnumMap<>(Phase.class);
        Map<Phase, Long> c = new EnumMap<>(Phase.class);
        for (Phase p : Phase.values()) {
            n.put(p, nanos[p.ordinal()]);
            c.put(p, calls[p.ordinal()]);
        }
        return new Snapshot(n, c);
    }
}
