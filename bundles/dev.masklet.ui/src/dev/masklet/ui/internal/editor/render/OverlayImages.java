package dev.masklet.ui.internal.editor.render;

import java.util.List;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;

import dev.masklet.core.image.RgbImage;
import dev.masklet.core.mask.BinaryMask;

/** Builds SWT image data for a frame and for translucent mask overlays (no SWT resources: callers own those). */
public final class OverlayImages {
    /** Overlay colours, one per track id (cycled): distinct hues that stay readable over video. */
    private static final RGB[] PALETTE = {new RGB(0, 200, 255), new RGB(255, 225, 25), new RGB(60, 220, 75),
        new RGB(255, 130, 0), new RGB(200, 60, 255), new RGB(255, 60, 160), new RGB(70, 240, 240),
        new RGB(230, 25, 75)};
    /** The mask being edited, not yet kept: magenta with a white outline, which stands out on most footage. */
    static final RGB PENDING = new RGB(255, 0, 200);
    static final RGB PENDING_EDGE = new RGB(255, 255, 255);
    private static final int FILL_ALPHA = 110;
    private static final int EDGE_ALPHA = 230;

    private OverlayImages() {
    }

    /** The default colour of a track when its label has none of its own. */
    public static RGB colorOf(int trackId) {
        return PALETTE[(trackId - 1) % PALETTE.length];
    }

    public static ImageData frame(RgbImage image) {
        return frame(image, 0, 100);
    }

    /**
     * The frame with brightness ({@code -100 .. 100}, added) and contrast (percent around mid grey) applied, for
     * display only.
     */
    static ImageData frame(RgbImage image, int brightness, int contrast) {
        int[] lut = new int[256];
        for (int v = 0; v < 256; v++) {
            lut[v] = Math.max(0, Math.min(255, (int) Math.round((v - 128) * contrast / 100.0 + 128 + brightness)));
        }
        ImageData data = new ImageData(image.width(), image.height(), 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        int[] row = new int[image.width()];
        byte[] rgb = image.rgb();
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                int i = (y * image.width() + x) * 3;
                row[x] = lut[rgb[i] & 0xff] << 16 | lut[rgb[i + 1] & 0xff] << 8 | lut[rgb[i + 2] & 0xff];
            }
            data.setPixels(0, y, image.width(), row, 0);
        }
        return data;
    }

    /** A colour fill with a stronger outline per mask, transparent elsewhere. */
    record Layer(BinaryMask mask, RGB color, RGB edgeColor) {
        Layer(BinaryMask mask, RGB color) {
            this(mask, color, color);
        }
    }

    private static int packed(RGB c) {
        return c.red << 16 | c.green << 8 | c.blue;
    }

    static ImageData overlay(int width, int height, List<Layer> layers) {
        return overlay(width, height, layers, false);
    }

    /** @param outlineOnly draw only each mask's outline, leaving the picture inside it visible */
    static ImageData overlay(int width, int height, List<Layer> layers, boolean outlineOnly) {
        ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        byte[] alpha = new byte[width * height];
        int[] pixels = new int[width * height];
        for (Layer layer : layers) {
            int color = packed(layer.color());
            int edgeColor = packed(layer.edgeColor());
            BinaryMask m = layer.mask();
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    if (!m.get(x, y)) {
                        continue;
                    }
                    boolean edge = !m.get(x - 1, y) || !m.get(x + 1, y) || !m.get(x, y - 1) || !m.get(x, y + 1);
                    if (outlineOnly && !edge) {
                        continue;
                    }
                    int i = y * width + x;
                    pixels[i] = edge ? edgeColor : color;
                    alpha[i] = (byte) (edge ? EDGE_ALPHA : FILL_ALPHA);
                }
            }
        }
        data.setPixels(0, 0, pixels.length, pixels, 0);
        data.alphaData = alpha;
        return data;
    }
}
