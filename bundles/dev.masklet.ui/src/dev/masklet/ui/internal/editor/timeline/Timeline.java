package dev.masklet.ui.internal.editor.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.function.IntConsumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;

import dev.masklet.ui.MaskletUi;
import dev.masklet.ui.internal.editor.model.AnnotationSession;
import dev.masklet.ui.internal.editor.model.FrameMarks;
import dev.masklet.ui.internal.editor.render.KeyHints;

/**
 * The Play/Pause button (P) and the frame slider under the image: drag or click it to go to a frame; shows
 * "frame i / n", under it a row of thumbnails ({@link ThumbnailStrip}) and a strip of markers for prompted
 * (green), corrected (orange), uncertain (red, until reviewed) and reviewed (blue) frames and the shown frame
 * (white). Clicking the thumbnails or the markers goes to that frame; hovering the markers names what a frame is.
 */
public final class Timeline {
    private static final String PLAY = Messages.Timeline_play;
    private static final String PAUSE = Messages.Timeline_pause;
    private static final String LEGEND = Messages.Timeline_legend;
    private static final RGB PROMPTED = new RGB(60, 220, 75);
    private static final RGB CORRECTED = new RGB(255, 140, 0);
    /** Frames left to review: uncertain and not reviewed (also the thumbnails' frame). */
    static final RGB UNCERTAIN = new RGB(230, 30, 45);
    private static final RGB REVIEWED = new RGB(70, 130, 255);
    private final Button play;
    private final Scale scale;
    private final Label position;
    private final ThumbnailStrip thumbnails;
    private final Canvas markers;
    private final int frameCount;
    private final FrameMarks marks;
    private int shown;

