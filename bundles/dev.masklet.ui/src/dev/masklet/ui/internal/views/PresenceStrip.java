package dev.masklet.ui.internal.views;

import org.eclipse.jface.viewers.OwnerDrawLabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;

import dev.masklet.core.model.TrackedObject;
import dev.masklet.ui.internal.editor.model.ObjectState;
import dev.masklet.ui.internal.editor.render.LabelColors;

/**
 * The Objects view's presence column: the whole video as a bar, the frames where the object has a mask drawn in its
 * colour, the frames whose tracking result is uncertain in red on top (the timeline's red), and the shown frame as a
 * dark tick, so gaps and doubtful stretches are seen without stepping through the video.
 */
final class PresenceStrip extends OwnerDrawLabelProvider {
    /** The frame count and shown frame of the active video; a frame count of 0 draws nothing. */
    interface Video {
        int frameCount();

        int shownFrame();
    }

    private final Video video;
    private final Color background;
    private final Color uncertain;

    PresenceStrip(Table table, Video video) {
        this.video = video;
        background = new Color(230, 230, 230);
        uncertain = new Color(220, 40, 40);
        table.addListener(SWT.Dispose, e -> {
            background.dispose();
            uncertain.dispose();
        });
    }

    @Override
    protected void measure(Event event, Object element) {
        // the row height of the text columns is kept
    }

    @Override
    protected void erase(Event event, Object element) {
        event.detail &= ~SWT.FOREGROUND; // no text: the strip is all there is
    }

    @Override
    protected void paint(Event event, Object element) {
        int frames = video.frameCount();
        if (frames <= 0 || !(element instanceof TrackedObject o)) {
            return;
        }
        Table table = (Table) event.widget;
        Rectangle cell = ((org.eclipse.swt.widgets.TableItem) event.item).getBounds(event.index);
        int x0 = cell.x + 3;
        int w = Math.max(1, cell.width - 6);
        int y = cell.y + cell.height / 4;
        int h = Math.max(2, cell.height / 2);
        GC gc = event.gc;
        Color old = gc.getBackground();
        gc.setBackground(background);
        gc.fillRectangle(x0, y, w, h);
        Color own = new Color(LabelColors.of(o.label(), o.trackId()));
        try {
            gc.setBackground(own);
            for (int f : o.masks().keySet()) {
                gc.fillRectangle(x(x0, w, frames, f), y, Math.max(1, x(x0, w, frames, f + 1) - x(x0, w, frames, f)), h);
            }
        } finally {
            own.dispose();
        }
        gc.setBackground(uncertain);
        o.trackingConfidences().forEach((f, c) -> {
            if (ObjectState.uncertain(c)) {
                gc.fillRectangle(x(x0, w, frames, f), y, Math.max(2, x(x0, w, frames, f + 1) - x(x0, w, frames, f)),
                        h);
            }
        });
        gc.setBackground(table.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.fillRectangle(x(x0, w, frames, video.shownFrame()), cell.y + 2, 1, cell.height - 4);
        gc.setBackground(old);
    }

    /** Where frame {@code f} starts on a strip of {@code w} pixels from {@code x0}. */
    private static int x(int x0, int w, int frames, int f) {
        return x0 + (int) ((long) f * w / frames);
    }
}
