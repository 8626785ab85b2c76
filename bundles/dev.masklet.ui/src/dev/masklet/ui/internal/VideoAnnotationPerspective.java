package dev.masklet.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import dev.masklet.ui.MaskletUi;

/**
 * The Video Annotation perspective: the mask overlay editor in the middle; the objects and labels of the video on
 * the right, the model below them.
 */
public final class VideoAnnotationPerspective implements IPerspectiveFactory {
    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        IFolderLayout right = layout.createFolder("dev.masklet.ui.right", IPageLayout.RIGHT, 0.74f,
                layout.getEditorArea());
        right.addView(MaskletUi.OBJECTS_VIEW_ID);
        right.addView(MaskletUi.LABELS_VIEW_ID);
        // the Model view's three choices, its buttons and two status lines need about 45 % of the column's height
        layout.addView(MaskletUi.MODEL_VIEW_ID, IPageLayout.BOTTOM, 0.55f, "dev.masklet.ui.right");
    }
}
