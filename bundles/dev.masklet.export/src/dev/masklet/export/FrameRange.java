package dev.masklet.export;

/** Frames {@code first} to {@code last}, both included, 0-based. */
public record FrameRange(int first, int last) {
    public FrameRange {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("a frame range needs 0 <= first <= last, got " + first + ":" + last);
        }
    }

    /**
     * Parses {@code A:B} (both included), {@code A:} (from A to the end, {@code last} = Integer.MAX_VALUE),
     * {@code :B} or a single frame {@code A}.
     */
    public static FrameRange parse(String text) {
        String t = text.strip();
        try {
            int colon = t.indexOf(':');
            if (colon < 0) {
                int f = Integer.parseInt(t);
                return new FrameRange(f, f);
            }
            String a = t.substring(0, colon).strip();
            String b = t.substring(colon + 1).strip();
            return new FrameRange(a.isEmpty() ? 0 : Integer.parseInt(a),
                    b.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(b));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a frame range is A:B with frame numbers, got '" + text + "'", e);
        }
    }

    public boolean contains(int frame) {
        return frame >= first && frame <= last;
    }

    /** This range cut to the frames {@code 0 .. frameCount - 1}, or null when nothing is left. */
    public FrameRange clip(int frameCount) {
        int l = Math.min(last, frameCount - 1);
        return first > l ? null : new FrameRange(first, l);
    }

    public int length() {
        return last - first + 1;
    }

    @Override
    public String toString() {
        return first + ":" + last;
    }
}
