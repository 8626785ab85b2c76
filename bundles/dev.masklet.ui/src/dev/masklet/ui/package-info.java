/**
 * The workbench's public face: identifiers other bundles (the RCP application, tests) need, in
 * {@link dev.masklet.ui.MaskletUi}. Everything else of the UI is internal.
 */
package dev.masklet.ui;
