package dev.masklet.engine.onnx.internal.graph;

/** A checkpoint or graph template that cannot be used, with one line naming the file, the tensor and the problem. */
public final class CheckpointException extends Exception {
    private static final long serialVersionUID = 1L;

    public CheckpointException(String message) {
        super(message);
    }

    public CheckpointException(String message, Throwable cause) {
        super(message, cause);
    }
}
