/**
 * The names and defaults of Masklet's preferences ({@link dev.masklet.core.settings.MaskletPreferences}), read by
 * the engines, the media layer and the workbench alike.
 */
package dev.masklet.core.settings;
