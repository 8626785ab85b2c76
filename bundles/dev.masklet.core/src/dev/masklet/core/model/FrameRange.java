package dev.masklet.core.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Frames {@code first} to {@code last}, both included, 0-based, {@code first <= last}: the one frame-range type of
 * the export, the command line and the workbench. Text comes in two conventions, each parsed by its own method:
 * the command line's {@code A:B} with 0-based frame numbers ({@link #parseZeroBased}) and the workbench's
 * {@code first-last} with the 1-based numbers it shows ({@link #parseOneBased}).
 */
public record FrameRange(int first, int last) {
    /** The {@code last} of a range whose end was left open ({@code A:}); {@link #clip} cuts it to the video. */
    public static final int OPEN_END = Integer.MAX_VALUE;

    private static final Pattern ZERO_BASED = Pattern.compile("(\\d*)\\s*(:)?\\s*(\\d*)");
    private static final Pattern ONE_BASED = Pattern.compile("(\\d+)\\s*-\\s*(\\d+)");

    public FrameRange {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("a frame range needs 0 <= first <= last, got " + first + ":" + last);
        }
    }

    /** Every frame of a video of {@code frameCount} frames. */
    public static FrameRange all(int frameCount) {
        return new FrameRange(0, frameCount - 1);
    }

    /**
     * The command line's convention, 0-based: {@code A:B} (both included), {@code A:} (from A to the end: {@code last}
     * is {@link #OPEN_END}), {@code :B} (from frame 0), or a single frame {@code A}.
     *
     * @throws IllegalArgumentException naming the text when it is not such a range or A comes after B
     */
    public static FrameRange parseZeroBased(String text) {
        Matcher m = ZERO_BASED.matcher(text.strip());
        boolean colon = m.matches() && m.group(2) != null;
        if (!m.matches() || (!colon && m.group(1).isEmpty()) || (!colon && !m.group(3).isEmpty())) {
            throw new IllegalArgumentException("a frame range is A:B with frame numbers, got '" + text + "'");
        }
        try {
            int a = m.group(1).isEmpty() ? 0 : Integer.parseInt(m.group(1));
            int b = !colon ? a : m.group(3).isEmpty() ? OPEN_END : Integer.parseInt(m.group(3));
            if (a > b) {
                throw new IllegalArgumentException("the frame range " + text.strip()
                        + " is empty (its first frame comes after its last)");
            }
            return new FrameRange(a, b);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a frame range is A:B with frame numbers, got '" + text + "'", e);
        }
    }

    /**
     * The command line's convention ({@link #parseZeroBased(String)}) for a media of {@code frameCount} frames, as
     * {@code masklet-cli track --range} and the batch job's {@code range} read it: no text (null) is every frame, an
     * open end ({@code A:}) runs to the last frame.
     *
     * @throws IllegalArgumentException naming the text when it is not such a range or A comes after B
     * @throws IndexOutOfBoundsException when a frame it names is beyond the media; the message says which frames
     *         there are ({@code its frames are 0..N}) for the caller to put after its own words
     */
    public static FrameRange parseZeroBased(String text, int frameCount) {
        if (text == null) {
            return all(frameCount);
        }
        FrameRange range = parseZeroBased(text);
        FrameRange inside = range.clip(frameCount);
        if (inside == null || (range.last() != OPEN_END && range.last() >= frameCount)) {
            throw new IndexOutOfBoundsException("its frames are 0.." + (frameCount - 1));
        }
        return inside;
    }

    /**
     * The workbench's convention: {@code first-last} with the 1-based frame numbers it shows, both in
     * {@code 1..frameCount}; {@code last} may come before {@code first} (tracking backward).
     *
     * @return the two frames 0-based, in the order given ({@code {first, last}}), or null when the text is not a
     *         range inside the video
     */
    public static int[] parseOneBased(String text, int frameCount) {
        Matcher m = ONE_BASED.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            return a >= 1 && b >= 1 && a <= frameCount && b <= frameCount ? new int[] {a - 1, b - 1} : null;
        } catch (NumberFormatException e) {
            return null;
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

    /** The command line's form, {@code A:B}. */
    @Override
    public String toString() {
        return first + ":" + last;
    }
}
