package dev.masklet.engine.onnx.internal.sam2;

import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * Runs one of the five graphs on the inputs the host loop prepared. {@link Sam2Model} runs them on their ONNX
 * sessions; tests put a decorator in between ({@link Sam2Model#open(java.nio.file.Path, int,
 * java.util.function.UnaryOperator)}) to feed the graphs what a buggy host loop would, and show that the reference
 * comparison notices it. Production code has no such switches.
 */
@FunctionalInterface
public interface Sam2GraphRunner {
    /**
     * @param graph which graph
     * @param inputs its inputs by name, owned by the caller
     * @param options run options, or null for none
     */
    OrtSession.Result run(Sam2Graph graph, Map<String, OnnxTensor> inputs, OrtSession.RunOptions options)
            throws OrtException;
}
