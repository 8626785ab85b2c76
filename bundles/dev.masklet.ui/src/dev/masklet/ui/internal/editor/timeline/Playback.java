package dev.masklet.ui.internal.editor.timeline;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import dev.masklet.core.image.RgbImage;
import dev.masklet.media.MediaException;
import dev.masklet.media.VideoSource;
import dev.masklet.ui.internal.editor.model.AnnotationSession;
import dev.masklet.ui.internal.editor.model.SessionChange;

/**
 * Play/Pause (P): shows frame after frame at the video's frame rate until the last frame or until stopped. The next
 * frame is read on a thread of its own (the editor's cached source usually has it at once) while the current one
 * is shown; the UI thread only shows frames and waits for a frame's time with {@link Display#timerExec}. Exactly one
 * read is in flight, so when decoding is slower than the frame rate frames are shown as fast as they come and no
 * work piles up on the UI thread. All methods but the reader's run on the UI thread.
 */
public final class Playback {
    /** Used when a source reports no frame rate. */
    private static final double DEFAULT_FPS = 25;

    private final Display display;
    private final VideoSource source;
    private final AnnotationSession session;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "Masklet playback reader");
        t.setDaemon(true);
        return t;
    });
    private boolean playing;
    /** Raised by every start and stop: a frame read for an earlier run is dropped. */
    private int run;
    private long lastShownNanos;

    /** Plays the session's video; a prompt stops it. */
    public Playback(Display display, AnnotationSession session) {
        this.display = display;
        this.source = session.source();
        this.session = session;
        session.addListener(change -> {
            if (change == SessionChange.PROMPTS) {
                stop();
            }
        });
    }

    public boolean isPlaying() {
        return playing;
    }

    public void toggle() {
        if (playing) {
            stop();
        } else {
            start();
        }
    }

    /** Plays from the shown frame, or from the first when the last one is shown. */
    public void start() {
        int count = source.frameCount();
        if (playing || count <= 1) {
            return;
        }
        playing = true;
        run++;
        lastShownNanos = System.nanoTime();
        playingChanged(true);
        int from = session.frameIndex();
        read(run, from >= count - 1 ? 0 : from + 1, from);
    }

    public void stop() {
        if (!playing) {
            return;
        }
        playing = false;
        run++;
        playingChanged(false);
    }

    /** The editor closes: no frame is shown any more; a read in flight finishes on its own. */
    public void dispose() {
        playing = false;
        run++;
        reader.shutdown();
    }

    private void playingChanged(boolean on) {
        session.setPlaying(on);
        session.setStatus(on ? Messages.Playback_playing : NLS.bind(Messages.Playback_stopped,
                session.frameIndex() + 1));
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
                            session.setStatus(NLS.bind(Messages.Playback_failed, message));
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
        int shown = session.frameIndex();
        if (shown != after) { // the user went to another frame meanwhile: go on from there
            if (shown >= source.frameCount() - 1) {
                stop();
            } else {
                read(forRun, shown + 1, shown);
            }
            return;
        }
        session.showFrame(index, frame);
        lastShownNanos = System.nanoTime();
        if (index >= source.frameCount() - 1) {
            stop();
        } else {
            read(forRun, index + 1, index);
        }
    }
}
