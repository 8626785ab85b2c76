/**
 * Reading and writing projects ({@link dev.masklet.core.store.ProjectStore}): a project file and one LabelMe /
 * X-AnyLabeling compatible file per annotated frame, written atomically with a save journal for crash safety,
 * autosave, and migration of version 1 files. The file formats are described in docs/formats.md.
 */
package dev.masklet.core.store;
