package dev.masklet.ui.internal.handlers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.SimpleContentProposalProvider;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.osgi.util.NLS;
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
import dev.masklet.ui.internal.editor.model.OverlappedObject;

/**
 * F's dialog: the label (with completion from the labels already used), which object the mask is for (a new object,
 * or an existing one whose mask on this frame it corrects; choosing one fills in its label) and a new object's track
 * id. It opens on the object the mask overlaps most, with its label, so that Enter on a tracked frame corrects that
 * object; without one, on a new object with an empty label. Enter accepts in one press, also while the label's
 * completion list is open.
 */
final class ObjectDialog extends Dialog {
    private final List<TrackedObject> objects;
    private final Optional<OverlappedObject> overlapped;
    private final int suggestedTrackId;
    private Text label;
    private Combo object;
    private Text newTrackId;
    private Label problem;
    private ContentProposalAdapter completion;
    private String chosenLabel;
    private int chosenTrackId;

    /**
     * @param overlapped the object the new mask overlaps most on the shown frame, preselected
     * @param suggestedTrackId the track id offered to a new object (the next free one)
     */
    ObjectDialog(Shell parent, List<TrackedObject> objects, Optional<OverlappedObject> overlapped,
            int suggestedTrackId) {
        super(parent);
        this.objects = objects;
        this.overlapped = overlapped;
        this.suggestedTrackId = suggestedTrackId;
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
        new Label(area, SWT.NONE).setText(Messages.ObjectDialog_label);
        label = new Text(area, SWT.BORDER);
        label.setData(MaskletUi.WIDGET_ID_KEY, "objectLabel");
        label.setMessage(Messages.ObjectDialog_labelHint);
        GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
        wide.widthHint = 320;
        label.setLayoutData(wide);
        Set<String> used = new LinkedHashSet<>();
        objects.forEach(o -> used.add(o.label()));
        SimpleContentProposalProvider proposals = new SimpleContentProposalProvider(used.toArray(String[]::new));
        proposals.setFiltering(true); // only labels that start with what was typed
        // Enter while the completion list is open: the list takes the key to accept its proposal (it stops the
        // key there), then the dialog is accepted too, so that one Enter is enough. This listener runs before the
        // list's own, which it adds to the field when it opens.
        label.addListener(SWT.KeyDown, e -> {
            if ((e.character == SWT.CR || e.keyCode == SWT.KEYPAD_CR) && completion.isProposalPopupOpen()) {
                e.display.asyncExec(this::acceptIfValid);
            }
        });
        completion = new ContentProposalAdapter(label, new TextContentAdapter(), proposals, null, null);
        completion.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);

        new Label(area, SWT.NONE).setText(Messages.ObjectDialog_object);
        object = new Combo(area, SWT.READ_ONLY);
        object.setData(MaskletUi.WIDGET_ID_KEY, "objectTrack");
        List<String> items = new ArrayList<>();
        items.add(Messages.ObjectDialog_newObject);
        for (TrackedObject o : objects) {
            boolean isOverlapped = overlapped.isPresent() && overlapped.get().object() == o;
            items.add(isOverlapped
                    ? NLS.bind(Messages.ObjectDialog_correctOverlapped, new Object[] {o.trackId(), o.label(),
                        Math.round(overlapped.get().iou() * 100)})
                    : NLS.bind(Messages.ObjectDialog_correct, o.trackId(), o.label()));
        }
        object.setItems(items.toArray(String[]::new));
        object.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        new Label(area, SWT.NONE).setText(Messages.ObjectDialog_trackId);
        newTrackId = new Text(area, SWT.BORDER);
        newTrackId.setData(MaskletUi.WIDGET_ID_KEY, "objectNewTrackId");
        newTrackId.setText(Integer.toString(suggestedTrackId));
        newTrackId.setToolTipText(Messages.ObjectDialog_trackIdTip);
        GridData narrow = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        narrow.widthHint = 80;
        newTrackId.setLayoutData(narrow);

        problem = new Label(area, SWT.WRAP);
        problem.setData(MaskletUi.WIDGET_ID_KEY, "objectProblem");
        GridData line = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        line.widthHint = 420;
        problem.setLayoutData(line);

        int preselected = overlapped.map(m -> objects.indexOf(m.object()) + 1).orElse(0);
        object.select(preselected);
        if (preselected > 0) {
            label.setText(objects.get(preselected - 1).label());
            label.selectAll();
        }
        object.addListener(SWT.Selection, e -> objectChosen());
        label.addListener(SWT.Modify, e -> validate());
        newTrackId.addListener(SWT.Modify, e -> validate());
        newTrackId.setEnabled(preselected == 0);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private void objectChosen() {
        int i = object.getSelectionIndex();
        if (i > 0) {
            label.setText(objects.get(i - 1).label());
        }
        newTrackId.setEnabled(i == 0);
        validate();
    }

    /** What keeps OK from being pressed, said under the fields; null when the answer is complete. */
    private String problem() {
        String trackIdProblem = object.getSelectionIndex() > 0 ? null : trackIdProblem();
        if (trackIdProblem != null) {
            return trackIdProblem;
        }
        if (label.getText().isBlank()) {
            return Messages.ObjectDialog_typeLabel;
        }
        try {
            LabelNames.check(label.getText());
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** What is wrong with the typed track id of a new object, or null. */
    private String trackIdProblem() {
        int id;
        try {
            id = Integer.parseInt(newTrackId.getText().strip());
        } catch (NumberFormatException e) {
            return NLS.bind(Messages.ObjectDialog_trackIdNotNumber, newTrackId.getText().strip());
        }
        if (id < 1) {
            return NLS.bind(Messages.ObjectDialog_trackIdNotNumber, id);
        }
        for (TrackedObject o : objects) {
            if (o.trackId() == id) {
                return NLS.bind(Messages.ObjectDialog_trackIdTaken, id, o.label());
            }
        }
        return null;
    }

    private void validate() {
        if (problem == null || getButton(IDialogConstants.OK_ID) == null) {
            return;
        }
        String message = problem();
        problem.setText(message == null ? "" : message);
        getButton(IDialogConstants.OK_ID).setEnabled(message == null);
    }

    /** Enter after the completion list took its proposal: accept the dialog when the answer is complete. */
    private void acceptIfValid() {
        if (getShell() != null && !getShell().isDisposed() && problem() == null) {
            okPressed();
        }
    }

    @Override
    protected void okPressed() {
        if (problem() != null) {
            return; // Enter in a field while OK is disabled
        }
        chosenLabel = LabelNames.check(label.getText());
        int i = object.getSelectionIndex();
        chosenTrackId = i > 0 ? objects.get(i - 1).trackId() : Integer.parseInt(newTrackId.getText().strip());
        super.okPressed();
    }

    String label() {
        return chosenLabel;
    }

    /** The chosen object's track id, or the new object's. */
    int trackId() {
        return chosenTrackId;
    }

    /** Whether the mask corrects an existing object (else it is a new object with {@link #trackId()}). */
    boolean corrects() {
        return chosenTrackId > 0 && objects.stream().anyMatch(o -> o.trackId() == chosenTrackId);
    }
}
