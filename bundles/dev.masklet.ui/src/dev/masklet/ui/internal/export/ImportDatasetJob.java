package dev.masklet.ui.internal.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

import dev.masklet.export.ProjectImport;
import dev.masklet.media.MediaException;
import dev.masklet.ui.MaskletUi;

/**
 * Imports a LabelMe / X-AnyLabeling folder or a COCO file into a media's new Masklet project in the background
 * ({@link ProjectImport}, the code of {@code masklet-cli import}), then says what came in and what was left out, and
 * opens the media with its annotations. A failure is said in one line; nothing is written then.
 */
final class ImportDatasetJob extends Job {
    /** Title of the dialogs that report the result, for people and UI tests. */
    static final String RESULT_TITLE = Messages.ImportDatasetJob_resultTitle;
    private static final int SHOWN_WARNINGS = 15;
    private final Path source;
    private final Path media;

    ImportDatasetJob(Path source, Path media) {
        super(NLS.bind(Messages.ImportDatasetJob_name, source.getFileName()));
        this.source = source;
        this.media = media;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        try {
            ProjectImport.Result result = ProjectImport.run(source, media);
            ui(() -> done(result));
        } catch (IOException | MediaException | RuntimeException e) {
            String message = e.getMessage() == null ? Messages.ImportDatasetJob_unreadable : e.getMessage();
            ui(() -> MessageDialog.openError(shell(), RESULT_TITLE, NLS.bind(Messages.ImportDatasetJob_failed,
                    source.getFileName(), message)));
        } finally {
            monitor.done();
        }
        return Status.OK_STATUS;
    }

    private void done(ProjectImport.Result result) {
        List<String> warnings = result.warnings();
        StringBuilder text = new StringBuilder(NLS.bind(Messages.ImportDatasetJob_done, new Object[] {
            result.project().objects().size(), result.project().annotatedFrames().size(),
            result.projectFile().getFileName()}));
        if (!warnings.isEmpty()) {
            text.append("\n\n").append(NLS.bind(Messages.ImportDatasetJob_warnings, warnings.size()));
            warnings.stream().limit(SHOWN_WARNINGS).forEach(w -> text.append("\n").append(w));
            if (warnings.size() > SHOWN_WARNINGS) {
                text.append("\n...");
            }
        }
        MessageDialog.openInformation(shell(), RESULT_TITLE, text.toString());
        open();
    }

    /** Opens the media with its new project, as File > Open Video / Open Frame Folder would. */
    private void open() {
        IWorkbench workbench = PlatformUI.getWorkbench();
        String command = Files.isDirectory(media) ? MaskletUi.OPEN_FRAME_FOLDER_COMMAND : MaskletUi.OPEN_VIDEO_COMMAND;
        try {
            workbench.getService(IHandlerService.class).executeCommand(ParameterizedCommand.generateCommand(
                    workbench.getService(ICommandService.class).getCommand(command),
                    Map.of(MaskletUi.OPEN_VIDEO_PATH_PARAMETER, media.toAbsolutePath().toString())), null);
        } catch (Exception e) {
            MessageDialog.openError(shell(), RESULT_TITLE, e.getMessage());
        }
    }

    private static Shell shell() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
                : PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }

    private static void ui(Runnable r) {
        Display display = PlatformUI.getWorkbench().getDisplay();
        if (!display.isDisposed()) {
            display.asyncExec(r);
        }
    }
}
