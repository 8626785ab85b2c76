package dev.masklet.ui.internal.views;

import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import dev.masklet.core.settings.MaskletPreferences;
import dev.masklet.engine.DeviceStatus;
import dev.masklet.engine.CatalogueModel;
import dev.masklet.engine.ModelManager;
import dev.masklet.engine.ModelStatus;
import dev.masklet.engine.TrackingOptions;
import dev.masklet.ui.MaskletUi;
import dev.masklet.ui.internal.editor.prompt.EngineServices;
import dev.masklet.ui.internal.editor.prompt.SegmentationChoice;
import dev.masklet.ui.internal.editor.tracking.TrackingModels;
import dev.masklet.ui.internal.preferences.UiPreferences;

/**
 * The models in use: which model answers clicks (the default MobileSAM or an installed SAM 2 model in image mode,
 * {@link SegmentationChoice}), which tracking model Ctrl+M opens (best installed, or one chosen here), the device (CPU or
 * CUDA, the {@code engine.device} preference), where the segmentation model really runs (the engine's device
 * status, e.g. a CUDA fallback to the CPU) and what the active editor is doing; Install Model... and Import Model
 * Folder... add models through the model manager service ({@link ModelInstallJob}).
 */
public final class ModelView extends EditorFollowingView {
    private static final String BEST = Messages.ModelView_best;
    private static final String DEFAULT_SEGMENTATION = Messages.ModelView_defaultSegmentation;
    /** The {@code engine.device} values in the order of the Device choice. */
    private static final List<String> DEVICES = List.of("auto", "cpu", "cuda");
    private Combo segmentation;
    private Combo model;
    private Combo device;
    private Combo memoryFrames;
    private Composite catalogue;
    private Label deviceStatus;
    private Label status;
    private ScrolledComposite scroller;

    @Override
    public void createPartControl(Composite parent) {
        // the catalogue makes the view taller than its default place in the perspective: it scrolls
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        Composite body = new Composite(scroller, SWT.NONE);
        scroller.setContent(body);
        scroller.addListener(SWT.Resize, e -> fitContent());
        body.setLayout(new GridLayout(2, false));
        new Label(body, SWT.NONE).setText(Messages.ModelView_segmentation);
        segmentation = new Combo(body, SWT.READ_ONLY);
        segmentation.setData(MaskletUi.WIDGET_ID_KEY, "segmentationChoice");
        segmentation.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        segmentation.setToolTipText(Messages.ModelView_segmentationTip);
        fillSegmentationChoice();
        segmentation.addListener(SWT.Selection, e -> SegmentationChoice.setPreferred(
                segmentation.getSelectionIndex() == 0 ? "" : segmentation.getItem(segmentation.getSelectionIndex())));
        new Label(body, SWT.NONE).setText(Messages.ModelView_tracking);
        model = new Combo(body, SWT.READ_ONLY);
        model.setData(MaskletUi.WIDGET_ID_KEY, "modelChoice");
        model.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        model.add(BEST);
        List<String> installed = TrackingModels.installed();
        installed.forEach(model::add);
        int chosen = installed.indexOf(TrackingModels.preferred());
        model.select(chosen < 0 ? 0 : chosen + 1);
        model.addListener(SWT.Selection, e -> TrackingModels.setPreferred(
                model.getSelectionIndex() == 0 ? "" : model.getItem(model.getSelectionIndex())));
        new Label(body, SWT.NONE).setText(Messages.ModelView_device);
        device = new Combo(body, SWT.READ_ONLY);
        device.setData(MaskletUi.WIDGET_ID_KEY, "deviceChoice");
        device.setItems(Messages.ModelView_auto, Messages.ModelView_cpu, Messages.ModelView_cuda);
        device.setToolTipText(Messages.ModelView_deviceTooltip);
        device.select(Math.max(0, DEVICES.indexOf(UiPreferences.maskletString(MaskletPreferences.ENGINE_DEVICE))));
        device.addListener(SWT.Selection, e -> UiPreferences.putMasklet(MaskletPreferences.ENGINE_DEVICE,
                DEVICES.get(device.getSelectionIndex())));
        new Label(body, SWT.NONE).setText(Messages.ModelView_memoryFrames);
        memoryFrames = new Combo(body, SWT.READ_ONLY);
        memoryFrames.setData(MaskletUi.WIDGET_ID_KEY, "memoryFramesChoice");
        memoryFrames.setToolTipText(Messages.ModelView_memoryFramesTip);
        for (int n = TrackingOptions.MIN_MEMORY_FRAMES; n <= TrackingOptions.DEFAULT_MEMORY_FRAMES; n++) {
            memoryFrames.add(n == TrackingOptions.DEFAULT_MEMORY_FRAMES ? NLS.bind(Messages.ModelView_asTrained, n)
                    : Integer.toString(n));
        }
        int frames = UiPreferences.maskletInt(MaskletPreferences.SAM2_MEMORY_FRAMES);
        memoryFrames.select(Math.max(0, Math.min(TrackingOptions.DEFAULT_MEMORY_FRAMES, frames) - 1));
        memoryFrames.addListener(SWT.Selection, e -> {
            UiPreferences.putMasklet(MaskletPreferences.SAM2_MEMORY_FRAMES,
                    Integer.toString(memoryFrames.getSelectionIndex() + 1));
            refresh();
        });
        Composite actions = new Composite(body, SWT.NONE);
        actions.setLayout(new RowLayout());
        actions.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        Button install = new Button(actions, SWT.PUSH);
        install.setText(Messages.ModelView_install);
        install.setData(MaskletUi.WIDGET_ID_KEY, "installModel");
        install.addListener(SWT.Selection, e -> addModel(true));
        Button importFolder = new Button(actions, SWT.PUSH);
        importFolder.setText(Messages.ModelView_importFolder);
        importFolder.setData(MaskletUi.WIDGET_ID_KEY, "importModel");
        importFolder.addListener(SWT.Selection, e -> addModel(false));
        catalogue = new Composite(body, SWT.NONE);
        catalogue.setLayout(new GridLayout(2, false));
        catalogue.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        fillCatalogue();
        deviceStatus = new Label(body, SWT.WRAP);
        deviceStatus.setData(MaskletUi.WIDGET_ID_KEY, "deviceStatus");
        GridData dd = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        dd.widthHint = 200;
        deviceStatus.setLayoutData(dd);
        status = new Label(body, SWT.WRAP);
        status.setData(MaskletUi.WIDGET_ID_KEY, "modelStatus");
        GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        gd.widthHint = 200;
        status.setLayoutData(gd);
        fitContent();
        startFollowing();
    }

