package dev.masklet.ui.internal.handlers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.SimpleContentProposalProvider;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import dev.masklet.core.model.LabelNames;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.ui.MaskletUi;

/**
 * F's dialog: the label (with completion from the labels already used) and the track id: a new object, or an
 * existing one whose mask on this frame the new mask corrects. Choosing an existing object fills in its label.
 */
final class ObjectDialog extends Dialog {
    private final List<TrackedObject> objects;
    private final String initialLabel;
    private Text label;
    private Combo track;
    private Label problem;
    private String chosenLabel;
    private int chosenTrackId;

    ObjectDialog(Shell parent, List<TrackedObject> objects, String initialLabel) {
        super(parent);
        this.objects = objects;
        this.initialLabel = initialLabel;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(FinishObjectHandler.DIALOG_TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        new Label(area, SWT.NONE).setText("Label:");
        label = new Text(area, SWT.BORDER);
        label.setData(MaskletUi.WIDGET_ID_KEY, "objectLabel");
        label.setText(initialLabel);
        label.selectAll();
        GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
        wide.widthHint = 280;
        label.setLayoutData(wide);
        Set<String> used = new LinkedHashSet<>();
        objects.forEach(o -> used.add(o.label()));
        SimpleContentProposalProvider proposals = new SimpleContentProposalProvider(used.toArray(String[]::new));
        proposals.setFiltering(true); // only labels that start with what was typed
        new ContentProposalAdapter(label, new TextContentAdapter(), proposals, null, null)
                .setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
        new Label(area, SWT.NONE).setText("Track id:");
        track = new Combo(area, SWT.READ_ONLY);
        track.setData(MaskletUi.WIDGET_ID_KEY, "objectTrack");
        List<String> items = new ArrayList<>();
        items.add("new object");
        objects.forEach(o -> items.add(o.trackId() + ": " + o.label() + " (correct it on this frame)"));
        track.setItems(items.toArray(String[]::new));
        track.select(0);
        track.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        track.addListener(SWT.Selection, e -> {
            int i = track.getSelectionIndex();
            if (i > 0) {
                label.setText(objects.get(i - 1).label());
            }
        });
        problem = new Label(area, SWT.NONE);
        problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        label.addListener(SWT.Modify, e -> validate());
        return area;
    }

    private void validate() {
        String message = null;
        try {
            LabelNames.check(label.getText());
        } catch (IllegalArgumentException e) {
            message = e.getMessage();
        }
        problem.setText(message == null ? "" : message);
        getButton(IDialogConstants.OK_ID).setEnabled(message == null);
    }

    @Override
    protected void okPressed() {
        chosenLabel = LabelNames.check(label.getText());
        int i = track.getSelectionIndex();
        chosenTrackId = i > 0 ? objects.get(i - 1).trackId() : 0;
        super.okPressed();
    }

    String label() {
        return chosenLabel;
    }

    /** 0 for a new object. */
    int trackId() {
        return chosenTrackId;
    }
}
