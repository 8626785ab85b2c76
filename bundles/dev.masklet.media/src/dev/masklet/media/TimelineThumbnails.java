package dev.masklet.media;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import dev.masklet.core.image.RgbImage;
import dev.masklet.media.internal.BoxScaler;

/**
 * Small pictures of frames for a timeline, decoded on one background thread and kept (least recently used out
 * first, at most {@code capacity}). Give it a {@link VideoSource} of its own (open the file a second time): then
 * filling the timeline never moves the editor's decoder away from the frame the user is on. It closes that source.
 *
 * <pre>{@code
 * TimelineThumbnails thumbs = new TimelineThumbnails(VideoSources.open(file), 160, 90, 256);
 * for (int frame : TimelineThumbnails.evenlySpaced(thumbs.frameCount(), 20))
 *     thumbs.thumbnail(frame).thenAccept(img -> display.asyncExec(() -> paint(frame, img)));
 * }</pre>
 */
public final class TimelineThumbnails implements AutoCloseable {
    private final VideoSource source;
    private final int width;
    private final int height;
    private final int capacity;
    private final LinkedHashMap<Integer, CompletableFuture<RgbImage>> thumbs = new LinkedHashMap<>(64, 0.75f, true);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "masklet-thumbnails");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    /**
     * @param source decoded for thumbnails only; closed by {@link #close()}
     * @param maxWidth, maxHeight the box a thumbnail fits in; the video's aspect ratio is kept, never enlarged
     * @param capacity most thumbnails kept
     */
    public TimelineThumbnails(VideoSource source, int maxWidth, int maxHeight, int capacity) {
        this.source = source;
        double scale = Math.min(1.0, Math.min((double) maxWidth / source.width(), (double) maxHeight / source.height()));
        this.width = Math.max(1, (int) Math.round(source.width() * scale));
        this.height = Math.max(1, (int) Math.round(source.height() * scale));
        this.capacity = Math.max(1, capacity);
    }

    public int frameCount() {
        return source.frameCount();
    }

    public int thumbnailWidth() {
        return width;
    }

    public int thumbnailHeight() {
        return height;
    }

    /**
     * The thumbnail of {@code frame}, completed on the background thread (at once when it is kept); completed
     * exceptionally with the {@link MediaException} when the frame cannot be decoded. Asking again for a frame in
     * progress returns the same future.
     */
    public synchronized CompletableFuture<RgbImage> thumbnail(int frame) {
        if (frame < 0 || frame >= source.frameCount()) {
            throw new IndexOutOfBoundsException("frame " + frame + " of " + source.frameCount());
        }
        CompletableFuture<RgbImage> known = thumbs.get(frame);
        if (known != null && !known.isCompletedExceptionally()) {
            return known;
        }
        CompletableFuture<RgbImage> future = new CompletableFuture<>();
        thumbs.put(frame, future);
        var it = thumbs.entrySet().iterator();
        while (thumbs.size() > capacity && it.hasNext()) {
            Map.Entry<Integer, CompletableFuture<RgbImage>> eldest = it.next();
            if (eldest.getKey() != frame) {
                eldest.getValue().cancel(false); // not yet decoded: not needed any more either
                it.remove();
            }
        }
        try {
            worker.execute(() -> compute(frame, future));
        } catch (RejectedExecutionException e) {
            future.completeExceptionally(new IllegalStateException("thumbnails closed"));
        }
        return future;
    }

    /** The thumbnail of {@code frame} if it is ready, else null (asks for nothing). */
    public synchronized RgbImage ifReady(int frame) {
        CompletableFuture<RgbImage> f = thumbs.get(frame);
        return f != null && f.isDone() && !f.isCompletedExceptionally() ? f.join() : null;
    }

    /** How many thumbnails are kept now (done or in progress). */
    public synchronized int size() {
        return thumbs.size();
    }

    private void compute(int frame, CompletableFuture<RgbImage> future) {
        if (future.isDone()) {
            return; // cancelled while waiting
        }
        try {
            future.complete(BoxScaler.shrink(source.frame(frame), width, height));
        } catch (MediaException | RuntimeException e) {
            future.completeExceptionally(e);
        }
    }

    /** {@code count} frame indexes spread evenly over {@code frameCount} frames, first and last included. */
    public static int[] evenlySpaced(int frameCount, int count) {
        int n = Math.max(1, Math.min(count, frameCount));
        int[] frames = new int[n];
        for (int i = 0; i < n; i++) {
            frames[i] = n == 1 ? 0 : (int) Math.round((double) i * (frameCount - 1) / (n - 1));
        }
        return frames;
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS); // let a decode in flight finish
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            thumbs.values().forEach(f -> f.cancel(false));
            thumbs.clear();
        }
        source.close();
    }
}
