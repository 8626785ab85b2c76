package dev.masklet.ui.internal.views;

import java.net.URI;
import java.net.URISyntaxException;
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
        shell.setText(install ? "Install Model" : "Import Model Folder");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(install ? "Install a model" : "Import a model folder");
        setMessage(install ? "Files are fetched into a staging folder, verified against their sha256 and installed "
                + "in one step; an interrupted download resumes next time."
                : "The folder must hold model.json and the files it lists; each is verified as it is copied.");
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(3, false));
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        if (install) {
            name = field(body, "Name:", "model.name", "e.g. sam2.1-hiera-tiny", false);
            name.setText(initialName);
            source = field(body, "From (URL or folder):", "model.source", "http://host/models/NAME/ or a folder", true);
            descriptor = field(body, "Descriptor (optional):", "model.descriptor",
                    "models/NAME.json; empty: model.json from the source", true);
        } else {
            source = field(body, "Model folder:", "model.source", "a folder with model.json", true);
            name = field(body, "Install as (optional):", "model.name", "empty: the name in model.json", false);
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
            b.setText("Browse...");
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
            setErrorMessage("Give the model's name (the folder it is installed as)");
            return;
        }
        if (s.isEmpty()) {
            setErrorMessage(install ? "Give the address or folder the files come from" : "Choose the model folder");
            return;
        }
        if (install) {
            if (s.startsWith("http://") || s.startsWith("https://") || s.startsWith("file:")) {
                try {
                    chosenUri = new URI(s);
                } catch (URISyntaxException e) {
                    setErrorMessage("Not an address: " + e.getMessage());
                    return;
                }
            } else if (Files.isDirectory(Path.of(s))) {
                chosenUri = Path.of(s).toAbsolutePath().toUri();
            } else {
                setErrorMessage("Neither an http(s) address nor an existing folder: " + s);
                return;
            }
            String d = descriptor.getText().trim();
            if (!d.isEmpty() && !Files.isRegularFile(Path.of(d))) {
                setErrorMessage("No such descriptor file: " + d);
                return;
            }
            chosenDescriptor = d.isEmpty() ? null : Path.of(d);
        } else {
            if (!Files.isDirectory(Path.of(s))) {
                setErrorMessage("No such folder: " + s);
                return;
            }
            chosenFolder = Path.of(s);
        }
        chosenName = n.isEmpty() ? null : n;
        super.okPressed();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, install ? "Install" : "Import", true);
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
