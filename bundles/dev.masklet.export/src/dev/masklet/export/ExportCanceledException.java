package dev.masklet.export;

/** The export was canceled through its {@link ExportMonitor}; files written before that are kept. */
public class ExportCanceledException extends ExportException {
    private static final long serialVersionUID = 1L;

    public ExportCanceledException() {
        super("export canceled");
    }
}
