package dev.masklet.ui.internal.editor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import org.eclipse.swt.widgets.Display;

import dev.masklet.core.image.RgbImage;
import dev.masklet.media.MediaException;
import dev.masklet.media.VideoSource;

/**
 * Play/Pause (P): shows frame after frame at the video's frame rate until the last frame or until stopped. The next
 * frame is read on a thread of its own (the editor's cached source usually has it at once) while the current one
 * is shown; the UI thread only shows frames and waits for a frame's time with {@link Display#timerExec}. Exactly one
 * read is in flight, so when decoding is slower than the frame rate frames are shown as fast as they come and no
 * work piles up on the UI thread. All methods but the reader's run on the UI thread.
 */
final class Playback {
    /** What playback drives: the editor. */
    interface Host {
        int frameIndex();

        /** Shows a frame read by playback (UI thread). */
        void show(int index, RgbImage frame);

        void playingChanged(boolean playing);

        void failed(String message);
    }

    /** Used when a source reports no frame rate. */
    private static final double DEFAULT_FPS = 25;

    private final Display display;
    private final VideoSource source;
    private final Host host;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "Masklet playback reader");
        t.setDaemon(true);
        return t;
    });
    private boolean playing;
    /** Raised by every start and stop: a frame read for an earlier run is dropped. */
    private int run;
    private long lastShownNanos;

    Playback(Display display, VideoSource source, Host host) {
        this.display = display;
        this.source = source;
        this.host = host;
    }

    boolean isPlaying() {
        return playing;
    }

    void toggle() {
        if (playing) {
            stop();
        } else {
            start();
        }
    }

    /** Plays from the shown frame, or from the first when the last one is shown. */
    void start() {
        int count = source.frameCount();
        if (playing || count <= 1) {
            return;
        }
        playing = true;
        run++;
        lastShownNanos = System.nanoTime();
        host.playingChanged(true);
        int from = host.frameIndex();
        read(run, from >= count - 1 ? 0 : from + 1, from);
    }

    void stop() {
        if (!playing) {
            return;
        }
        playing = false;
        run++;
        host.playingChanged(false);
    }

    /** The editor closes: no frame is shown any more; a read in flight finishes on its own. */
    void dispose() {
        playing = false;
        run++;
        reader.shutdown();
    }

    private long frameNanos() {
        double fps = source.fps();
        return Math.round(1e9 / (fps > 0 && Double.isFinite(fps) ? fps : DEFAULT_FPS));
    }

    /** Reads frame {@code index} off the UI thread; {@code after} is the frame shown when it was asked for. */
    private void read(int forRun, int index, int after) {
        try {
            reader.execute(() -> {
                RgbImage frame;
                try {
                    frame = source.frame(index);
                } catch (MediaException | RuntimeException e) {
                    String message = e.getMessage();
                    ui(() -> {
                        if (forRun == run) {
                            stop();
                            host.failed("Playback stopped: " + message);
                        }
                    });
                    return;
                }
                ui(() -> arrived(forRun, index, after, frame));
            });
        } catch (RejectedExecutionException closed) {
            // the editor is closing
        }
    }

    private void ui(Runnable r) {
        if (!display.isDisposed()) {
            display.asyncExec(r);
        }
    }

    private void arrived(int forRun, int index, int after, RgbImage frame) {
        if (forRun != run) {
            return;
        }
        long waitMillis = (lastShownNanos + frameNanos() - System.nanoTime()) / 1_000_000;
        if (waitMillis > 0) {
            display.timerExec((int) waitMillis, () -> present(forRun, index, after, frame));
        } else {
            present(forRun, index, after, frame); // decoding is the slower part: show it as soon as it is here
        }
    }

    private void present(int forRun, int index, int after, RgbImage frame) {
        if (forRun != run) {
            return;
        }
        int shown = host.frameIndex();
        if (shown != after) { // the user went to another frame meanwhile: go on from there
            if (shown >= source.frameCount() - 1) {
                stop();
            } else {
                read(forRun, shown + 1, shown);
            }
            return;
        }
        host.show(index, frame);
        lastShownNanos = System.nanoTime();
        if (index >= source.frameCount() - 1) {
            stop();
        } else {
            read(forRun, index + 1, index);
        }
    }
}
