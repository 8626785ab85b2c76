/**
 * The UI test driver: {@link dev.masklet.testing.ui.UiBot} finds widgets and drives them with real events posted
 * through {@code Display.post} (keys, clicks, drags), in the spirit of SWTBot, which is not on Maven Central.
 */
package dev.masklet.testing.ui;
