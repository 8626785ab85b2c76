package dev.masklet.engine.onnx.internal.sam2;

/**
 * Raised when the SAM 2 model folder is unusable or ONNX Runtime fails while tracking. Unchecked because tracking
 * runs inside listener-driven loops where a checked ONNX Runtime exception would only be re-wrapped by every caller.
 */
public class Sam2Exception extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Sam2Exception(String message) {
        super(message);
    }

    public Sam2Exception(String message, Throwable cause) {
        super(message, cause);
    }
}
