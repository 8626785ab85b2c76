package dev.masklet.ui.internal.export;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
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

/**
 * Format, output, frame range (1-based, as the editor shows frames) and options of a dataset export. Frame images are
 * on by default for formats whose tools read them; the last settings come back for the same project
 * ({@link ExportSettings}). Widgets carry ids for UI tests.
 */
final class ExportDatasetPage extends WizardPage {
    /** The COCO exporter's option and its values, in the order of {@link #COCO_CHOICES}. */
    private static final String COCO_SEGMENTATION_PROPERTY = "coco.segmentation";
    private static final String[] COCO_MODES = {"auto", "polygon", "rle"};
    private static final String[] COCO_CHOICES = {Messages.ExportPage_cocoAuto, Messages.ExportPage_cocoPolygon,
        Messages.ExportPage_cocoRle};

    private final List<ExporterDescriptor> exporters;
    private final AnnotationProject project;
    private final Path media;
    private Combo format;
    private Label description;
    private Label outputLabel;
    private Text output;
    private Text range;
    private Button images;
    private boolean imagesEdited;
    private Label cocoLabel;
    private Combo cocoSegmentation;
    private final IDialogSettings settings;
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
        this.settings = ExportSettings.forProject(media);
        setTitle(Messages.ExportPage_title);
        setDescription(project == null ? Messages.ExportPage_openFirst
                : NLS.bind(Messages.ExportPage_description, project.mediaName()));
    }

    @Override
    public void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(4, false));
        setControl(root);
        if (project == null) {
            new Label(root, SWT.WRAP).setText(Messages.ExportPage_nothingToExport);
            setPageComplete(false);
            return;
        }
        label(root, Messages.ExportPage_format);
        format = new Combo(root, SWT.READ_ONLY | SWT.DROP_DOWN);
        id(format, ExportSettings.FORMAT);
        for (ExporterDescriptor d : exporters) {
            format.add(d.name() + " (" + d.id() + ")");
        }
        format.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        new Label(root, SWT.NONE);
        description = new Label(root, SWT.WRAP);
        GridData dd = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        dd.widthHint = 460;
        description.setLayoutData(dd);

        outputLabel = label(root, Messages.ExportPage_outputFolder);
        output = new Text(root, SWT.BORDER);
        id(output, ExportSettings.OUTPUT);
        output.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        output.addModifyListener(e -> {
            outputEdited |= !settingOutput;
            validate();
        });
        Button browse = new Button(root, SWT.PUSH);
        browse.setText(Messages.ExportPage_browse);
        browse.addListener(SWT.Selection, e -> browse());

        int n = Math.max(1, project.frameCount());
        label(root, Messages.ExportPage_frames);
        range = new Text(root, SWT.BORDER);
        id(range, ExportSettings.RANGE);
        range.setText("1-" + n);
        range.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        range.addModifyListener(e -> validate());
        Label rangeHint = new Label(root, SWT.NONE);
        rangeHint.setText(NLS.bind(Messages.ExportPage_rangeHint, n));
        rangeHint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        new Label(root, SWT.NONE);
        allFrames = new Button(root, SWT.CHECK);
        id(allFrames, ExportSettings.ALL_FRAMES);
        allFrames.setText(Messages.ExportPage_allFrames);
        allFrames.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));

        new Label(root, SWT.NONE);
        images = new Button(root, SWT.CHECK);
        id(images, ExportSettings.IMAGES);
        images.setText(Messages.ExportPage_images);
        imageFormat = new Combo(root, SWT.READ_ONLY | SWT.DROP_DOWN);
        id(imageFormat, ExportSettings.IMAGE_FORMAT);
        imageFormat.setItems("JPEG", "PNG");
        imageFormat.select(0);
        images.addListener(SWT.Selection, e -> {
            imagesEdited = true; // the user's choice now stands when the format changes
            imageFormat.setEnabled(images.getSelection());
        });
        new Label(root, SWT.NONE);

        cocoLabel = label(root, Messages.ExportPage_cocoSegmentation);
        cocoSegmentation = new Combo(root, SWT.READ_ONLY | SWT.DROP_DOWN);
        id(cocoSegmentation, ExportSettings.COCO_SEGMENTATION);
        cocoSegmentation.setItems(COCO_CHOICES);
        cocoSegmentation.select(0);
        cocoSegmentation.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));

        label(root, Messages.ExportPage_fineness);
        fineness = spinner(root, ExportSettings.FINENESS, 0, 100,
                (int) Math.round(ExportOptions.DEFAULT_POLYGON_EPSILON * 10));
        fineness.setDigits(1);
        Label px = new Label(root, SWT.WRAP);
        px.setText(Messages.ExportPage_finenessUnit);
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
        restore();
    }

    /** The project's last export settings, where there are any and they still fit. */
    private void restore() {
        if (!ExportSettings.remembered(settings)) {
            return;
        }
        for (int i = 0; i < exporters.size(); i++) {
            if (exporters.get(i).id().equals(settings.get(ExportSettings.FORMAT))) {
                format.select(i);
                formatChanged();
            }
        }
        String out = settings.get(ExportSettings.OUTPUT);
        if (out != null) {
            output.setText(out);
        }
        String r = settings.get(ExportSettings.RANGE);
        if (r != null && FrameRange.parseOneBased(r, project.frameCount()) != null) {
            range.setText(r);
        }
        imagesEdited = settings.get(ExportSettings.IMAGES) != null;
        if (imagesEdited) {
            images.setSelection(settings.getBoolean(ExportSettings.IMAGES));
        }
        imageFormat.select(settings.getInt(ExportSettings.IMAGE_FORMAT) == 1 ? 1 : 0);
        imageFormat.setEnabled(images.getSelection());
        allFrames.setSelection(settings.getBoolean(ExportSettings.ALL_FRAMES));
        if (settings.get(ExportSettings.FINENESS) != null) {
            fineness.setSelection(settings.getInt(ExportSettings.FINENESS));
        }
        int coco = List.of(COCO_MODES).indexOf(settings.get(ExportSettings.COCO_SEGMENTATION));
        cocoSegmentation.select(Math.max(0, coco));
        validate();
    }

    /** Remembers this export's settings for the project's next one (called when the wizard finishes). */
    void remember() {
        if (settings == null || selected() == null) {
            return;
        }
        settings.put(ExportSettings.FORMAT, selected().id());
        settings.put(ExportSettings.OUTPUT, outputEdited ? output.getText().strip() : null);
        settings.put(ExportSettings.RANGE, range.getText().strip());
        if (imagesEdited) {
            settings.put(ExportSettings.IMAGES, images.getSelection());
        }
        settings.put(ExportSettings.IMAGE_FORMAT, imageFormat.getSelectionIndex());
        settings.put(ExportSettings.ALL_FRAMES, allFrames.getSelection());
        settings.put(ExportSettings.FINENESS, fineness.getSelection());
        settings.put(ExportSettings.COCO_SEGMENTATION, COCO_MODES[Math.max(0, cocoSegmentation.getSelectionIndex())]);
    }

    private static Label label(Composite parent, String text) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(text);
        return l;
    }

    /** Names a field's widget for UI tests after what it remembers: {@code export.} and its settings key. */
    private static void id(Widget w, String settingsKey) {
        w.setData(MaskletUi.WIDGET_ID_KEY, "export." + settingsKey);
    }

    private static Spinner spinner(Composite parent, String settingsKey, int min, int max, int value) {
        Spinner s = new Spinner(parent, SWT.BORDER);
        id(s, settingsKey);
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
        description.setText(d == null ? Messages.ExportPage_noFormat : d.description());
        boolean file = d != null && d.outputKind() == OutputKind.FILE;
        outputLabel.setText(file ? Messages.ExportPage_outputFile : Messages.ExportPage_outputFolder);
        if (!outputEdited && d != null && media != null) {
            String stem = media.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            Path folder = media.toAbsolutePath().getParent();
            Path suggested = folder.resolve(stem + "-" + d.id()
                    + (file && !d.fileExtension().isEmpty() ? "." + d.fileExtension() : ""));
            settingOutput = true;
            output.setText(suggested.toString());
            settingOutput = false;
        }
        if (!imagesEdited) {
            images.setSelection(d != null && d.imagesExpected());
        }
        imageFormat.setEnabled(images.getSelection());
        boolean coco = d != null && d.id().equals("coco");
        cocoLabel.setEnabled(coco);
        cocoSegmentation.setEnabled(coco);
        description.getParent().layout(true, true);
        validate();
    }

    private void browse() {
        ExporterDescriptor d = selected();
        String chosen;
        if (d != null && d.outputKind() == OutputKind.FILE) {
            FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
            dialog.setText(Messages.ExportPage_exportToFile);
            dialog.setOverwrite(true);
            if (!d.fileExtension().isEmpty()) {
                dialog.setFilterExtensions(new String[] {"*." + d.fileExtension(), "*.*"});
            }
            chosen = dialog.open();
        } else {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setText(Messages.ExportPage_exportIntoFolder);
            dialog.setMessage(Messages.ExportPage_folderMessage);
            chosen = dialog.open();
        }
        if (chosen != null) {
            output.setText(chosen);
        }
    }

    private void validate() {
        String problem = null;
        if (selected() == null) {
            problem = Messages.ExportPage_chooseFormat;
        } else if (output.getText().isBlank()) {
            problem = Messages.ExportPage_chooseOutput;
        } else if (frames() == null) {
            problem = NLS.bind(Messages.ExportPage_rangeInvalid, project.frameCount());
        } else if (frames()[0] > frames()[1]) {
            problem = Messages.ExportPage_rangeBackward;
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    Path output() {
        return Path.of(output.getText().strip());
    }

    ExportOptions options() {
        int[] r = frames();
        return ExportOptions.builder()
                .range(new FrameRange(r[0], r[1]))
                .includeImages(images.getSelection())
                .imageFormat(imageFormat.getSelectionIndex() == 1 ? ImageFormat.PNG : ImageFormat.JPEG)
                .includeUnannotatedFrames(allFrames.getSelection())
                .polygonEpsilon(fineness.getSelection() / 10.0)
                .property(COCO_SEGMENTATION_PROPERTY, COCO_MODES[Math.max(0, cocoSegmentation.getSelectionIndex())])
                .build();
    }

    /** The typed range, 0-based, or null when it is not one. */
    private int[] frames() {
        return FrameRange.parseOneBased(range.getText(), project.frameCount());
    }
}
