package dev.masklet.core.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import dev.masklet.core.model.AnnotationProject;

/**
 * Undo and redo over {@link Edit}s for one project: {@link #execute} applies an edit and remembers it, a new edit
 * after undos forgets what could have been redone, and only the last {@code limit} edits are kept.
 */
public final class EditStack {
    private final AnnotationProject project;
    private final int limit;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();

    public EditStack(AnnotationProject project, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("keep at least one edit, got " + limit);
        }
        this.project = project;
        this.limit = limit;
    }

    public void execute(Edit edit) {
        edit.apply(project);
        undo.push(edit);
        redo.clear();
        while (undo.size() > limit) {
            undo.removeLast();
        }
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoLabel() {
        return Optional.ofNullable(undo.peek()).map(Edit::label);
    }

    public Optional<String> redoLabel() {
        return Optional.ofNullable(redo.peek()).map(Edit::label);
    }

    /** Takes back the last edit; returns it, or empty when there is none. */
    public Optional<Edit> undo() {
        Edit edit = undo.poll();
        if (edit != null) {
            edit.revert(project);
            redo.push(edit);
        }
        return Optional.ofNullable(edit);
    }

    /** Makes the last undone edit again; returns it, or empty when there is none. */
    public Optional<Edit> redo() {
        Edit edit = redo.poll();
        if (edit != null) {
            edit.apply(project);
            undo.push(edit);
        }
        return Optional.ofNullable(edit);
    }
}
