package dev.masklet.ui.internal.views;

import java.util.function.Supplier;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import dev.masklet.core.model.FrameRange;
import dev.masklet.core.model.LabelNames;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.ui.internal.editor.MaskOverlayEditor;
import dev.masklet.ui.internal.editor.model.AnnotationSession;
import dev.masklet.ui.internal.editor.operations.ProjectEdit;
import dev.masklet.ui.internal.editor.operations.ProjectEdits;
import dev.masklet.ui.internal.handlers.DeleteConfirmation;

/**
 * The Objects view's context menu: relabel, change the track id, hide or show, and delete the object's masks on the
 * shown frame, on a range of frames (1-based, as shown) or entirely. Each change is one undoable edit on the
 * workbench's history ({@link ProjectEdit}); a deletion first says how many masks it removes, and the dialogs start
 * from the shown frame, never from the whole track.
 */
final class ObjectActions {
    private final Supplier<MaskOverlayEditor> editor;
    private final Supplier<TrackedObject> selected;
    private final Shell shell;

    ObjectActions(Shell shell, Supplier<MaskOverlayEditor> editor, Supplier<TrackedObject> selected) {
        this.shell = shell;
        this.editor = editor;
        this.selected = selected;
    }

    /** Gives the control a context menu that is filled for the selected object each time it opens. */
    void attachTo(Control control) {
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fill);
        control.setMenu(menu.createContextMenu(control));
    }

    private void fill(IMenuManager menu) {
        TrackedObject o = selected.get();
        MaskOverlayEditor e = editor.get();
        if (o == null || e == null) {
            return;
        }
        AnnotationSession session = e.session();
        menu.add(action(Messages.ObjectActions_relabel, () -> relabel(session, o)));
        menu.add(action(Messages.ObjectActions_changeId, () -> changeId(session, o)));
        boolean visible = session.isObjectVisible(o.trackId());
        menu.add(action(visible ? Messages.ObjectActions_hide : Messages.ObjectActions_show,
                () -> session.setObjectVisible(o.trackId(), !visible)));
        menu.add(new Separator());
        int shown = session.frameIndex();
        Action onFrame = action(NLS.bind(Messages.ObjectActions_deleteOnFrame, shown + 1),
                () -> delete(session, o, shown, shown));
        onFrame.setEnabled(o.mask(shown) != null);
        menu.add(onFrame);
        menu.add(action(Messages.ObjectActions_deleteOnFrames, () -> deleteRange(session, o)));
        menu.add(action(Messages.ObjectActions_deleteObject, () -> deleteObject(session, o)));
    }

    private static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    private String ask(String title, String message, String initial, IInputValidator validator) {
        InputDialog d = new InputDialog(shell, title, message, initial, validator);
        return d.open() == Window.OK ? d.getValue().strip() : null;
    }

    private static String name(TrackedObject o) {
        return NLS.bind(Messages.ObjectActions_objectName, o.label(), o.trackId());
    }

    private void relabel(AnnotationSession session, TrackedObject o) {
        String label = ask(Messages.ObjectActions_relabelTitle, NLS.bind(Messages.ObjectActions_relabelMessage,
                name(o)), o.label(), text -> {
                    try {
                        LabelNames.check(text.strip());
                        return null;
                    } catch (IllegalArgumentException e) {
                        return Messages.ObjectActions_labelInvalid;
                    }
                });
        if (label != null && !label.equals(o.label())) {
            int id = o.trackId();
            ProjectEdit.apply(session, NLS.bind(Messages.ObjectActions_relabelUndo, name(o), label),
                    p -> p.object(id).ifPresent(t -> t.setLabel(label)));
        }
    }

    private void changeId(AnnotationSession session, TrackedObject o) {
        String text = ask(Messages.ObjectActions_changeIdTitle, NLS.bind(Messages.ObjectActions_changeIdMessage,
                name(o)), Integer.toString(o.trackId()), t -> {
                    try {
                        int id = Integer.parseInt(t.strip());
                        return id == o.trackId() || id > 0 && session.project().object(id).isEmpty() ? null
                                : Messages.ObjectActions_idTaken;
                    } catch (NumberFormatException e) {
                        return Messages.ObjectActions_idTaken;
                    }
                });
        if (text != null && Integer.parseInt(text) != o.trackId()) {
            int from = o.trackId();
            int to = Integer.parseInt(text);
            ProjectEdit.apply(session, NLS.bind(Messages.ObjectActions_changeIdUndo, name(o), to),
                    p -> ProjectEdits.reassign(p, from, to));
        }
    }

    private void deleteRange(AnnotationSession session, TrackedObject o) {
        int n = session.frameCount();
        int shown = session.frameIndex() + 1;
        String text = ask(Messages.ObjectActions_deleteRangeTitle, NLS.bind(Messages.ObjectActions_deleteRangeMessage,
                name(o), n), shown + "-" + shown,
                t -> FrameRange.parseOneBased(t, n) == null ? Messages.ObjectActions_rangeInvalid : null);
        if (text != null) {
            int[] r = FrameRange.parseOneBased(text, n);
            delete(session, o, Math.min(r[0], r[1]), Math.max(r[0], r[1]));
        }
    }

    /** Deletes the object's masks on frames {@code first..last} (0-based) after saying how many there are. */
    private void delete(AnnotationSession session, TrackedObject o, int first, int last) {
        int count = ObjectFrames.masksIn(o, first, last);
        String frames = first == last ? Integer.toString(first + 1) : (first + 1) + "-" + (last + 1);
        if (count == 0) {
            DeleteConfirmation.nothing(shell, NLS.bind(Messages.ObjectActions_nothingToDelete, name(o), frames));
            return;
        }
        if (confirm(NLS.bind(Messages.ObjectActions_deleteMasksQuestion, new Object[] {count, name(o), frames}))) {
            int id = o.trackId();
            ProjectEdit.apply(session, NLS.bind(Messages.ObjectActions_deleteMasksUndo, name(o), frames),
                    p -> ProjectEdits.deleteRange(p, id, first, last));
        }
    }

    private void deleteObject(AnnotationSession session, TrackedObject o) {
        if (confirm(NLS.bind(Messages.ObjectActions_deleteObjectQuestion, name(o), o.masks().size()))) {
            int id = o.trackId();
            ProjectEdit.apply(session, NLS.bind(Messages.ObjectActions_deleteObjectUndo, name(o)),
                    p -> p.removeObject(id));
            if (session.selected() != null && session.selected().trackId() == id) {
                session.select(null);
            }
        }
    }

    private boolean confirm(String message) {
        return DeleteConfirmation.ask(shell, message);
    }
}
