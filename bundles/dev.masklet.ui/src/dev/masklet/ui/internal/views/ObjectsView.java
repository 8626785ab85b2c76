package dev.masklet.ui.internal.views;

import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.ui.MaskletUi;

/**
 * Lists the objects of the active video: a visibility check box (unchecked objects are not drawn), track id, label,
 * state on the shown frame (tracked or absent) and the number of frames with a mask. Selecting a row selects the
 * object's shape when the editor is in edit mode.
 */
public final class ObjectsView extends EditorFollowingView {
    private CheckboxTableViewer viewer;

    @Override
    public void createPartControl(Composite parent) {
        viewer = CheckboxTableViewer.newCheckList(parent, SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTable().setData(MaskletUi.WIDGET_ID_KEY, "objectsTable");
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Shown", 50, o -> "");
        column("ID", 40, o -> Integer.toString(o.trackId()));
        column("Label", 110, TrackedObject::label);
        column("State", 70, this::state);
        column("Frames", 60, o -> Integer.toString(o.masks().size()));
        viewer.addCheckStateListener(e -> {
            if (editor() != null) {
                editor().setObjectVisible(((TrackedObject) e.getElement()).trackId(), e.getChecked());
            }
        });
        startFollowing();
    }

    private String state(TrackedObject o) {
        if (editor() == null) {
            return "";
        }
        BinaryMask m = o.mask(editor().frameIndex());
        return m != null && m.area() > 0 ? "tracked" : "absent";
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
        });
    }

    @Override
    protected boolean isDisposed() {
        return viewer == null || viewer.getControl().isDisposed();
    }

    @Override
    protected void refresh() {
        Object[] objects = editor() == null ? new Object[0] : editor().project().objects().toArray();
        viewer.setInput(objects);
        for (Object o : objects) {
            viewer.setChecked(o, editor().isObjectVisible(((TrackedObject) o).trackId()));
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
