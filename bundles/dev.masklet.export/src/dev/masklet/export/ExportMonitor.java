package dev.masklet.export;

/**
 * Progress and cancellation of one export. Exporters call {@link #begin} once, then {@link #worked} as they go and
 * {@link #checkCanceled()} at least once per frame. Implementations must tolerate calls from the exporting thread
 * only; the Masklet UI adapts an Eclipse {@code IProgressMonitor}, the command line prints nothing.
 */
public interface ExportMonitor {
    /** A monitor that reports nothing and is never canceled. */
    ExportMonitor NONE = new ExportMonitor() {
        @Override
        public void begin(String task, int totalWork) {
            // nothing to report
        }

        @Override
        public void worked(int work) {
            // nothing to report
        }

        @Override
        public boolean isCanceled() {
            return false;
        }
    };

    /** Starts the task: {@code totalWork} units will follow (e.g. one per frame). */
    void begin(String task, int totalWork);

    /** {@code work} more units are done. */
    void worked(int work);

    /** A short note on what is being done now (e.g. the file being written); optional. */
    default void subTask(String name) {
        // optional
    }

    /** Whether the user asked to stop. */
    boolean isCanceled();

    /** Throws {@link ExportCanceledException} when {@link #isCanceled()}. */
    default void checkCanceled() throws ExportCanceledException {
        if (isCanceled()) {
            throw new ExportCanceledException();
        }
    }
}
