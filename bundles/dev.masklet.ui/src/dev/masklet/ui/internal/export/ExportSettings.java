package dev.masklet.ui.internal.export;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

/**
 * What the export wizard remembers per project (the media's absolute path names it) in the workbench's dialog
 * settings: the last format, output, range, image and COCO choices. Each key also names the wizard's field that
 * holds it: its widget is {@code export.KEY} ({@link dev.masklet.ui.MaskletUi#WIDGET_ID_KEY}), as UI tests find it.
 */
final class ExportSettings {
    static final String FORMAT = "format";
    static final String OUTPUT = "output";
    static final String RANGE = "range";
    static final String IMAGES = "images";
    static final String IMAGE_FORMAT = "imageFormat";
    static final String ALL_FRAMES = "allFrames";
    static final String FINENESS = "fineness";
    static final String COCO_SEGMENTATION = "cocoSegmentation";

    private ExportSettings() {
    }

    /** This project's section (created when missing), or null when the workbench keeps no dialog settings. */
    static IDialogSettings forProject(Path media) {
        if (media == null || !PlatformUI.isWorkbenchRunning()) {
            return null;
        }
        IDialogSettings root = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(ExportSettings.class))
                .getDialogSettings();
        String name = "export:" + media.toAbsolutePath().normalize();
        IDialogSettings section = root.getSection(name);
        return section != null ? section : root.addNewSection(name);
    }

    /** Whether the section holds a previous export's settings. */
    static boolean remembered(IDialogSettings section) {
        return section != null && section.get(FORMAT) != null;
    }
}
