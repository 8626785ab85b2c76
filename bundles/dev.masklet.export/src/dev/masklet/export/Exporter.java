package dev.masklet.export;

import java.io.IOException;

/**
 * Writes the annotations of a project in one dataset format. Implementations are contributed through the
 * extension point {@code dev.masklet.export.exporters} (see {@link ExporterRegistry}) and need a public constructor
 * without arguments. One instance may be used for several exports, one at a time; it should keep no state between
 * them.
 */
public interface Exporter {
    /**
     * Writes the dataset.
     *
     * @param request what to export and where: the project, its frames, the output and the options
     * @param monitor progress and cancellation; check {@link ExportMonitor#checkCanceled()} at least once per frame
     * @return the files written and the warnings (objects left out and why); never null
     * @throws ExportCanceledException when the monitor was canceled; files written so far stay on disk
     * @throws ExportException when the request cannot be exported (e.g. images asked for but no frames given)
     * @throws IOException when writing fails
     */
    ExportResult export(ExportRequest request, ExportMonitor monitor) throws ExportException, IOException;
}
