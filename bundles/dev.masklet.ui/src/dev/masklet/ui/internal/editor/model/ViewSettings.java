package dev.masklet.ui.internal.editor.model;

import java.util.HashSet;
import java.util.Set;

/**
 * What the annotator chose for viewing: the track id and label drawn beside each mask, colour by label or by object,
 * overlay opacity and outline-only mode, brightness and contrast (applied to
 * the displayed picture only, never to what the model sees), the output mode and the hidden objects. Changed
 * through {@link AnnotationSession}, which tells its listeners.
 */
public final class ViewSettings {
    /** Overlay opacity in percent. */
    private int opacity = 100;
    private boolean outlineOnly;
    /** Added to every channel, -100 .. 100. */
    private int brightness;
    /** Contrast in percent, 100 = unchanged. */
    private int contrast = 100;
    private OutputMode outputMode = OutputMode.MASK;
    private final Set<Integer> hidden = new HashSet<>();
    private boolean showTags = true;
    private ColourBy colourBy = ColourBy.LABEL;

    /** Which colour an object is drawn in: its label's (objects of one class alike) or its own. */
    public enum ColourBy {
        LABEL, OBJECT
    }

    /** Whether each object's track id and label are drawn beside its mask. */
    public boolean showsTags() {
        return showTags;
    }

    public ColourBy colourBy() {
        return colourBy;
    }

    /** Sets the tags and colouring; the session's {@link SessionChange#OVERLAY} follows. */
    void setTags(boolean show, ColourBy by) {
        showTags = show;
        colourBy = by;
    }

    /** Overlay opacity in percent. */
    public int opacity() {
        return opacity;
    }

    public boolean outlineOnly() {
        return outlineOnly;
    }

    /** The display brightness offset, -100 .. 100. */
    public int brightness() {
        return brightness;
    }

    /** The display contrast in percent, 100 = unchanged. */
    public int contrast() {
        return contrast;
    }

    public OutputMode outputMode() {
        return outputMode;
    }

    public boolean isHidden(int trackId) {
        return hidden.contains(trackId);
    }

    public boolean adjustsPicture() {
        return brightness != 0 || contrast != 100;
    }

    /** Sets how masks are drawn; the session's {@link SessionChange#OVERLAY} follows. */
    void setOverlay(OutputMode mode, int opacityPercent, boolean outlines) {
        outputMode = mode;
        opacity = opacityPercent;
        outlineOnly = outlines;
    }

    /** Sets how the picture is drawn; the session's {@link SessionChange#PICTURE} follows. */
    void setPicture(int brightnessOffset, int contrastPercent) {
        brightness = brightnessOffset;
        contrast = contrastPercent;
    }

    void setHidden(int trackId, boolean hide) {
        if (hide) {
            hidden.add(trackId);
        } else {
            hidden.remove(trackId);
        }
    }
}
