package dev.masklet.app.internal;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.osgi.service.prefs.BackingStoreException;

final class MaskletWindowAdvisor extends WorkbenchWindowAdvisor {
    /** Instance preference: the window was placed once; from then on the workbench restores its bounds. */
    static final String PLACED = "window.placed";

    MaskletWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new MaskletActionBarAdvisor(configurer);
    }

    @Override
    public void postWindowCreate() {
        // without a saved layout (the first start) the window is placed where the screen's free area begins
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode("dev.masklet.app");
        if (!node.getBoolean(PLACED, false)) {
            Rectangle screen = getWindowConfigurer().getWindow().getShell().getMonitor().getClientArea();
            getWindowConfigurer().getWindow().getShell().setBounds(screen);
            node.putBoolean(PLACED, true);
            try {
                node.flush();
            } catch (BackingStoreException e) {
                // not remembered: the next start places the window again, which is harmless
            }
        }
    }

    @Override
    public void postWindowOpen() {
        EmptyEditorAreaHint.install(getWindowConfigurer().getWindow());
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer c = getWindowConfigurer();
        // the first time the window fills the screen; after that the workbench restores the size it was left at
        Rectangle screen = Display.getCurrent().getPrimaryMonitor().getClientArea();
        c.setInitialSize(new Point(screen.width, screen.height));
        c.setShowCoolBar(true);
        c.setShowStatusLine(true);
        c.setShowProgressIndicator(true);
        c.setTitle(Messages.Window_title);
    }
}
