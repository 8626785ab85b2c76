/**
 * Undoable changes to an {@link dev.masklet.core.model.AnnotationProject}: an {@link dev.masklet.core.edit.Edit} per
 * kind of change and an {@link dev.masklet.core.edit.EditStack}; every edit marks the frames it touches, so the next
 * save writes just those.
 */
package dev.masklet.core.edit;
