package dev.masklet.ui.internal.views;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
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

import dev.masklet.ui.MaskletUi;

/**
 * Asks where a model comes from. Install: a name, the address (http(s) URL) or local folder its files are fetched
 * from, and optionally its descriptor file. Import: a local model folder (with {@code model.json}) and optionally
 * another name. Paths can be typed or browsed for; the dialog checks what it can before OK.
 */
final class ModelSourceDialog extends TitleAreaDialog {
    private final boolean install;
    private Text name;
    private Text source;
    private Text descriptor;
    private String chosenName;
    private URI chosenUri;
    private Path chosenFolder;
    private Path chosenDescriptor;
    private final String initialName;

    /**
     * @param install true: Install Model (download); false: Import Model Folder
     * @param initialName the name filled in (a model picked from the catalogue), or empty
     */
    ModelSourceDialog(Shell parent, boolean install, String initialName) {
        super(parent);
        this.install = install;
        this.initialName = initialName;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(install ? Messages.ModelSource_installShell : Messages.ModelSource_importShell);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(install ? Messages.ModelSource_installTitle : Messages.ModelSource_importTitle);
        setMessage(install ? Messages.ModelSource_installMessage : Messages.ModelSource_importMessage);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(3, false));
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        if (install) {
            name = field(body, Messages.ModelSource_name, "model.name", Messages.ModelSource_nameHint, false);
            name.setText(initialName);
            source = field(body, Messages.ModelSource_from, "model.source", Messages.ModelSource_fromHint, true);
            descriptor = field(body, Messages.ModelSource_descriptor, "model.descriptor",
                    Messages.ModelSource_descriptorHint, true);
        } else {
            source = field(body, Messages.ModelSource_folder, "model.source", Messages.ModelSource_folderHint, true);
            name = field(body, Messages.ModelSource_installAs, "model.name", Messages.ModelSource_installAsHint, false);
        }
        return area;
    }

    private Text field(Composite body, String label, String id, String hint, boolean browse) {
        new Label(body, SWT.NONE).setText(label);
        Text text = new Text(body, SWT.BORDER);
        text.setData(MaskletUi.WIDGET_ID_KEY, id);
        text.setMessage(hint);
        GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false, browse ? 1 : 2, 1);
        gd.widthHint = 360;
        text.setLayoutData(gd);
        if (browse) {
            Button b = new Button(body, SWT.PUSH);
            b.setText(Messages.ModelSource_browse);
            b.addListener(SWT.Selection, e -> {
                String picked = text == descriptor ? fileDialog() : new DirectoryDialog(getShell()).open();
                if (picked != null) {
                    text.setText(picked);
                }
            });
        }
        return text;
    }

    private String fileDialog() {
        FileDialog d = new FileDialog(getShell(), SWT.OPEN);
        d.setFilterExtensions(new String[] {"*.json"});
        return d.open();
    }

    @Override
    protected void okPressed() {
        String n = name.getText().trim();
        String s = source.getText().trim();
        if (install && n.isEmpty()) {
            setErrorMessage(Messages.ModelSource_needName);
            return;
        }
        if (s.isEmpty()) {
            setErrorMessage(install ? Messages.ModelSource_needSource : Messages.ModelSource_needFolder);
            return;
        }
        if (install) {
            if (s.startsWith("http://") || s.startsWith("https://") || s.startsWith("file:")) {
                try {
                    chosenUri = new URI(s);
                } catch (URISyntaxException e) {
                    setErrorMessage(NLS.bind(Messages.ModelSource_notAddress, e.getMessage()));
                    return;
                }
            } else if (Files.isDirectory(Path.of(s))) {
                chosenUri = Path.of(s).toAbsolutePath().toUri();
            } else {
                setErrorMessage(NLS.bind(Messages.ModelSource_neither, s));
                return;
            }
            String d = descriptor.getText().trim();
            if (!d.isEmpty() && !Files.isRegularFile(Path.of(d))) {
                setErrorMessage(NLS.bind(Messages.ModelSource_noDescriptor, d));
                return;
            }
            chosenDescriptor = d.isEmpty() ? null : Path.of(d);
        } else {
            if (!Files.isDirectory(Path.of(s))) {
                setErrorMessage(NLS.bind(Messages.ModelSource_noFolder, s));
                return;
            }
            chosenFolder = Path.of(s);
        }
        chosenName = n.isEmpty() ? null : n;
        super.okPressed();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, install ? Messages.ModelSource_install : Messages.ModelSource_import, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    String modelName() {
        return chosenName;
    }

    URI sourceUri() {
        return chosenUri;
    }

    Path folder() {
        return chosenFolder;
    }

    Path descriptorFile() {
        return chosenDescriptor;
    }
}
