package dev.masklet.ui.internal.export;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File > Import > Annotations into a Masklet Project...: asks what to import and for which media
 * ({@link ImportDatasetDialog}), then imports in the background ({@link ImportDatasetJob}), the same import as
 * {@code masklet-cli import}.
 */
public final class ImportDatasetHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window == null) {
            return null;
        }
        ImportDatasetDialog dialog = new ImportDatasetDialog(window.getShell());
        if (dialog.open() == Window.OK) {
            new ImportDatasetJob(dialog.source(), dialog.media()).schedule();
        }
        return null;
    }
}
