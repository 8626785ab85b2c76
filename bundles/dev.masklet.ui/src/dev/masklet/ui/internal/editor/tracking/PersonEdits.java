package dev.masklet.ui.internal.editor.tracking;

import java.io.IOException;

import org.eclipse.osgi.util.NLS;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.engine.MaskPrediction;
import dev.masklet.engine.Prompt;
import dev.masklet.ui.internal.editor.model.AnnotationSession;
import dev.masklet.ui.internal.editor.model.PromptState;
import dev.masklet.ui.internal.editor.model.SessionChange;
import dev.masklet.ui.internal.editor.operations.MaskEdit;
import dev.masklet.ui.internal.editor.operations.UndoHistory;

/**
 * What a person keeps (F) or draws (edit mode): one undoable edit of the project, executed on the workbench history,
 * a prompted or corrected mark on the frame, and the tracker's new start for that object, so that the next Ctrl+M
 * goes on from the person's mask while the other objects keep their memory.
 */
public final class PersonEdits {
    private final AnnotationSession session;
    private final TrackingController tracking;

    public PersonEdits(AnnotationSession session, TrackingController tracking) {
        this.session = session;
        this.tracking = tracking;
    }

    /**
     * Keeps the pending mask: as a correction of the object with {@code trackId} on the shown frame when there is
     * one, else as a new object with that track id ({@code 0}: the next free one). Saves the project file at once.
     * Returns the object, or null if there is no mask to keep.
     */
    public TrackedObject keep(String label, int trackId) throws IOException {
        PromptState prompts = session.prompts();
        MaskPrediction prediction = prompts.prediction();
        if (prediction == null) {
            return null;
        }
        Prompt prompt = Prompt.of(prompts.points(), prompts.box());
        AnnotationProject project = session.project();
        int frame = session.frameIndex();
        TrackedObject object;
        MaskEdit edit;
        boolean correction = trackId > 0 && project.object(trackId).isPresent();
        if (correction) {
            object = project.object(trackId).orElseThrow();
            object.setLabel(label);
            edit = MaskEdit.of(NLS.bind(Messages.PersonEdits_correct, object.label()), session, null);
            session.marks().corrected(frame);
        } else {
            object = new TrackedObject(trackId > 0 ? trackId : nextTrackId(project), label);
            edit = MaskEdit.of(NLS.bind(Messages.PersonEdits_newObject, object.label()), session, object);
            session.marks().prompted(frame);
        }
        BinaryMask kept = session.stored(prediction.mask());
        edit.put(object.trackId(), frame, kept);
        UndoHistory.execute(edit);
        session.marks().updateUncertain(frame);
        tracking.kept(object.trackId(), frame, prompt, kept);
        session.clearPrompts();
        session.fire(SessionChange.MARKS);
        session.save();
        session.setStatus(NLS.bind(correction ? Messages.PersonEdits_corrected : Messages.PersonEdits_kept,
                new Object[] {object.trackId(), object.label(), frame + 1, session.projectFile().getFileName()}));
        session.fire(SessionChange.PROJECT);
        return object;
    }

    /** An edit-mode change of an object's mask on the shown frame (null = removed from it). */
    public void commitShape(String label, TrackedObject object, BinaryMask now) {
        int frame = session.frameIndex();
        MaskEdit edit = MaskEdit.of(label, session, null);
        edit.put(object.trackId(), frame, now);
        UndoHistory.execute(edit);
        if (now != null && now.area() > 0) {
            tracking.kept(object.trackId(), frame, null, now);
        }
        session.marks().corrected(frame);
        session.marks().updateUncertain(frame);
        session.projectChanged();
        session.setStatus(label);
    }

    /** The track id a new object gets: one more than the largest in use. */
    public static int nextTrackId(AnnotationProject project) {
        return project.objects().stream().mapToInt(TrackedObject::trackId).max().orElse(0) + 1;
    }
}
