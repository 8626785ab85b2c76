package dev.masklet.app.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.views.IViewDescriptor;

import dev.masklet.ui.MaskletUi;
import org.eclipse.osgi.util.NLS;

/**
 * Window > Show View: brings back (or to the front) each of Masklet's views and the Eclipse Progress view, so a
 * closed view is never gone for good. A fixed list rather than Eclipse's view shortlist, which needs the perspective
 * to name its shortcuts and would offer views from any installed bundle.
 */
final class ShowViewMenu {
    static final String MENU_ID = "dev.masklet.app.showView";
    /** The Eclipse Progress view, registered by this bundle (plugin.xml): Masklet has no IDE bundle that would. */
    static final String PROGRESS_VIEW_ID = "org.eclipse.ui.views.ProgressView";
    static final String[] VIEW_IDS = {MaskletUi.OBJECTS_VIEW_ID, MaskletUi.LABELS_VIEW_ID, MaskletUi.MODEL_VIEW_ID,
            PROGRESS_VIEW_ID};

    private ShowViewMenu() {
    }

    static MenuManager create(IWorkbenchWindow window) {
        MenuManager menu = new MenuManager(Messages.Menu_showView, MENU_ID);
        for (String id : VIEW_IDS) {
            IViewDescriptor view = window.getWorkbench().getViewRegistry().find(id);
            if (view != null) {
                menu.add(new ShowView(window, view));
            }
        }
        return menu;
    }

    private static final class ShowView extends Action {
        private final IWorkbenchWindow window;
        private final String viewId;

        ShowView(IWorkbenchWindow window, IViewDescriptor view) {
            super(view.getLabel(), view.getImageDescriptor());
            this.window = window;
            this.viewId = view.getId();
            setId(MENU_ID + "." + view.getId());
            setToolTipText(NLS.bind(Messages.Menu_showViewTip, view.getLabel()));
        }

        @Override
        public void run() {
            IWorkbenchPage page = window.getActivePage();
            if (page == null) {
                return;
            }
            try {
                page.showView(viewId);
            } catch (PartInitException e) {
                org.eclipse.core.runtime.ILog.of(getClass()).error("Could not show the view " + viewId, e);
            }
        }
    }
}
