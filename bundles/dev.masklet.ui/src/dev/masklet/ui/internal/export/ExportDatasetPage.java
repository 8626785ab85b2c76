package dev.masklet.ui.internal.export;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;

import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.FrameRange;
import dev.masklet.export.ExportOptions;
import dev.masklet.export.ExporterDescriptor;
import dev.masklet.export.ImageFormat;
import dev.masklet.export.OutputKind;
import dev.masklet.ui.MaskletUi;

/** Format, output, frame range and options of a dataset export. Widgets carry ids for UI tests. */
final class ExportDatasetPage extends WizardPage {
    static final String FORMAT_ID = "export.format";
    static final String OUTPUT_ID = "export.output";
    static final String FROM_ID = "export.from";
    static final String TO_ID = "export.to";
    static final String IMAGES_ID = "export.images";
    static final String IMAGE_FORMAT_ID = "export.imageFormat";
    static final String ALL_FRAMES_ID = "export.allFrames";
    static final String FINENESS_ID = "export.fineness";

    private final List<ExporterDescriptor> exporters;
    private final AnnotationProject project;
    private final Path media;
    private Combo format;
    private Label description;
    private Label outputLabel;
    private Text output;
    private Spinner from;
    private Spinner to;
    private Button images;
    private Combo imageFormat;
    private Button allFrames;
    private Spinner fineness;
    private boolean outputEdited;
    private boolean settingOutput;

    ExportDatasetPage(List<ExporterDescriptor> exporters, AnnotationProject project, Path media) {
        super("dataset");
        this.exporters = exporters;
        this.project = project;
        this.media = media;
        setTitle("Export Masklet Dataset");
        setDescription(project == null ? "Open a video in the Mask Overlay Editor first."
                : "Write the annotations of " + project.mediaName() + " as a dataset.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(4, false));
        setControl(root);
        if (project == null) {
            new Label(root, SWT.WRAP).setText("There is no annotated video to export: open a video in the Mask"
                    + " Overlay Editor (File > Open Video...), then export again.");
            setPageComplete(false);
            return;
        }
        label(root, "&Format:");
        format = new Combo(root, SWT.READ_ONLY | SWT.DROP_DOWN);
        id(format, FORMAT_ID);
        for (ExporterDescriptor d : exporters) {
            format.add(d.name() + " (" + d.id() + ")");
        }
        format.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        new Label(root, SWT.NONE);
        description = new Label(root, SWT.WRAP);
        GridData dd = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        dd.widthHint = 460;
        description.setLayoutData(dd);

        outputLabel = label(root, "&Output folder:");
        output = new Text(root, SWT.BORDER);
        id(output, OUTPUT_ID);
        output.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        output.addModifyListener(e -> {
            outputEdited |= !settingOutput;
            validate();
        });
        Button browse = new Button(root, SWT.PUSH);
        browse.setText("&Browse...");
        browse.addListener(SWT.Selection, e -> browse());

        int last = Math.max(0, project.frameCount() - 1);
        label(root, "Frames f&rom:");
        from = spinner(root, FROM_ID, 0, last, 0);
        label(root, "&to:");
        to = spinner(root, TO_ID, 0, last, last);
        from.addModifyListener(e -> validate());
        to.addModifyListener(e -> validate());

        new Label(root, SWT.NONE);
        allFrames = new Button(root, SWT.CHECK);
        id(allFrames, ALL_FRAMES_ID);
        allFrames.setText("Also export frames on which no object is annotated");
        allFrames.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));

        new Label(root, SWT.NONE);
        images = new Button(root, SWT.CHECK);
        id(images, IMAGES_ID);
        images.setText("Write the frame &images as");
        imageFormat = new Combo(root, SWT.READ_ONLY | SWT.DROP_DOWN);
        id(imageFormat, IMAGE_FORMAT_ID);
        imageFormat.setItems("JPEG", "PNG");
        imageFormat.select(0);
        imageFormat.setEnabled(false);
        images.addListener(SWT.Selection, e -> imageFormat.setEnabled(images.getSelection()));
        new Label(root, SWT.NONE);

        label(root, "Polygon fine&ness:");
        fineness = spinner(root, FINENESS_ID, 0, 100, (int) Math.round(ExportOptions.DEFAULT_POLYGON_EPSILON * 10));
        fineness.setDigits(1);
        Label px = new Label(root, SWT.WRAP);
        px.setText("pixels from the mask's boundary (0 keeps every corner)");
        px.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        format.addListener(SWT.Selection, e -> formatChanged());
        int coco = 0;
        for (int i = 0; i < exporters.size(); i++) {
            if (exporters.get(i).id().equals("coco")) {
                coco = i;
            }
        }
        if (!exporters.isEmpty()) {
            format.select(coco);
        }
        formatChanged();
    }

    private static Label label(Composite parent, String text) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(text);
        return l;
    }

    private static void id(Widget w, String id) {
        w.setData(MaskletUi.WIDGET_ID_KEY, id);
    }

    private static Spinner spinner(Composite parent, String id, int min, int max, int value) {
        Spinner s = new Spinner(parent, SWT.BORDER);
        id(s, id);
        s.setValues(value, min, max, 0, 1, 10);
        s.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return s;
    }

    ExporterDescriptor selected() {
        int i = format == null ? -1 : format.getSelectionIndex();
        return i < 0 ? null : exporters.get(i);
    }

    private void formatChanged() {
        ExporterDescriptor d = selected();
        description.setText(d == null ? "No dataset format is installed." : d.description());
        boolean file = d != null && d.outputKind() == OutputKind.FILE;
        outputLabel.setText(file ? "&Output file:" : "&Output folder:");
        if (!outputEdited && d != null && media != null) {
            String stem = media.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            Path folder = media.toAbsolutePath().getParent();
            Path suggested = folder.resolve(stem + "-" + d.id()
                    + (file && !d.fileExtension().isEmpty() ? "." + d.fileExtension() : ""));
            settingOutput = true;
            output.setText(suggested.toString());
            settingOutput = false;
        }
        description.getParent().layout(true, true);
        validate();
    }

    private void browse() {
        ExporterDescriptor d = selected();
        String chosen;
        if (d != null && d.outputKind() == OutputKind.FILE) {
            FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
            dialog.setText("Export to file");
            dialog.setOverwrite(true);
            if (!d.fileExtension().isEmpty()) {
                dialog.setFilterExtensions(new String[] {"*." + d.fileExtension(), "*.*"});
            }
            chosen = dialog.open();
        } else {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setText("Export into folder");
            dialog.setMessage("The dataset's files are written into this folder.");
            chosen = dialog.open();
        }
        if (chosen != null) {
            output.setText(chosen);
        }
    }

    private void validate() {
        String problem = null;
        if (selected() == null) {
            problem = "Choose a dataset format.";
        } else if (output.getText().isBlank()) {
            problem = "Choose where to write the dataset.";
        } else if (from.getSelection() > to.getSelection()) {
            problem = "The first frame must not come after the last.";
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    Path output() {
        return Path.of(output.getText().strip());
    }

    ExportOptions options() {
        return ExportOptions.builder()
                .range(new FrameRange(from.getSelection(), to.getSelection()))
                .includeImages(images.getSelection())
                .imageFormat(imageFormat.getSelectionIndex() == 1 ? ImageFormat.PNG : ImageFormat.JPEG)
                .includeUnannotatedFrames(allFrames.getSelection())
                .polygonEpsilon(fineness.getSelection() / 10.0)
                .build();
    }
}
