package dev.masklet.ui.internal.views;

import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

import dev.masklet.ui.internal.editor.MaskOverlayEditor;

/** A view that shows something of the active mask overlay editor and refreshes when its project changes. */
abstract class EditorFollowingView extends ViewPart {
    private MaskOverlayEditor editor;
    private final Runnable refresh = this::refreshIfAlive;
    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            IWorkbenchPart part = ref.getPart(false);
            if (part instanceof MaskOverlayEditor e && e != editor) {
                follow(e);
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == editor) {
                follow(null);
            }
        }
    };

    /** Call at the end of createPartControl. */
    protected final void startFollowing() {
        getSite().getPage().addPartListener(partListener);
        follow(getSite().getPage().getActiveEditor() instanceof MaskOverlayEditor e ? e : null);
    }

    protected final MaskOverlayEditor editor() {
        return editor;
    }

    /** Shows the current state of {@link #editor()} (null when no video is open). */
    protected abstract void refresh();

    protected abstract boolean isDisposed();

    private void refreshIfAlive() {
        if (!isDisposed()) {
            refresh();
        }
    }

    private void follow(MaskOverlayEditor e) {
        if (editor != null) {
            editor.removeChangeListener(refresh);
        }
        editor = e;
        if (editor != null) {
            editor.addChangeListener(refresh);
        }
        refreshIfAlive();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(partListener);
        follow(null);
        super.dispose();
    }
}
