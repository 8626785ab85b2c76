package dev.masklet.engine;

/**
 * Progress of {@link ModelManager#install} and {@link ModelManager#importFolder}. Called on the installing thread;
 * a UI must hand the values over to its own thread.
 */
public interface InstallListener {
    /** Does nothing. */
    InstallListener NONE = (file, done, total) -> {
    };

    /**
     * @param file the model file being fetched or copied
     * @param done bytes of it that are on disk (after a resume: counted from the file's start)
     * @param total its size from the descriptor (or as the server announced it); -1 when neither says
     */
    void progress(String file, long done, long total);

    /** A step worth showing on its own line (resuming, retrying, verifying). */
    default void note(String message) {
    }
}
