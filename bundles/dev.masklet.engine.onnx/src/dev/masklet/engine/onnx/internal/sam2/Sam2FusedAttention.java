package dev.masklet.engine.onnx.internal.sam2;

import java.io.IOException;
import java.nio.file.Path;

import dev.masklet.engine.onnx.internal.graph.AttentionFusion;
import dev.masklet.engine.onnx.internal.graph.OnnxGraphFile;

/**
 * The memory attention as ONNX Runtime runs it: with its attention blocks fused into
 * {@code com.microsoft.MultiHeadAttention} when the file spells them out step by step. Done in memory when the model
 * is opened, so models converted before the converter exported the fused operator get it too, and the installed
 * files keep the checksums their descriptor lists.
 */
final class Sam2FusedAttention {
    private Sam2FusedAttention() {
    }

    static byte[] load(Path file, int heads) {
        try {
            return AttentionFusion.fuse(OnnxGraphFile.read(file), heads).model().toByteArray();
        } catch (IOException e) {
            throw new Sam2Exception(file.getFileName() + " cannot be read: " + e.getMessage(), e);
        }
    }
}
