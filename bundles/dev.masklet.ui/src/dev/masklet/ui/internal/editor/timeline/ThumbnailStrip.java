package dev.masklet.ui.internal.editor.timeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

import dev.masklet.core.image.RgbImage;
import dev.masklet.media.FrameFolderSource;
import dev.masklet.media.MediaException;
import dev.masklet.media.TimelineThumbnails;
import dev.masklet.media.VideoSource;
import dev.masklet.media.VideoSources;
import dev.masklet.ui.internal.editor.render.OverlayImages;

/**
 * The row of frame thumbnails in the timeline: as many as fit side by side, evenly spaced over the video, decoded
 * in the background from a second copy of the video (so the editor's decoder stays on the shown frame) and drawn
 * as they arrive. A white frame marks the shown frame's place, a red frame each thumbnail of a frame left to review
 * (uncertain, not reviewed); a click goes to the frame under the pointer.
 */
final class ThumbnailStrip {
    static final int HEIGHT = 40;
    /** Most thumbnails kept by the decoder side: more than fit on any screen, a few MB. */
    private static final int CAPACITY = 512;

    private final Canvas canvas;
    private final Display display;
    private final int frameCount;
    private final IntPredicate toReview;
    private final Color uncertain = new Color(Timeline.UNCERTAIN);
    /** SWT images of the thumbnails drawn now (UI thread only); others are disposed after each paint. */
    private final Map<Integer, Image> images = new HashMap<>();
    /** Frames asked for and not yet decoded (UI thread only), so that each is asked for once. */
    private final Set<Integer> requested = new HashSet<>();
    private TimelineThumbnails thumbs;
    private int shown;
    private int painted;

    ThumbnailStrip(Composite parent, int frameCount, IntConsumer onSelect, IntPredicate toReview) {
        this.frameCount = frameCount;
        this.toReview = toReview;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        display = canvas.getDisplay();
        canvas.setData(dev.masklet.ui.MaskletUi.WIDGET_ID_KEY, "timelineThumbnails");
        GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false);
        gd.heightHint = HEIGHT;
        canvas.setLayoutData(gd);
        canvas.addListener(SWT.Paint, e -> paint(e.gc));
        canvas.addListener(SWT.MouseDown, e -> onSelect.accept(frameAt(e.x)));
        canvas.addListener(SWT.Dispose, e -> dispose());
    }

    /**
     * Opens the media a second time in a background job and starts showing thumbnails; if it cannot be opened the
     * strip stays empty (the editor already reports what is wrong with the video).
     */
    void open(Path media) {
        Job job = Job.create(Messages.ThumbnailStrip_job, (IProgressMonitor monitor) -> {
            TimelineThumbnails opened;
            try {
                VideoSource own = Files.isDirectory(media) ? FrameFolderSource.open(media) : VideoSources.open(media);
                opened = new TimelineThumbnails(own, HEIGHT * 4, HEIGHT, CAPACITY);
            } catch (MediaException | RuntimeException e) {
                return Status.OK_STATUS;
            }
            if (display.isDisposed()) {
                opened.close();
                return Status.OK_STATUS;
            }
            display.asyncExec(() -> {
                if (canvas.isDisposed()) {
                    closeInBackground(opened);
                } else {
                    thumbs = opened;
                    canvas.redraw();
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    void show(int frame) {
        shown = frame;
        canvas.redraw();
    }

    /** The frames to review changed. */
    void marksChanged() {
        canvas.redraw();
    }

    /** How many thumbnails the last paint drew (for tests). */
    int painted() {
        return painted;
    }

    private int frameAt(int x) {
        Rectangle r = canvas.getClientArea();
        return frameCount <= 1 || r.width <= 0 ? 0 : Math.round((float) x * (frameCount - 1) / Math.max(1, r.width - 1));
    }

    private void paint(GC gc) {
        Rectangle r = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.fillRectangle(r);
        painted = 0;
        TimelineThumbnails t = thumbs;
        if (t == null || r.width <= 0 || t.frameCount() <= 0) {
            return;
        }
        int[] frames = TimelineThumbnails.evenlySpaced(t.frameCount(),
                Math.max(1, r.width / t.thumbnailWidth()));
        Set<Integer> wanted = new HashSet<>();
        for (int i = 0; i < frames.length; i++) {
            wanted.add(frames[i]);
            Image img = image(t, frames[i]);
            if (img != null) {
                int slot = r.width / frames.length; // centred in its slot (short videos leave gaps)
                int x = i * r.width / frames.length + Math.max(0, slot - t.thumbnailWidth()) / 2;
                int y = (r.height - t.thumbnailHeight()) / 2;
                gc.drawImage(img, x, y);
                if (toReview.test(frames[i])) {
                    gc.setForeground(uncertain);
                    gc.setLineWidth(3);
                    gc.drawRectangle(x + 1, y + 1, t.thumbnailWidth() - 3, t.thumbnailHeight() - 3);
                }
                painted++;
            }
        }
        for (Iterator<Map.Entry<Integer, Image>> it = images.entrySet().iterator(); it.hasNext();) {
            Map.Entry<Integer, Image> e = it.next();
            if (!wanted.contains(e.getKey())) { // the strip was resized: other frames are shown now
                e.getValue().dispose();
                it.remove();
            }
        }
        int x = frameCount <= 1 ? 0 : (int) Math.round((double) shown * (r.width - 3) / (frameCount - 1));
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.setLineWidth(2);
        gc.drawRectangle(x, 1, 2, r.height - 2);
    }

    /** The SWT image of a frame's thumbnail if it is decoded; otherwise asks for it once and returns null. */
    private Image image(TimelineThumbnails t, int frame) {
        Image known = images.get(frame);
        if (known != null) {
            return known;
        }
        RgbImage ready = t.ifReady(frame);
        if (ready != null) {
            requested.remove(frame);
            Image img = new Image(display, OverlayImages.frame(ready));
            images.put(frame, img);
            return img;
        }
        if (requested.add(frame)) {
            t.thumbnail(frame).whenComplete((img, error) -> redrawLater(frame, error));
        }
        return null;
    }

    /** Called on the decoder's thread: repaint when a thumbnail arrives; a cancelled one may be asked for again. */
    private void redrawLater(int frame, Throwable error) {
        if (display.isDisposed()) {
            return;
        }
        Throwable cause = error instanceof CompletionException c && c.getCause() != null ? c.getCause() : error;
        display.asyncExec(() -> {
            if (canvas.isDisposed()) {
                return;
            }
            if (cause instanceof CancellationException) {
                requested.remove(frame); // evicted before it was decoded
            } else if (cause == null) {
                canvas.redraw();
            } // a frame that cannot be decoded stays requested: its slot stays empty and it is not asked again
        });
    }

    private void dispose() {
        images.values().forEach(Image::dispose);
        images.clear();
        if (thumbs != null) {
            closeInBackground(thumbs);
            thumbs = null;
        }
    }

    /** Closing waits for a decode in flight: never on the UI thread. */
    private static void closeInBackground(TimelineThumbnails t) {
        Job job = Job.create(Messages.ThumbnailStrip_closeJob, (IProgressMonitor monitor) -> {
            t.close();
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }
}
