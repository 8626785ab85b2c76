package dev.masklet.ui.internal.editor.prompt;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dev.masklet.engine.MaskPrediction;
import dev.masklet.ui.MaskletUi;
import dev.masklet.ui.internal.editor.model.AnnotationSession;
import dev.masklet.ui.internal.editor.model.PromptState;
import dev.masklet.ui.internal.editor.model.SessionChange;

/**
 * The small line beside the status line that says which of the model's candidate masks is shown ("mask 2 of 3")
 * and the model's predicted IoU of it in percent; its tooltip says what that figure is and that Tab steps through the
 * candidates. Empty while no mask is pending.
 */
public final class CandidateIndicator {
    private final Label label;

    public CandidateIndicator(Composite parent, AnnotationSession session) {
        label = new Label(parent, SWT.NONE);
        label.setData(MaskletUi.WIDGET_ID_KEY, "maskCandidate");
        label.setToolTipText(Messages.Candidate_tooltip);
        session.addListener(change -> {
            if ((change == SessionChange.PREDICTION || change == SessionChange.FRAME) && !label.isDisposed()) {
                show(session.prompts());
            }
        });
    }

    private void show(PromptState prompts) {
        MaskPrediction shown = prompts.prediction();
        String text;
        if (shown == null) {
            text = "";
        } else if (prompts.candidateCount() > 1) {
            text = NLS.bind(Messages.Candidate_ofMany, new Object[] {prompts.chosenCandidate() + 1,
                prompts.candidateCount(), MaskScores.percent(shown.score())});
        } else {
            text = NLS.bind(Messages.Candidate_one, MaskScores.percent(shown.score()));
        }
        label.setText(text);
        label.getParent().layout(new org.eclipse.swt.widgets.Control[] {label});
    }
}
