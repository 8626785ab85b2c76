package dev.masklet.ui.internal.views;

import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;

import dev.masklet.core.model.TrackedObject;
import dev.masklet.ui.MaskletUi;
import dev.masklet.ui.internal.editor.model.ObjectState;

/**
 * Lists the objects of the active video: a visibility check box (unchecked objects are not drawn), track id, label,
 * state on the shown frame ({@link ObjectState}: kept, tracked, uncertain, absent) and the number of frames with a
 * mask. An uncertain object's row is tinted, so the object to check on the frame stands out. Selecting a row selects
 * the object's shape when the editor is in edit mode.
 */
public final class ObjectsView extends EditorFollowingView {
    private CheckboxTableViewer viewer;
    /** The timeline's uncertain red, light enough to read black text on. */
    private Color uncertainTint;

    @Override
    public void createPartControl(Composite parent) {
        uncertainTint = new Color(255, 205, 200);
        viewer = CheckboxTableViewer.newCheckList(parent, SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTable().setData(MaskletUi.WIDGET_ID_KEY, "objectsTable");
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Shown", 50, o -> "");
        column("ID", 40, o -> Integer.toString(o.trackId()));
        column("Label", 110, TrackedObject::label);
        column("State", 80, o -> state(o).text());
        column("Frames", 60, o -> Integer.toString(o.masks().size()));
        viewer.addCheckStateListener(e -> {
            if (editor() != null) {
                editor().session().setObjectVisible(((TrackedObject) e.getElement()).trackId(), e.getChecked());
            }
        });
        startFollowing();
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
        Object[] objects = editor() == null ? new Object[0] : editor().session().project().objects().toArray();
        viewer.setInput(objects);
        for (Object o : objects) {
            viewer.setChecked(o, editor().session().isObjectVisible(((TrackedObject) o).trackId()));
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
