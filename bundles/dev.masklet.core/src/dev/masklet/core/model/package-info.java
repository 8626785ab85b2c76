/**
 * The annotation model: an {@link dev.masklet.core.model.AnnotationProject} of tracked objects with a mask per frame,
 * label classes, shapes, per-frame flags and visibility, and {@link dev.masklet.core.model.FrameRange}, the one
 * frame-range type (0-based, with the command line's and the workbench's text conventions). No SWT, no I/O.
 */
package dev.masklet.core.model;
