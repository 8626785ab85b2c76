package dev.masklet.media.internal;

/**
 * How large a decoded frame may be. A decoded RGB frame is one Java array (at most 2^31 - 1 bytes), and every
 * consumer (cache, editor, engine) holds a few of them, so a frame may take at most a quarter of the heap. 8K
 * (7680 x 4320, 100 MB as RGB) fits the default heap; a frame beyond the limit is refused when the file is opened,
 * with a message naming the size, instead of an OutOfMemoryError somewhere later.
 */
public final class FrameSizeLimit {
    private FrameSizeLimit() {
    }

    /** The most bytes one decoded frame may take with {@code maxHeap} bytes of heap. */
    public static long maxFrameBytes(long maxHeap) {
        return Math.min(Integer.MAX_VALUE - 16L, maxHeap / 4);
    }

    /** {@code null} when a {@code width} x {@code height} RGB frame fits, else why not (for the user). */
    public static String problem(int width, int height, long maxHeap) {
        long bytes = 3L * width * height;
        if (bytes <= maxFrameBytes(maxHeap)) {
            return null;
        }
        return "has " + width + "x" + height + " frames (" + (bytes >> 20) + " MB each decoded), more than "
                + (maxFrameBytes(maxHeap) >> 20) + " MB per frame that this Java heap allows"
                + " (raise MASKLET_HEAP or -Xmx)";
    }
}
