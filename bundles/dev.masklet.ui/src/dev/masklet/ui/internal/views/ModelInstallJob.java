package dev.masklet.ui.internal.views;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.progress.IProgressConstants;

import dev.masklet.engine.EngineCancelledException;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.InstallListener;
import dev.masklet.engine.ModelManager;
import dev.masklet.engine.ModelStatus;
import dev.masklet.ui.internal.editor.prompt.EngineServices;

/**
 * Installs or imports a model through the {@link ModelManager} service in a user job: the file and the bytes done
 * show in the progress dialog or view, Cancel stops it (a partial download is kept for a resume), and a failure is
 * explained in an error dialog of its own (the manager's message names the file and the problem).
 */
final class ModelInstallJob extends Job {
    /** One call of the model manager. */
    interface Work {
        ModelStatus run(ModelManager manager, InstallListener listener, BooleanSupplier cancelled)
                throws EngineException;
    }

    private final Work work;
    private final Shell shell;
    private final Consumer<ModelStatus> done;

    /** @param done runs on the UI thread with the installed model's status */
    ModelInstallJob(String title, Shell shell, Work work, Consumer<ModelStatus> done) {
        super(title);
        this.work = work;
        this.shell = shell;
        this.done = done;
        setUser(true);
        // the job shows its own error dialog: the workbench must not add its generic one
        setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        try {
            ModelManager manager = modelManager();
            ModelStatus installed = work.run(manager, new InstallListener() {
                @Override
                public void progress(String file, long doneBytes, long total) {
                    monitor.subTask(total > 0 ? NLS.bind(Messages.ModelInstall_progress, new Object[] {file,
                        String.format("%.1f", doneBytes / 1e6), String.format("%.1f", total / 1e6),
                        Math.round(100.0 * doneBytes / total)}) : file);
                }

                @Override
                public void note(String message) {
                    monitor.subTask(message);
                }
            }, monitor::isCanceled);
            ui(() -> done.accept(installed));
            return Status.OK_STATUS;
        } catch (EngineCancelledException e) {
            return Status.CANCEL_STATUS;
        } catch (EngineException e) {
            ui(() -> MessageDialog.openError(shell, NLS.bind(Messages.ModelInstall_failedTitle, getName()),
                    NLS.bind(Messages.ModelInstall_failed, e.getMessage())));
            return Status.error(e.getMessage(), e);
        } finally {
            monitor.done();
        }
    }

    private void ui(Runnable r) {
        Display display = shell.getDisplay();
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!shell.isDisposed()) {
                    r.run();
                }
            });
        }
    }

    private static ModelManager modelManager() throws EngineException {
        List<ModelManager> managers = EngineServices.all(ModelManager.class);
        ModelManager manager = managers.isEmpty() ? null : managers.get(0);
        if (manager == null) {
            throw new EngineException(Messages.ModelInstall_noManager);
        }
        return manager;
    }
}
