package dev.masklet.cli;

/** A command failed; the message is printed as one line and the exit code returned. */
public final class CliException extends Exception {
    /** Exit code for bad input or a failed command. */
    public static final int FAILED = 1;
    /** Exit code for a command line that cannot be understood. */
    public static final int USAGE = 2;

    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public CliException(String message) {
        this(message, FAILED);
    }

    public int exitCode() {
        return exitCode;
    }
}
