package dev.masklet.ui.internal.export;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.masklet.ui.internal.editor.MaskOverlayEditor;
import dev.masklet.ui.internal.editor.VideoEditorInput;

/** Opens the export wizard for the video of the active mask overlay editor. */
public final class ExportDatasetHandler extends AbstractHandler {
    /** Id of the command in plugin.xml. */
    public static final String COMMAND_ID = "dev.masklet.ui.commands.exportDataset";

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window == null) {
            return null;
        }
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        ExportDatasetWizard wizard = editor instanceof MaskOverlayEditor e
                && e.getEditorInput() instanceof VideoEditorInput input ? new ExportDatasetWizard(input)
                        : new ExportDatasetWizard();
        new WizardDialog(window.getShell(), wizard).open();
        return null;
    }
}
