package dev.masklet.ui.internal.views;

import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import dev.masklet.core.model.TrackedObject;
import dev.masklet.ui.MaskletUi;
import dev.masklet.ui.internal.editor.model.AnnotationSession;
import dev.masklet.ui.internal.editor.model.ObjectState;

/**
 * Lists the objects of the active video, as the object list of CVAT: a visibility check box (unchecked objects are
 * not drawn), track id, label, state on the shown frame ({@link ObjectState}: kept, tracked, uncertain, absent), the
 * number of frames with a mask and a presence strip over the whole video ({@link PresenceStrip}). An uncertain
 * object's row is tinted, so the object to check on the frame stands out. Selecting a row outlines the object on the
 * canvas (the session's selection, also what edit mode starts from); a double-click (or Enter) shows the nearest
 * frame where it has a mask; the context menu relabels, renumbers, hides and deletes ({@link ObjectActions}).
 */
public final class ObjectsView extends EditorFollowingView {
    private CheckboxTableViewer viewer;
    /** The timeline's uncertain red, light enough to read black text on. */
    private Color uncertainTint;

    @Override
    public void createPartControl(Composite parent) {
        uncertainTint = new Color(255, 205, 200);
        viewer = CheckboxTableViewer.newCheckList(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
        Table table = viewer.getTable();
        table.setData(MaskletUi.WIDGET_ID_KEY, "objectsTable");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.ObjectsView_shown, 46, o -> "");
        column(Messages.ObjectsView_id, 36, o -> Integer.toString(o.trackId()));
        column(Messages.ObjectsView_label, 90, TrackedObject::label);
        column(Messages.ObjectsView_state, 72, o -> state(o).text());
        column(Messages.ObjectsView_frames, 54, o -> Integer.toString(o.masks().size()));
        TableViewerColumn presence = new TableViewerColumn(viewer, SWT.NONE);
        presence.getColumn().setText(Messages.ObjectsView_presence);
        presence.getColumn().setToolTipText(Messages.ObjectsView_presenceTip);
        presence.getColumn().setWidth(120);
        presence.setLabelProvider(new PresenceStrip(table, new PresenceStrip.Video() {
            @Override
            public int frameCount() {
                return editor() == null ? 0 : editor().session().frameCount();
            }

            @Override
            public int shownFrame() {
                return editor() == null ? 0 : editor().session().frameIndex();
            }
        }));
        viewer.addCheckStateListener(e -> {
            if (editor() != null) {
                editor().session().setObjectVisible(((TrackedObject) e.getElement()).trackId(), e.getChecked());
            }
        });
        // SWT events, not the viewer's selection: they come from the user only, never from a refresh
        table.addListener(SWT.Selection, e -> {
            if (e.detail != SWT.CHECK && editor() != null) {
                editor().session().select(selectedObject());
            }
        });
        table.addListener(SWT.DefaultSelection, e -> jumpToMask()); // Enter, and a double-click on GTK
        table.addListener(SWT.MouseDoubleClick, e -> jumpToMask()); // a double-click wherever the toolkit says so
        new ObjectActions(parent.getShell(), this::editor, this::selectedObject).attachTo(table);
        startFollowing();
    }

    /** The object of the selected row, or null. */
    private TrackedObject selectedObject() {
        TableItem[] items = viewer.getTable().getSelection();
        return items.length == 1 && items[0].getData() instanceof TrackedObject o ? o : null;
    }

    /** Double-click: the nearest frame where the selected object has a mask is shown (it stays selected). */
    private void jumpToMask() {
        TrackedObject o = selectedObject();
        if (o == null || editor() == null) {
            return;
        }
        AnnotationSession session = editor().session();
        int frame = ObjectFrames.nearestMask(o, session.frameIndex());
        if (frame < 0) {
            session.setStatus(Messages.ObjectsView_noMask);
            return;
        }
        session.goToFrame(frame);
        session.select(o);
    }

    private ObjectState state(TrackedObject o) {
        return editor() == null ? ObjectState.NONE : ObjectState.of(editor().session().project(), o,
                editor().session().frameIndex());
    }

    private void column(String title, int width, Function<TrackedObject, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((TrackedObject) element);
            }

            @Override
            public Color getBackground(Object element) {
                return state((TrackedObject) element) == ObjectState.UNCERTAIN ? uncertainTint : null;
            }
        });
    }

    @Override
    protected boolean isDisposed() {
        return viewer == null || viewer.getControl().isDisposed();
    }

    @Override
    protected void refresh() {
        TrackedObject before = selectedObject();
        Object[] objects = editor() == null ? new Object[0] : editor().session().project().objects().toArray();
        viewer.setInput(objects);
        Table table = viewer.getTable();
        for (int i = 0; i < objects.length; i++) {
            TrackedObject o = (TrackedObject) objects[i];
            viewer.setChecked(o, editor().session().isObjectVisible(o.trackId()));
            if (before != null && o.trackId() == before.trackId()) {
                table.setSelection(i); // the row stays chosen across frames and edits (undo makes new objects)
            }
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (uncertainTint != null) {
            uncertainTint.dispose();
        }
        super.dispose();
    }
}
