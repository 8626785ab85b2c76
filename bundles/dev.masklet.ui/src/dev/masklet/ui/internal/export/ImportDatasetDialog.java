package dev.masklet.ui.internal.export;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import dev.masklet.core.store.ProjectStore;
import dev.masklet.ui.MaskletUi;

/**
 * What to import (a LabelMe / X-AnyLabeling folder or a COCO {@code .json} file) and the video or frame folder whose
 * Masklet project it becomes. Checked as the user types: both must exist and the media must not have a project yet
 * (an import never replaces annotations). Widgets carry ids for UI tests.
 */
final class ImportDatasetDialog extends TitleAreaDialog {
    static final String TITLE = Messages.ImportDatasetDialog_shellTitle;
    static final String SOURCE_ID = "import.source";
    static final String MEDIA_ID = "import.media";
    private Text source;
    private Text media;
    private Path chosenSource;
    private Path chosenMedia;

    ImportDatasetDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.ImportDatasetDialog_title);
        setMessage(Messages.ImportDatasetDialog_message);
        Composite root = new Composite(area, SWT.NONE);
        root.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        root.setLayout(new GridLayout(4, false));
        source = row(root, Messages.ImportDatasetDialog_source, SOURCE_ID);
        browse(root, Messages.ImportDatasetDialog_folder, () -> directory(source));
        browse(root, Messages.ImportDatasetDialog_cocoFile, () -> file(source, "*.json"));
        media = row(root, Messages.ImportDatasetDialog_media, MEDIA_ID);
        browse(root, Messages.ImportDatasetDialog_video, () -> file(media, "*.*"));
        browse(root, Messages.ImportDatasetDialog_frameFolder, () -> directory(media));
        return area;
    }

    private Text row(Composite root, String label, String id) {
        new Label(root, SWT.NONE).setText(label);
        Text t = new Text(root, SWT.BORDER);
        t.setData(MaskletUi.WIDGET_ID_KEY, id);
        GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        gd.widthHint = 360;
        t.setLayoutData(gd);
        t.addModifyListener(e -> validate());
        return t;
    }

    private static void browse(Composite root, String text, Runnable action) {
        Button b = new Button(root, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
    }

    private void directory(Text target) {
        String chosen = new DirectoryDialog(getShell()).open();
        if (chosen != null) {
            target.setText(chosen);
        }
    }

    private void file(Text target, String filter) {
        FileDialog d = new FileDialog(getShell(), SWT.OPEN);
        d.setFilterExtensions(new String[] {filter, "*.*"});
        String chosen = d.open();
        if (chosen != null) {
            target.setText(chosen);
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.ImportDatasetDialog_import, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    private void validate() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok == null || source == null || media == null) {
            return;
        }
        String problem = problem();
        setErrorMessage(problem);
        ok.setEnabled(problem == null && !source.getText().isBlank() && !media.getText().isBlank());
    }

    /** What keeps the import from starting, in one line, or null. */
    private String problem() {
        String s = source.getText().strip();
        String m = media.getText().strip();
        if (s.isEmpty() || m.isEmpty()) {
            return null; // not yet typed: the title area's message says what to do
        }
        Path from = Path.of(s);
        Path to = Path.of(m);
        if (!Files.exists(from)) {
            return from.getFileName() + ": " + Messages.ImportDatasetDialog_noSuchFile;
        }
        if (!Files.exists(to)) {
            return to.getFileName() + ": " + Messages.ImportDatasetDialog_noSuchFile;
        }
        if (ProjectStore.exists(ProjectStore.projectFileFor(to.toAbsolutePath()))) {
            return to.getFileName() + ": " + Messages.ImportDatasetDialog_hasProject;
        }
        return null;
    }

    @Override
    protected void okPressed() {
        if (source.getText().isBlank() || media.getText().isBlank() || problem() != null) {
            return;
        }
        chosenSource = Path.of(source.getText().strip());
        chosenMedia = Path.of(media.getText().strip());
        super.okPressed();
    }

    Path source() {
        return chosenSource;
    }

    Path media() {
        return chosenMedia;
    }
}