    /**
     * One row per model Masklet ships a descriptor for: what it is, download size, expected CPU speed, licence,
     * installed or not, and its Install button, disabled with the reason as its tooltip when this build cannot
     * install the model ({@link CatalogueModel#installable()}).
     */
    private void fillCatalogue() {
        for (Control c : catalogue.getChildren()) {
            c.dispose();
        }
        Label heading = new Label(catalogue, SWT.NONE);
        heading.setText(Messages.ModelView_catalogue);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        List<ModelManager> managers = EngineServices.all(ModelManager.class);
        for (CatalogueModel m : managers.isEmpty() ? List.<CatalogueModel>of() : managers.get(0).available()) {
            Label about = new Label(catalogue, SWT.WRAP);
            about.setData(MaskletUi.WIDGET_ID_KEY, "catalogue." + m.name());
            about.setText(NLS.bind(Messages.ModelView_catalogueRow, new Object[] {m.name(), m.kind(),
                String.format(Locale.ROOT, "%.0f", m.downloadMb()),
                String.format(Locale.ROOT, "%.1f", m.cpuSecondsPerFrame()), shortLicence(m.license()),
                m.installed() ? Messages.ModelView_rowInstalled
                        : m.installable() ? Messages.ModelView_rowNotInstalled
                                : Messages.ModelView_rowNotInstallable}));
            // why this build cannot install it, said before the user tries (the installer would refuse it the same)
            String refusal = m.installed() || m.installable() ? null
                    : NLS.bind(Messages.ModelView_cannotInstall, m.name());
            String tip = NLS.bind(Messages.ModelView_rowTip, new Object[] {m.title(), m.license(),
                m.cpuSpeedBasis()});
            about.setToolTipText(refusal == null ? tip : tip + "\n\n" + refusal);
            GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false);
            gd.widthHint = 200;
            about.setLayoutData(gd);
            Button install = new Button(catalogue, SWT.PUSH);
            // from its checkpoint: no question to ask; otherwise the dialog asks where the files are
            install.setText(m.installed() ? Messages.ModelView_installed
                    : m.fromCheckpoint() ? Messages.ModelView_installFromCheckpoint : Messages.ModelView_installOne);
            install.setEnabled(!m.installed() && m.installable());
            install.setToolTipText(refusal);
            install.setData(MaskletUi.WIDGET_ID_KEY, "install." + m.name());
            install.addListener(SWT.Selection, e -> {
                if (m.fromCheckpoint()) {
                    installFromCheckpoint(m.name());
                } else {
                    addModel(true, m.name());
                }
            });
        }
        catalogue.getParent().layout(true, true);
        fitContent();
    }

    /** The licence's first clause; the whole text is in the row's tooltip. */
    private static String shortLicence(String licence) {
        int cut = licence.length();
        for (String mark : new String[] {" (", ";"}) {
            int at = licence.indexOf(mark);
            cut = at > 0 ? Math.min(cut, at) : cut;
        }
        return licence.substring(0, cut);
    }

    /**
     * Downloads the model's official checkpoint and builds it in Java, in a job (progress, Cancel keeps the download
     * for a resume, error dialog); the catalogue then lists it as installed.
     */
    private void installFromCheckpoint(String name) {
        new ModelInstallJob(NLS.bind(Messages.ModelView_installJob, name), getSite().getShell(),
                (m, listener, cancelled) -> m.installFromCheckpoint(name, null, listener, cancelled),
                this::installed).schedule();
    }

    private void addModel(boolean install) {
        addModel(install, "");
    }

    /** Asks where the model comes from, then installs or imports it in a job (progress, cancel, error dialog). */
    private void addModel(boolean install, String name) {
        Shell shell = getSite().getShell();
        ModelSourceDialog dialog = new ModelSourceDialog(shell, install, name);
        if (dialog.open() != Window.OK) {
            return;
        }
        ModelInstallJob job;
        if (install) {
            job = new ModelInstallJob(NLS.bind(Messages.ModelView_installJob, dialog.modelName()), shell,
                    (m, listener, cancelled) -> m.install(dialog.modelName(), dialog.sourceUri(),
                            dialog.descriptorFile(), listener, cancelled), this::installed);
        } else {
            job = new ModelInstallJob(NLS.bind(Messages.ModelView_importJob, dialog.folder().getFileName()), shell,
                    (m, listener, cancelled) -> m.importFolder(dialog.folder(), dialog.modelName(), listener,
                            cancelled), this::installed);
        }
        job.schedule();
    }

    /** The default, then the installed models of the segmentation services; the current choice selected. */
    private void fillSegmentationChoice() {
        List<String> installed = SegmentationChoice.installed();
        segmentation.removeAll();
        segmentation.add(DEFAULT_SEGMENTATION);
        installed.forEach(segmentation::add);
        int chosen = installed.indexOf(SegmentationChoice.preferred());
        segmentation.select(chosen < 0 ? 0 : chosen + 1);
    }

    private void installed(ModelStatus added) {
        if (isDisposed()) {
            return;
        }
        fillSegmentationChoice();
        fillCatalogue();
        String selected = model.getItem(model.getSelectionIndex());
        List<String> installed = TrackingModels.installed();
        model.removeAll();
        model.add(BEST);
        installed.forEach(model::add);
        int keep = installed.indexOf(selected);
        model.select(keep < 0 ? 0 : keep + 1);
        status.setText(NLS.bind(Messages.ModelView_installedIn, new Object[] {added.name(), added.kind(),
            added.folder()}));
        status.getParent().layout();
        fitContent();
    }

    /** Lets the view scroll as far as its content reaches at the view's present width. */
    private void fitContent() {
        if (scroller != null && !scroller.isDisposed()) {
            int width = scroller.getClientArea().width;
            scroller.setMinSize(scroller.getContent().computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT));
        }
    }

    @Override
    protected boolean isDisposed() {
        return status == null || status.isDisposed();
    }

    @Override
    protected void refresh() {
        DeviceStatus running = editor() == null ? null : editor().session().deviceStatus();
        deviceStatus.setText(running == null ? Messages.ModelView_segmentationLoadsLater
                : NLS.bind(Messages.ModelView_segmentationRunning, editor().session().segmentationModel(),
                        running.message()));
        if (editor() == null) {
            status.setText(Messages.ModelView_noVideo);
        } else {
            status.setText(NLS.bind(editor().session().isTracking() ? Messages.ModelView_trackingWith
                    : Messages.ModelView_trackingLoaded, editor().trackingModelName()));
        }
        status.getParent().layout();
        fitContent();
    }

    @Override
    public void setFocus() {
        model.setFocus();
    }
}
