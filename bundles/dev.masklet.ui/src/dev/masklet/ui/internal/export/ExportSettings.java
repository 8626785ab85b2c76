package dev.masklet.ui.internal.export;

import java.nio.file.Path;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

/**
 * What the export wizard remembers per project (the media's absolute path names it) in the workbench's dialog
 * settings: the last format, output, range, image and COCO choices. Also which formats write frame images by
 * default: those whose tools open the images beside the annotations.
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

    /**
     * Formats whose datasets name an image folder or file their tools read: COCO's {@code images/}, YOLO's
     * {@code data.yaml}, VOC's {@code JPEGImages/}, MOT's {@code img1/}, LabelMe's {@code imagePath}, the mask PNGs'
     * {@code images/}. A plug-in format starts without images (it says nothing of them).
     */
    private static final Set<String> IMAGES_EXPECTED = Set.of("coco", "yolo", "yolo-seg", "voc", "mot", "mots",
            "labelme", "masks");

    private ExportSettings() {
    }

    static boolean imagesExpected(String formatId) {
        return IMAGES_EXPECTED.contains(formatId);
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
