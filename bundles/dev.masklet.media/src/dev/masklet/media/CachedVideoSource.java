package dev.masklet.media;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.masklet.core.image.RgbImage;

/**
 * A video source with a bounded cache of decoded frames (least recently used out first, bounded in bytes, not
 * frames, so 4K and 480p videos get the same memory) and background prefetch of the frames after the one asked
 * for, so stepping through a video does not wait for the decoder.
 */
public final class CachedVideoSource implements VideoSource {
    /** Frames decoded ahead of the one asked for, by default: stepping with a/d does not wait for the decoder. */
    public static final int DEFAULT_PREFETCH = 8;

    private final VideoSource source;
    private final long budgetBytes;
    private final int prefetch;
    private final LinkedHashMap<Integer, RgbImage> cache = new LinkedHashMap<>(16, 0.75f, true);
    private final ExecutorService prefetcher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "masklet-frame-prefetch");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    private long bytes;

    /**
     * @param budgetBytes most bytes of decoded frames kept (at least one frame is always kept)
     * @param prefetch how many frames after each requested one to decode in the background
     */
    public CachedVideoSource(VideoSource source, long budgetBytes, int prefetch) {
        this.source = source;
        this.budgetBytes = budgetBytes;
        this.prefetch = prefetch;
    }

    /**
     * A cache of {@link MediaSettings#frameCacheMb()} (the preference, or {@code -Dmasklet.media.frameCacheMb})
     * reading {@link #DEFAULT_PREFETCH} frames ahead.
     */
    public static CachedVideoSource withSettings(VideoSource source) {
        return new CachedVideoSource(source, MediaSettings.frameCacheBytes(), DEFAULT_PREFETCH);
    }

    /** Size of the cache in bytes. */
    public long budgetBytes() {
        return budgetBytes;
    }

    @Override
    public RgbImage frame(int index) throws MediaException {
        RgbImage image = cached(index);
        if (image == null) {
            image = source.frame(index);
            put(index, image);
        }
        schedulePrefetch(index);
        return image;
    }

    /** Whether a frame is in the cache now (for tests and the timeline). */
    public synchronized boolean isCached(int index) {
        return cache.containsKey(index);
    }

    /** Bytes of decoded frames held now. */
    public synchronized long cachedBytes() {
        return bytes;
    }

    private synchronized RgbImage cached(int index) {
        return cache.get(index);
    }

    private synchronized void put(int index, RgbImage image) {
        if (cache.put(index, image) == null) {
            bytes += image.rgb().length;
        }
        var it = cache.entrySet().iterator();
        while (bytes > budgetBytes && cache.size() > 1 && it.hasNext()) {
            Map.Entry<Integer, RgbImage> eldest = it.next();
            if (eldest.getKey() == index) {
                continue;
            }
            bytes -= eldest.getValue().rgb().length;
            it.remove();
        }
    }

    private void schedulePrefetch(int index) {
        if (prefetcher.isShutdown()) {
            return;
        }
        for (int i = index + 1; i <= Math.min(index + prefetch, frameCount() - 1); i++) {
            int next = i;
            try {
                prefetcher.execute(() -> {
                    if (!isCached(next)) {
                        try {
                            put(next, source.frame(next));
                        } catch (MediaException | RuntimeException e) {
                            // prefetch is a guess; the frame is decoded (and its error reported) when asked for
                        }
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                return; // closed meanwhile
            }
        }
    }

    @Override
    public int frameCount() {
        return source.frameCount();
    }

    @Override
    public double fps() {
        return source.fps();
    }

    @Override
    public long timestampMicros(int index) {
        return source.timestampMicros(index);
    }

    @Override
    public int frameAt(long micros) {
        return source.frameAt(micros);
    }

    @Override
    public int width() {
        return source.width();
    }

    @Override
    public int height() {
        return source.height();
    }

    @Override
    public String codec() {
        return source.codec();
    }

    @Override
    public int rotation() {
        return source.rotation();
    }

    @Override
    public void close() {
        prefetcher.shutdownNow();
        synchronized (this) {
            cache.clear();
            bytes = 0;
        }
        source.close();
    }
}
