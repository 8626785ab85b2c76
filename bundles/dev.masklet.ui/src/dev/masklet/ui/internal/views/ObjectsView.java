package dev.masklet.ui.internal.views;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

import dev.masklet.core.model.TrackedObject;
import dev.masklet.ui.MaskletUi;
import dev.masklet.ui.internal.editor.MaskOverlayEditor;

/** Lists the objects of the active video: track id, label and the number of frames with a mask. */
public final class ObjectsView extends ViewPart {
    private TableViewer viewer;
    private MaskOverlayEditor editor;
    private final Runnable refresh = this::refresh;
    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            IWorkbenchPart part = ref.getPart(false);
            if (part instanceof MaskOverlayEditor e) {
                track(e);
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == editor) {
                track(null);
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTable().setData(MaskletUi.WIDGET_ID_KEY, "objectsTable");
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("ID", 40, o -> Integer.toString(o.trackId()));
        column("Label", 120, TrackedObject::label);
        column("Frames", 60, o -> Integer.toString(o.masks().size()));
        getSite().getPage().addPartListener(partListener);
        if (getSite().getPage().getActiveEditor() instanceof MaskOverlayEditor e) {
            track(e);
        }
    }

    private void column(String title, int width, java.util.function.Function<TrackedObject, String> text) {
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

    private void track(MaskOverlayEditor e) {
        if (editor != null) {
            editor.removeChangeListener(refresh);
        }
        editor = e;
        if (editor != null) {
            editor.addChangeListener(refresh);
        }
        refresh();
    }

    private void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        viewer.setInput(editor == null ? new Object[0] : editor.project().objects().toArray());
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(partListener);
        track(null);
        super.dispose();
    }
}
