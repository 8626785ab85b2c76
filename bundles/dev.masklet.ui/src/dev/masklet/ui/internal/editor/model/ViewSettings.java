package dev.masklet.ui.internal.editor;

import java.util.HashSet;
import java.util.Set;

/**
 * What the annotator chose for viewing: overlay opacity and outline-only mode, brightness and contrast (applied to
 * the displayed picture only, never to what the model sees), the output mode and the hidden objects.
 */
final class ViewSettings {
    /** Overlay opacity in percent. */
    int opacity = 100;
    boolean outlineOnly;
    /** Added to every channel, -100 .. 100. */
    int brightness;
    /** Contrast in percent, 100 = unchanged. */
    int contrast = 100;
    OutputMode outputMode = OutputMode.MASK;
    final Set<Integer> hidden = new HashSet<>();

    boolean adjustsPicture() {
        return brightness != 0 || contrast != 100;
    }
}
