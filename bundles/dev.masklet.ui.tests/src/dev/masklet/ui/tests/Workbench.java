package dev.masklet.ui.tests;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

import dev.masklet.testing.ui.UiBot;
import dev.masklet.ui.MaskletUi;
import dev.masklet.ui.internal.editor.MaskOverlayEditor;

/** Helpers shared by the UI tests: the bot, the workbench window, Masklet's commands. */
final class Workbench {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Workbench() {
    }

    static UiBot bot() {
        IWorkbench workbench = PlatformUI.getWorkbench();
        return new UiBot(workbench.getDisplay(), SCREENSHOTS);
    }

    static Shell windowShell(UiBot bot) {
        return bot.syncCall(() -> window().getShell());
    }

    static IWorkbenchWindow window() {
        IWorkbench workbench = PlatformUI.getWorkbench();
        IWorkbenchWindow w = workbench.getActiveWorkbenchWindow();
        return w != null ? w : workbench.getWorkbenchWindows()[0];
    }

    /**
     * Runs Masklet's Open Video command with a path, as a script or the command line would. It is started
     * asynchronously because a failing open shows a modal dialog that the test must then answer.
     */
    static void openVideo(UiBot bot, Path video) {
        open(bot, MaskletUi.OPEN_VIDEO_COMMAND, video);
    }

    /** Runs Open Frame Folder (Ctrl+U) with a path, asynchronously like {@link #openVideo}. */
    static void openFrameFolder(UiBot bot, Path folder) {
        open(bot, MaskletUi.OPEN_FRAME_FOLDER_COMMAND, folder);
    }

    private static void open(UiBot bot, String commandId, Path video) {
        Display display = bot.display();
        display.asyncExec(() -> {
            IWorkbench workbench = PlatformUI.getWorkbench();
            ICommandService commands = workbench.getService(ICommandService.class);
            IHandlerService handlers = workbench.getService(IHandlerService.class);
            try {
                handlers.executeCommand(ParameterizedCommand.generateCommand(
                        commands.getCommand(commandId),
                        Map.of(MaskletUi.OPEN_VIDEO_PATH_PARAMETER, video.toString())), null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Runs a command without parameters asynchronously (it may open a modal dialog that the test answers). */
    static void runCommand(UiBot bot, String commandId) {
        bot.display().asyncExec(() -> {
            try {
                PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(commandId, null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static MaskOverlayEditor activeEditor(UiBot bot) {
        return bot.syncCall(() -> window().getActivePage().getActiveEditor() instanceof MaskOverlayEditor e ? e : null);
    }

    /** The text of a message dialog's labels (its message), read on the UI thread. */
    static String dialogMessage(UiBot bot, Shell dialog) {
        return bot.syncCall(() -> Arrays.stream(dialog.getChildren())
                .flatMap(c -> c instanceof Composite comp ? Arrays.stream(comp.getChildren()) : Stream.of(c))
                .filter(c -> c instanceof Label)
                .map(c -> ((Label) c).getText())
                .reduce("", String::concat));
    }

    /** Opens the Model view afresh, so that it lists the models installed now. */
    static void showModelView(UiBot bot) {
        bot.syncRun(() -> {
            IWorkbenchPage page = window().getActivePage();
            IViewPart open = page.findView(MaskletUi.MODEL_VIEW_ID);
            if (open != null) {
                page.hideView(open);
            }
            try {
                page.showView(MaskletUi.MODEL_VIEW_ID);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new AssertionError(e);
            }
        });
    }

    static void closeAllEditors(UiBot bot) {
        bot.syncRun(() -> window().getActivePage().closeAllEditors(false));
    }
}
