package dev.masklet.ui.internal.handlers;

import java.util.List;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import dev.masklet.core.model.FrameRange;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.ui.MaskletUi;
import dev.masklet.ui.internal.editor.MaskOverlayEditor;
import dev.masklet.ui.internal.editor.operations.ProjectEdit;
import dev.masklet.ui.internal.editor.operations.ProjectEdits;
import dev.masklet.ui.internal.views.ObjectFrames;

/**
 * Track-ID Manager: give a track another id, merge two tracks, delete a track's masks on a frame range (the shown
 * frame unless another range is typed). Each action is one undoable edit; one that deletes masks says how many first.
 */
public final class TrackIdManagerDialog extends ManagerDialog {
    public static final String TITLE = Messages.TrackIdManager_title;
    private Table table;
    private List<TrackedObject> tracks = List.of();

    public TrackIdManagerDialog(Shell parent, MaskOverlayEditor editor) {
        super(parent, editor, TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = twoColumnArea(parent);
        table = new Table(area, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        table.setData(MaskletUi.WIDGET_ID_KEY, "trackTable");
        table.setHeaderVisible(true);
        for (String[] c : new String[][] {{Messages.TrackIdManager_id, "50"},
            {Messages.TrackIdManager_label, "120"}, {Messages.TrackIdManager_frames, "70"},
            {Messages.TrackIdManager_range, "90"}}) {
            TableColumn col = new TableColumn(table, SWT.NONE);
            col.setText(c[0]);
            col.setWidth(Integer.parseInt(c[1]));
        }
        GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
        gd.heightHint = 200;
        table.setLayoutData(gd);
        Composite buttons = actionColumn(area);
        button(buttons, Messages.TrackIdManager_reassign, this::reassign);
        button(buttons, Messages.Manager_mergeInto, this::merge);
        button(buttons, Messages.TrackIdManager_deleteFrames, this::deleteRange);
        refresh();
        return area;
    }

    private void refresh() {
        tracks = List.copyOf(editor.session().project().objects());
        table.removeAll();
        for (TrackedObject o : tracks) {
            TableItem item = new TableItem(table, SWT.NONE);
            String range = o.masks().isEmpty() ? "-" : (o.masks().firstKey() + 1) + "-" + (o.masks().lastKey() + 1);
            item.setText(new String[] {Integer.toString(o.trackId()), o.label(),
                Integer.toString(o.masks().size()), range});
        }
    }

    private TrackedObject selected() {
        int i = table.getSelectionIndex();
        if (i < 0) {
            MessageDialog.openInformation(getShell(), TITLE, Messages.TrackIdManager_selectFirst);
            return null;
        }
        return tracks.get(i);
    }

    private Integer number(String title, String message, java.util.function.IntPredicate valid, String error) {
        InputDialog d = new InputDialog(getShell(), title, message, "", text -> {
            try {
                return valid.test(Integer.parseInt(text.strip())) ? null : error;
            } catch (NumberFormatException e) {
                return error;
            }
        });
        return d.open() == Window.OK ? Integer.parseInt(d.getValue().strip()) : null;
    }

    private void reassign() {
        TrackedObject o = selected();
        if (o == null) {
            return;
        }
        Integer to = number(Messages.TrackIdManager_reassignTitle,
                NLS.bind(Messages.TrackIdManager_reassignMessage, o.trackId(), o.label()),
                id -> id > 0 && editor.session().project().object(id).isEmpty(),
                Messages.TrackIdManager_reassignError);
        if (to != null) {
            ProjectEdit.apply(editor.session(), NLS.bind(Messages.TrackIdManager_reassignEdit, o.trackId(), to),
                    p -> ProjectEdits.reassign(p, o.trackId(), to));
            refresh();
        }
    }

    private void merge() {
        TrackedObject o = selected();
        if (o == null) {
            return;
        }
        Integer into = number(Messages.TrackIdManager_mergeTitle,
                NLS.bind(Messages.TrackIdManager_mergeMessage, o.trackId()),
                id -> id != o.trackId() && editor.session().project().object(id).isPresent(),
                Messages.TrackIdManager_mergeError);
        if (into != null && confirmMerge(o, into)) {
            ProjectEdit.apply(editor.session(), NLS.bind(Messages.TrackIdManager_mergeEdit, o.trackId(), into),
                    p -> ProjectEdits.merge(p, o.trackId(), into));
            refresh();
        }
    }

    /**
     * Where both tracks have a mask, the merged track keeps its own and the other is dropped: said before merging
     * when that happens.
     */
    private boolean confirmMerge(TrackedObject from, int into) {
        TrackedObject target = editor.session().project().object(into).orElseThrow();
        long dropped = from.masks().keySet().stream().filter(f -> target.mask(f) != null).count();
        return dropped == 0 || DeleteConfirmation.ask(getShell(), NLS.bind(Messages.TrackIdManager_mergeQuestion,
                new Object[] {from.trackId(), from.label(), into, target.label(), dropped}));
    }

    /** Deletes a track's masks on frames it asks for: the shown frame unless the user types a range (1-based). */
    private void deleteRange() {
        TrackedObject o = selected();
        if (o == null) {
            return;
        }
        int n = editor.session().frameCount();
        int shown = editor.session().frameIndex() + 1;
        InputDialog d = new InputDialog(getShell(), Messages.TrackIdManager_deleteTitle,
                NLS.bind(Messages.TrackIdManager_deleteMessage, n, o.trackId()), shown + "-" + shown,
                text -> FrameRange.parseOneBased(text, n) == null ? Messages.TrackIdManager_deleteError : null);
        if (d.open() != Window.OK) {
            return;
        }
        int[] r = FrameRange.parseOneBased(d.getValue(), n);
        int first = Math.min(r[0], r[1]);
        int last = Math.max(r[0], r[1]);
        String frames = (first + 1) + "-" + (last + 1);
        int count = ObjectFrames.masksIn(o, first, last);
        if (count == 0) {
            DeleteConfirmation.nothing(getShell(),
                    NLS.bind(Messages.TrackIdManager_deleteNothing, new Object[] {o.trackId(), o.label(), frames}));
        } else if (DeleteConfirmation.ask(getShell(), NLS.bind(Messages.TrackIdManager_deleteQuestion,
                new Object[] {count, o.trackId(), o.label(), frames}))) {
            ProjectEdit.apply(editor.session(), NLS.bind(Messages.TrackIdManager_deleteEdit, o.trackId(), frames),
                    p -> ProjectEdits.deleteRange(p, o.trackId(), first, last));
            refresh();
        }
    }
}
