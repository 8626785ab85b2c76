package dev.masklet.engine.onnx.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import dev.masklet.core.image.RgbImage;
import dev.masklet.engine.EngineCancelledException;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.FrameKey;
import dev.masklet.engine.ImageEmbedding;

/**
 * The embeddings of the most recently used frames (least recently used evicted first) and a background thread
 * that encodes frames ahead of need. A frame queued or being encoded in the background is waited for by
 * {@link #get}, never encoded twice. Thread-safe.
 */
public final class EmbeddingCache implements AutoCloseable {
    /** Runs the image encoder. */
    public interface Encoder {
        /**
         * @param cancelled polled while the encoder runs; when it turns true the encoding stops with
         *            {@link EngineCancelledException}
         */
        ImageEmbedding encode(RgbImage image, BooleanSupplier cancelled) throws EngineException;
    }

    private static final BooleanSupplier NEVER = () -> false;

    private final int capacity;
    private final Encoder encoder;
    private final LinkedHashMap<FrameKey, ImageEmbedding> embeddings = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<FrameKey, Future<ImageEmbedding>> queued = new HashMap<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "masklet-embedding-prefetch");
        t.setDaemon(true); // never keeps the VM alive
        t.setPriority(Thread.NORM_PRIORITY - 1); // the frame the user looks at comes first
        return t;
    });

    public EmbeddingCache(int capacity, Encoder encoder) {
        if (capacity < 1) {
            throw new IllegalArgumentException("an embedding cache holds at least one frame, got " + capacity);
        }
        this.capacity = capacity;
        this.encoder = encoder;
    }

    public int capacity() {
        return capacity;
    }

    /** The frame's embedding from the cache, from its background encoding, or encoded now on the caller's thread. */
    public ImageEmbedding get(FrameKey key, RgbImage image) throws EngineException {
        return get(key, image, NEVER);
    }

    /**
     * {@link #get(FrameKey, RgbImage)} that gives up when {@code cancelled} turns true, while waiting for a
     * background encoding (which goes on and is kept) or while encoding (which stops; nothing is cached).
     */
    public ImageEmbedding get(FrameKey key, RgbImage image, BooleanSupplier cancelled) throws EngineException {
        Future<ImageEmbedding> pending;
        synchronized (this) {
            ImageEmbedding cached = embeddings.get(key);
            if (cached != null) {
                return cached;
            }
            pending = queued.get(key);
        }
        if (pending != null) {
            try {
                while (true) {
                    if (cancelled.getAsBoolean()) {
                        throw new EngineCancelledException("waiting for the encoding of " + key + " cancelled");
                    }
                    try {
                        return pending.get(CancellableRun.POLL_MILLIS, TimeUnit.MILLISECONDS);
                    } catch (TimeoutException e) {
                        // still encoding: look at the cancellation again
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EngineException("interrupted while waiting for the background encoding of " + key, e);
            } catch (CancellationException | ExecutionException e) {
                // cancelled, or it failed: encode here, so the failure (if any) reaches the caller
            }
        }
        if (cancelled.getAsBoolean()) {
            throw new EngineCancelledException("encoding of " + key + " cancelled");
        }
        ImageEmbedding fresh = encoder.encode(image, cancelled);
        store(key, fresh);
        return fresh;
    }

    /** Queues the frame for background encoding unless it is cached or queued; returns at once. */
    public synchronized void prefetch(FrameKey key, RgbImage image) {
        if (embeddings.containsKey(key) || queued.containsKey(key) || background.isShutdown()) {
            return;
        }
        queued.put(key, background.submit(() -> {
            try {
                ImageEmbedding e = encoder.encode(image, NEVER);
                store(key, e);
                return e;
            } finally {
                synchronized (EmbeddingCache.this) {
                    queued.remove(key);
                }
            }
        }));
    }

    /** Drops queued encodings that have not started; one that is running finishes and is kept. */
    public synchronized void cancelQueued() {
        for (Future<ImageEmbedding> f : new ArrayList<>(queued.values())) {
            f.cancel(false);
        }
        queued.values().removeIf(Future::isCancelled);
    }

    /** Frames in the cache, least recently used first. */
    public synchronized List<FrameKey> cachedFrames() {
        return List.copyOf(embeddings.keySet());
    }

    public synchronized void clear() {
        cancelQueued();
        embeddings.clear();
    }

    private synchronized void store(FrameKey key, ImageEmbedding embedding) {
        embeddings.put(key, embedding);
        var eldestFirst = embeddings.entrySet().iterator();
        while (embeddings.size() > capacity && eldestFirst.hasNext()) {
            eldestFirst.next();
            eldestFirst.remove();
        }
    }

    /** Stops the background thread; a running encoding finishes first (the caller's model lock waits for it). */
    @Override
    public void close() {
        synchronized (this) {
            cancelQueued();
            embeddings.clear();
        }
        background.shutdown();
    }
}
