package dev.masklet.engine;

/** A model could not be loaded or run. The message is for the user: it names the file or step that failed. */
public class EngineException extends Exception {
    private static final long serialVersionUID = 1L;

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }

    public EngineException(String message) {
        super(message);
    }
}
