package dev.masklet.ui.internal.handlers;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import dev.masklet.ui.internal.editor.VideoEditorInput;

/**
 * What the user must hear after a video opened: annotation files that were skipped (damaged, a folder, a frame
 * beyond the video) or shapes of a labelled frame folder that could not be read, and what was recovered after a
 * crash, together in one dialog; nothing when all went well.
 */
final class OpenNotices {
    static final String SKIPPED_TITLE = Messages.OpenNotices_skippedTitle;
    static final String RECOVERED_TITLE = Messages.OpenNotices_recoveredTitle;
    /** {@code getData} key of the table of skipped files (tests find it by it). */
    static final String TABLE_ID = "dev.masklet.skippedFiles";

    private OpenNotices() {
    }

    static void show(Shell shell, VideoEditorInput input) {
        List<String> skipped = input.skippedFiles();
        String notice = input.recoveryNotice();
        if (skipped.isEmpty()) {
            if (!notice.isEmpty()) {
                MessageDialog.openInformation(shell, RECOVERED_TITLE, notice);
            }
            return;
        }
        String howMany = skipped.size() == 1 ? Messages.OpenNotices_oneSkipped
                : NLS.bind(Messages.OpenNotices_someSkipped, skipped.size());
        String message = NLS.bind(Messages.OpenNotices_skipped, howMany) + (notice.isEmpty() ? "" : "\n\n" + notice);
        new SkippedFilesDialog(shell, message, skipped).open();
    }

    /** A warning with a table: file name and reason, one row per skipped file. */
    private static final class SkippedFilesDialog extends MessageDialog {
        private final List<String> lines;

        SkippedFilesDialog(Shell shell, String message, List<String> lines) {
            super(shell, SKIPPED_TITLE, null, message, WARNING, 0, IDialogConstants.OK_LABEL);
            this.lines = lines;
            setShellStyle(getShellStyle() | SWT.RESIZE);
        }

        @Override
        protected Control createCustomArea(Composite parent) {
            Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
            table.setData(TABLE_ID, TABLE_ID);
            table.setHeaderVisible(true);
            table.setLinesVisible(true);
            TableColumn file = new TableColumn(table, SWT.NONE);
            file.setText(Messages.OpenNotices_file);
            TableColumn reason = new TableColumn(table, SWT.NONE);
            reason.setText(Messages.OpenNotices_why);
            for (String line : lines) {
                int colon = line.indexOf(": ");
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(new String[] {line.substring(0, colon), line.substring(colon + 2)});
            }
            file.pack();
            reason.pack();
            GridDataFactory.fillDefaults().grab(true, true).hint(720, Math.min(12, lines.size() + 1)
                    * table.getItemHeight() + table.getHeaderHeight()).applyTo(table);
            return table;
        }
    }
}
