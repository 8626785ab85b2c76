package dev.masklet.engine.onnx.internal.sam2;

/**
 * The size of a tracker's memory banks.
 *
 * @param objects objects known to the tracker
 * @param conditioningOutputs conditioning outputs over all objects (kept for the object's life)
 * @param trackedOutputs tracked (non-conditioning) outputs still held over all objects
 * @param spatialMemories outputs that still hold their spatial memory
 * @param bytes approximate bytes of features, pointers and kept logits (shared position encodings not counted)
 */
public record Sam2MemoryStats(int objects, int conditioningOutputs, int trackedOutputs, int spatialMemories,
        long bytes) {
}
