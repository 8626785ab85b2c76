package dev.masklet.ui.internal.export;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;

import dev.masklet.core.model.AnnotationProject;
import dev.masklet.export.ExporterDescriptor;
import dev.masklet.export.ExporterRegistry;
import dev.masklet.ui.internal.editor.MaskOverlayEditor;
import dev.masklet.ui.internal.editor.VideoEditorInput;

/**
 * File > Export > Masklet Dataset: exports the annotations of the video open in the active mask overlay editor in
 * any format contributed to {@code dev.masklet.export.exporters}. Also an {@link IExportWizard}, so that it is
 * listed in Eclipse's own File > Export... when Masklet is installed into an IDE.
 */
public final class ExportDatasetWizard extends Wizard implements IExportWizard {
    /** Window title, for people and UI tests. */
    public static final String TITLE = Messages.ExportWizard_title;

    private AnnotationProject project;
    private Path media;
    private ExportDatasetPage page;

    public ExportDatasetWizard() {
        setWindowTitle(TITLE);
        setNeedsProgressMonitor(false);
    }

    /** For the command: the video of this editor input. */
    ExportDatasetWizard(VideoEditorInput input) {
        this();
        use(input);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        IWorkbenchPage active = window == null ? null : window.getActivePage();
        IEditorPart editor = active == null ? null : active.getActiveEditor();
        if (editor instanceof MaskOverlayEditor e && e.getEditorInput() instanceof VideoEditorInput input) {
            use(input);
        }
    }

    private void use(VideoEditorInput input) {
        project = input.project();
        media = input.media();
    }

    @Override
    public void addPages() {
        List<ExporterDescriptor> exporters = ExporterRegistry.fromPlatform().exporters();
        page = new ExportDatasetPage(exporters, project, media);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        ExporterDescriptor exporter = page.selected();
        if (exporter == null || project == null) {
            return false;
        }
        try {
            new ExportDatasetJob(exporter, project, media, page.output(), page.options()).schedule();
            page.remember();
        } catch (IllegalArgumentException e) {
            MessageDialog.openError(getShell(), TITLE, e.getMessage());
            return false;
        }
        return true;
    }
}
