package dev.masklet.ui.internal.views;

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

import dev.masklet.ui.internal.editor.MaskOverlayEditor;
import dev.masklet.ui.internal.editor.model.AnnotationSession;
import dev.masklet.ui.internal.editor.model.SessionChange;

/** A view that shows something of the active mask overlay editor and refreshes when its project changes. */
abstract class EditorFollowingView extends ViewPart {
    private MaskOverlayEditor editor;
    /** The changes a view shows: the frame, the objects and marks, hidden objects, the model, tracking runs. */
    private static final Set<SessionChange> SHOWN = EnumSet.of(SessionChange.FRAME, SessionChange.PROJECT,
            SessionChange.MARKS, SessionChange.OVERLAY, SessionChange.ENGINE, SessionChange.TRACKING);
    private final AnnotationSession.Listener refresh = change -> {
        if (SHOWN.contains(change)) {
            refreshIfAlive();
        }
    };
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
            editor.session().removeListener(refresh);
        }
        editor = e;
        if (editor != null) {
            editor.session().addListener(refresh);
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
