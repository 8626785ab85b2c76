package dev.masklet.app.internal;

import java.util.Arrays;
import java.util.List;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.osgi.util.NLS;

/** The Masklet GUI. Arguments: {@code --video FILE} opens a video once the window is up. */
public final class MaskletApplication implements IApplication {
    /** Title of the message when another Masklet holds the workspace. */
    static final String WORKSPACE_IN_USE = Messages.Start_alreadyRunning;

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        String video = optionValue(args == null ? List.of() : Arrays.asList(args), "--video");
        Display display = PlatformUI.createDisplay();
        try {
            if (!lockWorkspace()) {
                return IApplication.EXIT_OK;
            }
            int code = PlatformUI.createAndRunWorkbench(display, new MaskletWorkbenchAdvisor(video));
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    /** Takes Eclipse's workspace lock (see {@link WorkspaceLock}); false when this Masklet must not start. */
    private static boolean lockWorkspace() {
        WorkspaceLock.Outcome outcome;
        try {
            outcome = WorkspaceLock.lock(Platform.getInstanceLocation(),
                    Path.of(System.getProperty("user.home"), ".masklet", "workspace"));
        } catch (IOException e) {
            MessageDialog.openError(null, Messages.Start_cannotStart,
                    NLS.bind(Messages.Start_cannotLock, e.getMessage()));
            return false;
        }
        if (outcome.workspace() == null) {
            MessageDialog.openError(null, WORKSPACE_IN_USE, outcome.message());
            return false;
        }
        if (outcome.message() != null) {
            MessageDialog.openInformation(null, WORKSPACE_IN_USE, outcome.message());
        }
        return true;
    }

    static String optionValue(List<String> args, String name) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : null;
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
