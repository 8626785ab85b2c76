package dev.masklet.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import dev.masklet.core.model.TrackedObject;
import dev.masklet.ui.MaskletUi;
import dev.masklet.ui.internal.editor.render.LabelColors;
import dev.masklet.ui.internal.handlers.LabelManagerDialog;

/** The label classes of the active video: colour, name, number of objects and of masks; opens the Label Manager. */
public final class LabelsView extends EditorFollowingView {
    private Table table;
    private final List<Color> colors = new ArrayList<>();

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
        table.setData(MaskletUi.WIDGET_ID_KEY, "labelsTable");
        table.setHeaderVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (String[] c : new String[][] {{"", "24"}, {Messages.LabelsView_label, "110"},
            {Messages.LabelsView_objects, "60"}, {Messages.LabelsView_masks, "60"}}) {
            TableColumn col = new TableColumn(table, SWT.NONE);
            col.setText(c[0]);
            col.setWidth(Integer.parseInt(c[1]));
        }
        Button manage = new Button(parent, SWT.PUSH);
        manage.setText(Messages.LabelsView_manager);
        manage.addListener(SWT.Selection, e -> {
            if (editor() != null) {
                new LabelManagerDialog(getSite().getShell(), editor()).open();
            }
        });
        startFollowing();
    }

    @Override
    protected boolean isDisposed() {
        return table == null || table.isDisposed();
    }

    @Override
    protected void refresh() {
        table.removeAll();
        colors.forEach(Color::dispose);
        colors.clear();
        if (editor() == null) {
            return;
        }
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, Integer> firstTrack = new TreeMap<>();
        for (TrackedObject o : editor().session().project().objects()) {
            int[] c = counts.computeIfAbsent(o.label(), k -> new int[2]);
            c[0]++;
            c[1] += o.masks().size();
            firstTrack.putIfAbsent(o.label(), o.trackId());
        }
        counts.forEach((label, c) -> {
            TableItem item = new TableItem(table, SWT.NONE);
            RGB rgb = LabelColors.of(label, firstTrack.get(label));
            Color color = new Color(rgb);
            colors.add(color);
            item.setBackground(0, color);
            item.setText(new String[] {"", label, Integer.toString(c[0]), Integer.toString(c[1])});
        });
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        colors.forEach(Color::dispose);
        super.dispose();
    }
}
