package dev.masklet.ui.internal.editor.render;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.swt.graphics.RGB;
import dev.masklet.ui.internal.preferences.UiPreferences;

/**
 * Colours the annotator gave to label classes (Label Manager > Colour). A label without one is drawn in its track's
 * palette colour. Kept in the UI bundle's instance preferences ({@code label.colors}, {@code name=#rrggbb} lines),
 * so a class keeps its colour across videos.
 */
public final class LabelColors {
    private LabelColors() {
    }

    public static synchronized Map<String, RGB> all() {
        Map<String, RGB> colors = new LinkedHashMap<>();
        for (String line : UiPreferences.get(UiPreferences.LABEL_COLORS).split("\n")) {
            int eq = line.lastIndexOf('=');
            if (eq > 0 && line.length() == eq + 8 && line.charAt(eq + 1) == '#') {
                try {
                    int v = Integer.parseInt(line.substring(eq + 2), 16);
                    colors.put(line.substring(0, eq), new RGB(v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff));
                } catch (NumberFormatException e) {
                    // a hand-edited line that is not a colour: ignore it, the label gets its palette colour
                }
            }
        }
        return colors;
    }

    public static synchronized void setAll(Map<String, RGB> colors) {
        StringBuilder text = new StringBuilder();
        colors.forEach((label, c) -> text.append(label.replace('\n', ' ')).append('=')
                .append(String.format("#%02x%02x%02x", c.red, c.green, c.blue)).append('\n'));
        UiPreferences.put(UiPreferences.LABEL_COLORS, text.toString());
    }

    public static RGB of(String label, int trackId) {
        RGB c = all().get(label);
        return c != null ? c : OverlayImages.colorOf(trackId);
    }
}
