package dev.masklet.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import dev.masklet.ui.MaskletUi;

/** The Video Annotation perspective: the mask overlay editor in the middle, the objects of the video on the right. */
public final class VideoAnnotationPerspective implements IPerspectiveFactory {
    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        layout.addView(MaskletUi.OBJECTS_VIEW_ID, IPageLayout.RIGHT, 0.78f, layout.getEditorArea());
    }
}
