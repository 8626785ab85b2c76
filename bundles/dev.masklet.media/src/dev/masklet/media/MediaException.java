package dev.masklet.media;

import java.nio.file.Path;

/** Media that cannot be opened or decoded. The message is meant for the user: it names the file and the problem. */
public class MediaException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What kind of problem it is, so callers can react without parsing messages. */
    public enum Kind {
        NOT_FOUND, NOT_A_VIDEO, UNSUPPORTED_CODEC, NO_FRAMES, DECODE_FAILED,
        /** Frames too large to decode within the memory this Java process may use. */
        TOO_LARGE
    }

    private final Kind kind;

    public MediaException(Kind kind, Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
