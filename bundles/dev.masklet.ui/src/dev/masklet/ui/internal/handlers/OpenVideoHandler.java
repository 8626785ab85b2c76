package dev.masklet.ui.internal.handlers;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.masklet.media.MediaException;
import dev.masklet.ui.MaskletUi;
import dev.masklet.ui.internal.editor.VideoEditorInput;
import dev.masklet.ui.internal.editor.VideoOpener;

/**
 * Open Video (Ctrl+O) and Open Frame Folder (Ctrl+U): opens a video or a folder of frames in the mask overlay editor: the file comes from the command's path parameter (scripts, tests,
 * the command line) or from a file dialog. Files that cannot be read are reported in a dialog and nothing opens.
 */
public final class OpenVideoHandler extends AbstractHandler {
    static final String[] EXTENSIONS = {"*.mp4;*.mkv;*.webm;*.mov;*.avi;*.m4v;*.mpg;*.mpeg;*.ts", "*.*"};

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window == null) {
            return null;
        }
        Shell shell = window.getShell();
        String path = event.getParameter(MaskletUi.OPEN_VIDEO_PATH_PARAMETER);
        if (path == null && MaskletUi.OPEN_FRAME_FOLDER_COMMAND.equals(event.getCommand().getId())) {
            DirectoryDialog dialog = new DirectoryDialog(shell, SWT.OPEN);
            dialog.setText(Messages.OpenVideo_folderTitle);
            dialog.setMessage(Messages.OpenVideo_folderMessage);
            path = dialog.open();
            if (path == null) {
                return null;
            }
        }
        if (path == null) {
            FileDialog dialog = new FileDialog(shell, SWT.OPEN);
            dialog.setText(Messages.OpenVideo_title);
            dialog.setFilterExtensions(EXTENSIONS);
            dialog.setFilterNames(new String[] {Messages.OpenVideo_videos, Messages.OpenVideo_allFiles});
            path = dialog.open();
            if (path == null) {
                return null;
            }
        }
        open(window, Path.of(path));
        return null;
    }

    static void open(IWorkbenchWindow window, Path path) {
        Shell shell = window.getShell();
        VideoEditorInput input;
        try {
            input = VideoOpener.open(path);
        } catch (MediaException | IOException e) {
            MessageDialog.openError(shell, Messages.OpenVideo_cannotOpen, e.getMessage());
            return;
        }
        IWorkbenchPage page = window.getActivePage();
        try {
            page.openEditor(input, MaskletUi.EDITOR_ID);
            OpenNotices.show(shell, input);
        } catch (PartInitException e) {
            input.source().close();
            MessageDialog.openError(shell, Messages.OpenVideo_cannotOpen, e.getMessage());
        }
    }
}
