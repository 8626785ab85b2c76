package dev.masklet.engine.onnx.internal;

import java.util.ArrayList;
import java.util.List;

import dev.masklet.engine.Prompt;

/**
 * A prompt as SAM's prompt decoder takes it: point coordinates in the encoder's input pixels ({@code x, y} pairs) and
 * a label per point: 1 positive, 0 negative, 2 and 3 a box's corners, and -1 for the padding point the decoder
 * expects when there is no box.
 */
record DecoderPrompt(float[] coords, float[] labels) {

    /** {@code prompt}'s points and box, with image coordinates scaled by {@code scale} to the encoder's input. */
    static DecoderPrompt of(Prompt prompt, double scale) {
        List<float[]> points = new ArrayList<>();
        for (Prompt.Point p : prompt.points()) {
            points.add(new float[] {(float) (p.x() * scale), (float) (p.y() * scale), p.positive() ? 1f : 0f});
        }
        Prompt.Box b = prompt.box();
        if (b != null) {
            points.add(new float[] {(float) (b.x0() * scale), (float) (b.y0() * scale), 2f});
            points.add(new float[] {(float) (b.x1() * scale), (float) (b.y1() * scale), 3f});
        } else {
            points.add(new float[] {0f, 0f, -1f});
        }
        int n = points.size();
        float[] coords = new float[2 * n];
        float[] labels = new float[n];
        for (int i = 0; i < n; i++) {
            float[] p = points.get(i);
            coords[2 * i] = p[0];
            coords[2 * i + 1] = p[1];
            labels[i] = p[2];
        }
        return new DecoderPrompt(coords, labels);
    }

    /** How many points the decoder gets, padding or box corners included. */
    int size() {
        return labels.length;
    }
}