    /** @param onPlay the Play/Pause button was pressed */
    public Timeline(Composite parent, AnnotationSession session, Runnable onPlay) {
        this.frameCount = session.frameCount();
        this.marks = session.marks();
        IntConsumer onSelect = session::goToFrame;
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        bar.setLayout(layout);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        play = new Button(bar, SWT.TOGGLE);
        play.setData(MaskletUi.WIDGET_ID_KEY, "playPause");
        play.setText(PAUSE);
        GridData playData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        playData.widthHint = play.computeSize(SWT.DEFAULT, SWT.DEFAULT).x; // the wider label: no jump when it changes
        play.setLayoutData(playData);
        play.setText(PLAY);
        KeyHints.tooltip(play, Messages.Timeline_playTip, MaskletUi.PLAY_COMMAND);
        play.setEnabled(frameCount > 1);
        play.addListener(SWT.Selection, e -> onPlay.run());
        scale = new Scale(bar, SWT.HORIZONTAL);
        scale.setData(MaskletUi.WIDGET_ID_KEY, "timeline");
        scale.setMinimum(0);
        scale.setMaximum(Math.max(1, frameCount - 1));
        scale.setIncrement(1);
        scale.setPageIncrement(Math.max(1, frameCount / 20));
        scale.setEnabled(frameCount > 1);
        scale.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        scale.addListener(SWT.Selection, e -> onSelect.accept(scale.getSelection()));
        position = new Label(bar, SWT.NONE);
        position.setData(MaskletUi.WIDGET_ID_KEY, "framePosition");
        position.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, false, false));
        new Label(bar, SWT.NONE); // the play button's column
        thumbnails = new ThumbnailStrip(bar, frameCount, onSelect, marks::toReview);
        new Label(bar, SWT.NONE); // the position label's column
        new Label(bar, SWT.NONE); // the play button's column
        markers = new Canvas(bar, SWT.DOUBLE_BUFFERED);
        markers.setData(MaskletUi.WIDGET_ID_KEY, "timelineMarkers");
        GridData md = new GridData(SWT.FILL, SWT.TOP, true, false);
        md.heightHint = 12;
        markers.setLayoutData(md);
        markers.addListener(SWT.Paint, e -> paintMarkers(e.gc));
        markers.addListener(SWT.MouseDown, e -> onSelect.accept(frameAt(e.x)));
        markers.addListener(SWT.MouseMove, e -> markers.setToolTipText(describe(frameAt(e.x))));
        markers.setToolTipText(LEGEND);
        show(0);
        session.addListener(change -> {
            if (play.isDisposed()) {
                return;
            }
            switch (change) {
                case FRAME -> show(session.frameIndex());
                case MARKS, PROJECT -> marksChanged();
                case PLAYBACK -> showPlaying(session.isPlaying());
                default -> {
                    // the timeline does not show it
                }
            }
        });
    }

    /** Starts filling the thumbnail row from a second copy of the media (a video file or a frame folder). */
    public void showThumbnails(java.nio.file.Path media) {
        thumbnails.open(media);
    }

    /** How many thumbnails are drawn now (for tests). */
    public int thumbnailsShown() {
        return thumbnails.painted();
    }

    /** Moves the slider without notifying (the editor already shows that frame). */
    private void show(int frame) {
        shown = frame;
        thumbnails.show(frame);
        scale.setSelection(frame);
        position.setText(NLS.bind(Messages.Timeline_position, frame + 1, frameCount));
        position.getParent().layout();
        markers.redraw();
    }

    /** The button shows Pause while playing (the editor starts and stops playback, also for the P key). */
    private void showPlaying(boolean playing) {
        play.setSelection(playing);
        play.setText(playing ? PAUSE : PLAY);
    }

    private void marksChanged() {
        markers.redraw();
        thumbnails.marksChanged();
    }

    private int frameAt(int x) {
        Rectangle r = markers.getClientArea();
        return frameCount <= 1 || r.width <= 0 ? 0 : Math.round((float) x * (frameCount - 1) / Math.max(1, r.width - 1));
    }

    private int xOf(int frame, int width) {
        return frameCount <= 1 ? 0 : (int) Math.round((double) frame * (width - 3) / (frameCount - 1));
    }

    private void paintMarkers(GC gc) {
        Rectangle r = markers.getClientArea();
        gc.setBackground(markers.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
        gc.fillRectangle(r);
        mark(gc, r, marks.toReview(), UNCERTAIN, 0, r.height);
        mark(gc, r, marks.prompted(), PROMPTED, 0, r.height - 4);
        mark(gc, r, marks.corrected(), CORRECTED, 0, r.height - 4);
        mark(gc, r, marks.reviewed(), REVIEWED, r.height - 4, 4);
        gc.setBackground(markers.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(xOf(shown, r.width), 0, 3, 3);
    }

    /** Marks frames, each as wide as its share of the strip (at least 3 pixels), centred on its place. */
    private void mark(GC gc, Rectangle r, SortedSet<Integer> frames, RGB rgb, int y, int h) {
        Color c = new Color(rgb);
        gc.setBackground(c);
        int w = frameCount <= 1 ? r.width : Math.max(3, (r.width - 3) / (frameCount - 1) - 1);
        for (int f : frames) {
            int x = Math.max(0, Math.min(r.width - w, xOf(f, r.width) + 1 - w / 2));
            gc.fillRectangle(x, y, w, h);
        }
        c.dispose();
    }

    /** The tooltip over a frame's marker: what the frame is, then the legend. */
    private String describe(int frame) {
        List<String> what = new ArrayList<>();
        if (marks.prompted().contains(frame)) {
            what.add(Messages.Timeline_prompted);
        }
        if (marks.corrected().contains(frame)) {
            what.add(Messages.Timeline_corrected);
        }
        if (marks.uncertain().contains(frame)) {
            what.add(Messages.Timeline_uncertain);
        }
        if (marks.reviewed().contains(frame)) {
            what.add(Messages.Timeline_reviewed);
        }
        return (what.isEmpty() ? NLS.bind(Messages.Timeline_frame, frame + 1)
                : NLS.bind(Messages.Timeline_frameIs, frame + 1, String.join(", ", what))) + "\n" + LEGEND;
    }
}
