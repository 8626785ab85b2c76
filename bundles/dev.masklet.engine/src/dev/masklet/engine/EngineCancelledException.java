package dev.masklet.engine;

/** The caller cancelled a long engine call; what was done so far is kept where it can be reused (e.g. a partial download). */
public class EngineCancelledException extends EngineException {
    private static final long serialVersionUID = 1L;

    public EngineCancelledException(String message) {
        super(message);
    }
}
