package dev.masklet.app.internal;

import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

import dev.masklet.ui.MaskletUi;

/** Starts the workbench in the Video Annotation perspective and opens the video given on the command line. */
final class MaskletWorkbenchAdvisor extends WorkbenchAdvisor {
    private final String initialVideo;

    MaskletWorkbenchAdvisor(String initialVideo) {
        this.initialVideo = initialVideo;
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return MaskletUi.PERSPECTIVE_ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new MaskletWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        if (initialVideo == null) {
            return;
        }
        ICommandService commands = getWorkbenchConfigurer().getWorkbench().getService(ICommandService.class);
        IHandlerService handlers = getWorkbenchConfigurer().getWorkbench().getService(IHandlerService.class);
        try {
            ParameterizedCommand open = ParameterizedCommand.generateCommand(
                    commands.getCommand(MaskletUi.OPEN_VIDEO_COMMAND),
                    Map.of(MaskletUi.OPEN_VIDEO_PATH_PARAMETER, initialVideo));
            handlers.executeCommand(open, null);
        } catch (Exception e) {
            // the handler reports unreadable files itself; anything else must not stop the workbench
            org.eclipse.core.runtime.ILog.of(getClass()).error("Could not open " + initialVideo, e);
        }
    }
}
