package dev.masklet.core.store;

import java.io.IOException;
import java.nio.file.Path;

/** An annotation file could not be read or written; the message names the file and says what is wrong. */
public class AnnotationFileException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String reason;

    public AnnotationFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.reason = problem;
    }

    /** What is wrong, without the file name. */
    public String reason() {
        return reason;
    }
}
