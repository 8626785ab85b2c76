package dev.masklet.app.internal.cli;

/** A command failed; the message is printed as one line and the exit code returned. */
final class CliException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    CliException(String message) {
        this(message, CliApplication.FAILED);
    }

    int exitCode() {
        return exitCode;
    }
}
