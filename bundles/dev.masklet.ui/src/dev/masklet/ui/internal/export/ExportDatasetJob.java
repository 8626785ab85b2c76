package dev.masklet.ui.internal.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.export.ExportCanceledException;
import dev.masklet.export.ExportException;
import dev.masklet.export.ExportMonitor;
import dev.masklet.export.ExportOptions;
import dev.masklet.export.ExportRequest;
import dev.masklet.export.ExportResult;
import dev.masklet.export.ExporterDescriptor;
import dev.masklet.export.ShapeMasks;
import dev.masklet.media.MediaException;
import dev.masklet.media.VideoFrames;
import dev.masklet.media.VideoSource;
import dev.masklet.media.VideoSources;

/**
 * Runs one export in the background with progress and cancel (a user job: the platform shows its progress dialog,
 * which can be sent to the background). The project is a snapshot taken when the wizard finished, so annotating
 * may go on meanwhile. The frames come from a second decoder of the video, so the editor's is not disturbed.
 */
final class ExportDatasetJob extends Job {
    /** Title of the dialog that reports the result, for people and UI tests. */
    static final String RESULT_TITLE = Messages.ExportJob_resultTitle;
    private static final int SHOWN_WARNINGS = 15;

    private final ExporterDescriptor exporter;
    private final AnnotationProject project;
    private final Path media;
    private final Path output;
    private final ExportOptions options;
    private List<String> shapeWarnings = List.of();

    ExportDatasetJob(ExporterDescriptor exporter, AnnotationProject project, Path media, Path output,
            ExportOptions options) {
        super(NLS.bind(Messages.ExportJob_name, exporter.name()));
        this.exporter = exporter;
        this.project = snapshot(project);
        this.media = media;
        this.output = output;
        this.options = options;
        setUser(true);
    }

    /**
     * A copy of the project's objects, masks and drawn shapes (masks are immutable by convention, the maps are not),
     * the shapes made masks when the job runs, as every export has them ({@link ShapeMasks}).
     */
    static AnnotationProject snapshot(AnnotationProject p) {
        AnnotationProject copy = new AnnotationProject(p.mediaName(), p.width(), p.height(), p.frameCount());
        for (TrackedObject o : p.objects()) {
            TrackedObject c = new TrackedObject(o.trackId(), o.label());
            o.masks().forEach(c::putMask);
            copy.addObject(c);
        }
        for (int frame : p.annotatedFrames()) {
            p.existingFrame(frame).ifPresent(f -> f.shapes().forEach(copy.frame(frame)::addShape));
        }
        return copy;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        VideoSource source = null;
        try {
            if (media != null && Files.isRegularFile(media)) {
                try {
                    source = VideoSources.open(media);
                } catch (MediaException e) {
                    if (options.includeImages()) {
                        throw new ExportException(e.getMessage(), e);
                    }
                }
            }
            shapeWarnings = ShapeMasks.add(project); // on the snapshot, in the job: rasterizing takes a while
            ExportRequest request = new ExportRequest(project, source == null ? null : VideoFrames.of(source), output,
                    options);
            ExportResult result = exporter.create().export(request, adapt(monitor));
            report(result);
            return Status.OK_STATUS;
        } catch (ExportCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (ExportException | IOException | RuntimeException e) {
            return Status.error(NLS.bind(Messages.ExportJob_failed, exporter.name(), e.getMessage()), e);
        } finally {
            if (source != null) {
                source.close();
            }
            monitor.done();
        }
    }

    private void report(ExportResult result) {
        StringBuilder text = new StringBuilder();
        text.append(NLS.bind(Messages.ExportJob_written, new Object[] {exporter.name(), result.files().size(),
            output.toAbsolutePath()}));
        List<String> warnings = new java.util.ArrayList<>(shapeWarnings);
        warnings.addAll(result.warnings());
        if (!warnings.isEmpty()) {
            text.append("\n\n").append(NLS.bind(Messages.ExportJob_warnings, warnings.size()));
            warnings.stream().limit(SHOWN_WARNINGS).forEach(w -> text.append("\n\u2022 ").append(w));
            if (warnings.size() > SHOWN_WARNINGS) {
                text.append("\n").append(NLS.bind(Messages.ExportJob_more, warnings.size() - SHOWN_WARNINGS));
            }
        }
        Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
        if (display == null || display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            Shell shell = display.getActiveShell();
            if (warnings.isEmpty()) {
                MessageDialog.openInformation(shell, RESULT_TITLE, text.toString());
            } else {
                MessageDialog.openWarning(shell, RESULT_TITLE, text.toString());
            }
        });
    }

    private static ExportMonitor adapt(IProgressMonitor monitor) {
        return new ExportMonitor() {
            @Override
            public void begin(String task, int totalWork) {
                monitor.beginTask(task, totalWork);
            }

            @Override
            public void worked(int work) {
                monitor.worked(work);
            }

            @Override
            public void subTask(String name) {
                monitor.subTask(name);
            }

            @Override
            public boolean isCanceled() {
                return monitor.isCanceled();
            }
        };
    }
}
