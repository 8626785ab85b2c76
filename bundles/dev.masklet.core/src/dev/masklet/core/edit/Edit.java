package dev.masklet.core.edit;

import dev.masklet.core.model.AnnotationProject;

/**
 * One undoable change of a project. {@link #apply} makes it (also again after a revert), {@link #revert} takes it
 * back; both leave the project's change marks set, so the next save writes the frames involved.
 */
public interface Edit {
    /** What people see in Edit > Undo / Redo ("Keep object 3"). */
    String label();

    void apply(AnnotationProject project);

    void revert(AnnotationProject project);
}
