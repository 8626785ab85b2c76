package dev.masklet.ui.internal.handlers;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Shell;

import dev.masklet.core.model.LabelNames;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.ui.MaskletUi;
import dev.masklet.ui.internal.editor.render.LabelColors;
import dev.masklet.ui.internal.editor.MaskOverlayEditor;
import dev.masklet.ui.internal.editor.operations.ProjectEdit;
import dev.masklet.ui.internal.editor.operations.ProjectEdits;

/**
 * Label Manager: rename, merge, delete and recolour label classes across all frames of the open video. Each action
 * is applied at once as one undoable edit (Edit > Undo).
 */
public final class LabelManagerDialog extends ManagerDialog {
    public static final String TITLE = Messages.LabelManager_title;
    private List labels;
    private String[] names = new String[0];

    public LabelManagerDialog(Shell parent, MaskOverlayEditor editor) {
        super(parent, editor, TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = twoColumnArea(parent);
        labels = new List(area, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        labels.setData(MaskletUi.WIDGET_ID_KEY, "labelList");
        GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
        gd.widthHint = 260;
        gd.heightHint = 200;
        labels.setLayoutData(gd);
        Composite buttons = actionColumn(area);
        button(buttons, Messages.LabelManager_rename, this::rename);
        button(buttons, Messages.Manager_mergeInto, this::merge);
        button(buttons, Messages.LabelManager_delete, this::delete);
        button(buttons, Messages.LabelManager_colour, this::recolour);
        refresh();
        return area;
    }

    /** Label name to the number of objects and masks with it. */
    private Map<String, int[]> counts() {
        Map<String, int[]> counts = new TreeMap<>();
        for (TrackedObject o : editor.session().project().objects()) {
            int[] c = counts.computeIfAbsent(o.label(), k -> new int[2]);
            c[0]++;
            c[1] += o.masks().size();
        }
        return counts;
    }

    private void refresh() {
        Map<String, int[]> counts = counts();
        names = counts.keySet().toArray(String[]::new);
        labels.removeAll();
        counts.forEach((name, c) -> labels.add(
                NLS.bind(Messages.LabelManager_counts, new Object[] {name, c[0], c[1]})));
    }

    private String selected() {
        int i = labels.getSelectionIndex();
        if (i < 0) {
            MessageDialog.openInformation(getShell(), TITLE, Messages.LabelManager_selectFirst);
            return null;
        }
        return names[i];
    }

    private static String checkName(String text) {
        try {
            LabelNames.check(text);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private void rename() {
        String from = selected();
        if (from == null) {
            return;
        }
        InputDialog d = new InputDialog(getShell(), Messages.LabelManager_renameTitle,
                NLS.bind(Messages.LabelManager_renameMessage, from), from, LabelManagerDialog::checkName);
        if (d.open() == Window.OK && !d.getValue().strip().equals(from)) {
            String to = LabelNames.check(d.getValue());
            ProjectEdit.apply(editor.session(), NLS.bind(Messages.LabelManager_renameEdit, from, to),
                    p -> {
                        ProjectEdits.renameLabel(p, from, to);
                        moveColour(from, to);
                    });
            refresh();
        }
    }

    private void merge() {
        String from = selected();
        if (from == null) {
            return;
        }
        InputDialog d = new InputDialog(getShell(), Messages.LabelManager_mergeTitle,
                NLS.bind(Messages.LabelManager_mergeMessage, from), "",
                text -> java.util.Arrays.asList(names).contains(text.strip()) && !text.strip().equals(from) ? null
                        : Messages.LabelManager_mergeError);
        if (d.open() == Window.OK) {
            String to = d.getValue().strip();
            ProjectEdit.apply(editor.session(), NLS.bind(Messages.LabelManager_mergeEdit, from, to),
                    p -> ProjectEdits.renameLabel(p, from, to));
            refresh();
        }
    }

    private void delete() {
        String label = selected();
        if (label == null) {
            return;
        }
        java.util.List<TrackedObject> objects = editor.session().project().objects().stream()
                .filter(o -> o.label().equals(label)).toList();
        int masks = objects.stream().mapToInt(o -> o.masks().size()).sum();
        if (DeleteConfirmation.ask(getShell(), NLS.bind(Messages.LabelManager_deleteQuestion,
                new Object[] {objects.size(), label, masks}))) {
            ProjectEdit.apply(editor.session(), NLS.bind(Messages.LabelManager_deleteEdit, label),
                    p -> ProjectEdits.deleteLabel(p, label));
            refresh();
        }
    }

    private void recolour() {
        String label = selected();
        if (label == null) {
            return;
        }
        ColorDialog d = new ColorDialog(getShell());
        d.setText(NLS.bind(Messages.LabelManager_colourTitle, label));
        RGB rgb = d.open();
        if (rgb != null) {
            ProjectEdit.apply(editor.session(), NLS.bind(Messages.LabelManager_colourEdit, label),
                    p -> ProjectEdits.recolour(label, rgb));
        }
    }

    /** A renamed class keeps its colour (inside the rename's edit, so undo gives it back). */
    private static void moveColour(String from, String to) {
        Map<String, RGB> colors = LabelColors.all();
        RGB c = colors.remove(from);
        if (c != null && !colors.containsKey(to)) {
            colors.put(to, c);
            LabelColors.setAll(colors);
        }
    }
}
