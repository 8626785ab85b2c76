package dev.masklet.ui.internal.editor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.operations.UndoRedoActionGroup;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.EditorPart;

import dev.masklet.core.image.RgbImage;
import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.core.settings.MaskletPreferences;
import dev.masklet.core.store.AutosaveService;
import dev.masklet.core.store.ProjectStore;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.ImageEmbedding;
import dev.masklet.engine.MaskPrediction;
import dev.masklet.engine.Prompt;
import dev.masklet.engine.SegmentationEngine;
import dev.masklet.engine.TrackedFrame;
import dev.masklet.media.MediaException;
import dev.masklet.ui.MaskletUi;

/**
 * The mask overlay editor: shows a frame, turns clicks into a mask through the segmentation service and keeps
 * masks as labelled objects. Encoding and decoding run in Eclipse Jobs; the UI thread only paints.
 */
public final class MaskOverlayEditor extends EditorPart {
    /** Serialises model calls of this editor so that clicks are answered in order. */
    private static final class EngineRule implements ISchedulingRule {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    }

    private final EngineRule engineRule = new EngineRule();
    private final PromptState prompts = new PromptState();
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    private EngineAccess engines;
    private VideoEditorInput video;
    private int frameIndex;
    private RgbImage frame;
    private volatile ImageEmbedding embedding;
    private volatile String status = "";
    private Canvas canvas;
    private Label statusLabel;
    private Timeline timeline;
    /** Tracked frames between autosaves during a tracking run. */
    private static final int AUTOSAVE_FRAMES = 10;
    private TrackingJob tracking;
    private Tracker tracker;
    private final IUndoContext undoContext = new ObjectUndoContext(this);
    /** The tracking run's edit, filled as frames arrive and put on the history when the run ends. */
    private MaskEdit trackingEdit;
    /** Objects given a prompt with F on the shown frame since the last Ctrl+M. */
    private final java.util.Set<Integer> promptedHere = new java.util.HashSet<>();
    private int framesSinceSave;
    /** Pixels the pointer must travel with the left button down before a click becomes a box. */
    private static final int DRAG_THRESHOLD = 6;
    private Point dragStart;
    private Point dragEnd;
    private Image frameImage;
    private Image overlayImage;
    /** Saves changed frames on the preference's interval, on frame change and on close (edits also save at once). */
    private AutosaveService autosave;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof VideoEditorInput v)) {
            throw new PartInitException("The mask overlay editor opens videos only");
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        video = v;
        engines = new EngineAccess();
        tracker = new Tracker(v.source());
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        root.setLayout(layout);
        canvas = new Canvas(root, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.setData(MaskletUi.WIDGET_ID_KEY, "maskCanvas");
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas.addListener(SWT.Paint, e -> paint(e.gc));
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, this::mouseUp);
        canvas.addListener(SWT.Resize, e -> canvas.redraw());
        timeline = new Timeline(root, video.source().frameCount(), this::goToFrame);
        statusLabel = new Label(root, SWT.NONE);
        statusLabel.setData(MaskletUi.WIDGET_ID_KEY, "editorStatus");
        statusLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        getSite().getService(IContextService.class).activateContext(MaskletUi.ANNOTATION_CONTEXT_ID);
        new UndoRedoActionGroup(getSite(), undoContext, true).fillActionBars(getEditorSite().getActionBars());
        autosave = new AutosaveService(video.project(), video.projectFile(), parent.getDisplay()::asyncExec,
                e -> setStatus("Could not save: " + e.getMessage()));
        autosave.start(Platform.getPreferencesService().getInt(MaskletPreferences.NODE,
                MaskletPreferences.STORE_AUTOSAVE_SECONDS, MaskletPreferences.STORE_AUTOSAVE_SECONDS_DEFAULT, null));
        showFrame(0);
    }

    /**
     * Shows another frame: pending prompts belong to the frame they were clicked on and are dropped; kept objects
     * are drawn where they have a mask on the new frame.
     */
    public void goToFrame(int index) {
        int clamped = Math.max(0, Math.min(index, video.source().frameCount() - 1));
        if (clamped != frameIndex || frame == null) {
            showFrame(clamped);
        }
        timeline.show(frameIndex);
    }

    public int frameCount() {
        return video.source().frameCount();
    }

    private void showFrame(int index) {
        if (autosave != null) {
            autosave.frameChanged();
        }
        try {
            frame = video.source().frame(index);
        } catch (MediaException e) {
            setStatus(e.getMessage());
            return;
        }
        frameIndex = index;
        promptedHere.clear();
        if (timeline != null) {
            timeline.show(index);
        }
        disposeImages();
        frameImage = new Image(canvas.getDisplay(), OverlayImages.frame(frame));
        prompts.clear();
        embedding = null;
        rebuildOverlay();
        encodeCurrentFrame();
    }

    private void encodeCurrentFrame() {
        RgbImage toEncode = frame;
        int index = frameIndex;
        setStatus("Encoding frame " + (index + 1) + "...");
        Job job = Job.create("Encoding frame " + (index + 1), (IProgressMonitor monitor) -> {
            try {
                SegmentationEngine engine = engines.engine();
                ImageEmbedding result = engine.encode(toEncode);
                asyncUi(() -> {
                    if (index != frameIndex) {
                        return;
                    }
                    embedding = result;
                    setStatus("Frame " + (index + 1) + " ready: click adds a point, drag draws a box, right click "
                            + "excludes; F keeps the object, B clears, A/D previous/next frame");
                    if (!prompts.isEmpty()) {
                        predict();
                    }
                });
                return Status.OK_STATUS;
            } catch (EngineException e) {
                asyncUi(() -> setStatus("Segmentation unavailable: " + e.getMessage()));
                return Status.error(e.getMessage(), e);
            }
        });
        job.setRule(engineRule);
        job.schedule();
    }

    /** Left button: a click adds a positive point, a drag draws a box. Right button: a negative point. */
    private void mouseDown(Event e) {
        if (e.button != 1 && e.button != 3) {
            return;
        }
        canvas.setFocus();
        double[] p = displayToImage(e.x, e.y);
        if (p == null) {
            return;
        }
        if (e.button == 3) {
            addPrompt(() -> prompts.add(new Prompt.Point(p[0], p[1], false)));
        } else {
            dragStart = new Point(e.x, e.y);
            dragEnd = dragStart;
        }
    }

    private void mouseMove(Event e) {
        if (dragStart != null) {
            dragEnd = new Point(e.x, e.y);
            canvas.redraw();
        }
    }

    private void mouseUp(Event e) {
        if (e.button != 1 || dragStart == null) {
            return;
        }
        Point start = dragStart;
        // the release normally carries the end of the drag; the last move is the fallback if it does not
        Point end = distance(start, new Point(e.x, e.y)) >= distance(start, dragEnd) ? new Point(e.x, e.y) : dragEnd;
        dragStart = null;
        dragEnd = null;
        double[] a = displayToImage(start.x, start.y);
        double[] b = clampedDisplayToImage(end.x, end.y);
        if (distance(start, end) < DRAG_THRESHOLD) {
            addPrompt(() -> prompts.add(new Prompt.Point(a[0], a[1], true)));
        } else {
            addPrompt(() -> prompts.setBox(new Prompt.Box(Math.min(a[0], b[0]), Math.min(a[1], b[1]),
                    Math.max(a[0], b[0]), Math.max(a[1], b[1]))));
        }
    }

    private static int distance(Point a, Point b) {
        return Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
    }

    private void addPrompt(Runnable change) {
        change.run();
        canvas.redraw();
        if (embedding != null) {
            predict();
        }
    }

    private void predict() {
        ImageEmbedding emb = embedding;
        int version = prompts.version();
        Prompt prompt = prompts.snapshot();
        if (emb == null || prompt.isEmpty()) {
            return;
        }
        setStatus("Segmenting...");
        Job job = Job.create("Segmenting", (IProgressMonitor monitor) -> {
            if (version != prompts.version()) {
                return Status.CANCEL_STATUS; // a newer click superseded this one
            }
            try {
                MaskPrediction prediction = engines.engine().predict(emb, prompt);
                asyncUi(() -> {
                    if (prompts.offer(version, prediction)) {
                        rebuildOverlay();
                        setStatus(String.format("Mask ready (score %.2f): press F to keep it as an object",
                                prediction.score()));
                    }
                });
                return Status.OK_STATUS;
            } catch (EngineException e) {
                asyncUi(() -> setStatus("Segmentation failed: " + e.getMessage()));
                return Status.error(e.getMessage(), e);
            }
        });
        job.setSystem(true);
        job.setRule(engineRule);
        job.schedule();
    }

    /**
     * Ctrl+M: tracks every object that has a mask on the shown frame from here to the last frame. Each finished
     * frame lands in the project at once and is saved every few frames, so cancelling loses nothing finished; the
     * other objects and the other frames before this one are left as they are.
     */
    public void trackForward() {
        if (tracking != null) {
            setStatus("Tracking is already running");
            return;
        }
        // objects the tracker has not seen (kept before this session, or read from the file) start from their mask
        Map<Integer, Prompt> fromMasks = new LinkedHashMap<>();
        boolean any = false;
        for (TrackedObject o : video.project().objects()) {
            BinaryMask m = o.mask(frameIndex);
            boolean hasMask = m != null && m.area() > 0;
            any |= hasMask || tracker.remembers(o.trackId());
            if (hasMask && !tracker.remembers(o.trackId()) && !promptedHere.contains(o.trackId())) {
                fromMasks.put(o.trackId(), MaskPrompts.of(m));
            }
        }
        if (!any) {
            setStatus("Nothing to track: keep an object on this frame first (click on it, then F)");
            return;
        }
        promptedHere.clear();
        int last = video.source().frameCount() - 1;
        trackingEdit = new MaskEdit("Tracking from frame " + (frameIndex + 1), undoContext, video.project(), null,
                this::projectChanged);
        TrackingJob job = new TrackingJob(tracker, fromMasks, frameIndex, last,
                frame -> asyncUi(() -> applyTracked(frame)), text -> asyncUi(() -> setStatus(text)));
        job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
            @Override
            public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                asyncUi(() -> {
                    tracking = null;
                    if (!trackingEdit.isEmpty()) {
                        history().add(trackingEdit);
                    }
                    trackingEdit = null;
                    saveQuietly();
                });
            }
        });
        tracking = job;
        job.schedule();
    }

    /** Whether Ctrl+M's tracking job is running. */
    public boolean isTracking() {
        return tracking != null;
    }

    private void applyTracked(TrackedFrame frame) {
        for (TrackedFrame.ObjectResult r : frame.objects()) {
            video.project().object(r.objectId()).ifPresent(o -> {
                BinaryMask old = o.mask(frame.frameIndex());
                BinaryMask now = r.mask().orElse(null);
                if (now != null) {
                    o.putMask(frame.frameIndex(), now);
                } else {
                    o.removeMask(frame.frameIndex());
                }
                if (trackingEdit != null && old != now) {
                    trackingEdit.record(o.trackId(), frame.frameIndex(), old, now);
                }
            });
        }
        if (frame.frameIndex() == frameIndex) {
            rebuildOverlay();
        }
        if (++framesSinceSave >= AUTOSAVE_FRAMES) {
            saveQuietly();
        }
        changeListeners.forEach(Runnable::run);
    }

    private IOperationHistory history() {
        return PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
    }

    /** After undo or redo: show, save and announce the project as it now is. */
    private void projectChanged() {
        rebuildOverlay();
        saveQuietly();
        changeListeners.forEach(Runnable::run);
    }

    private void saveQuietly() {
        framesSinceSave = 0;
        try {
            ProjectStore.save(video.project(), video.projectFile());
        } catch (IOException e) {
            setStatus("Could not save: " + e.getMessage());
        }
    }

    /** The pending mask, or null when nothing has been predicted for the current clicks. */
    public MaskPrediction pendingPrediction() {
        return prompts.prediction();
    }

    public boolean isFrameEncoded() {
        return embedding != null;
    }

    /** Points clicked plus the box, if one was drawn, for the object being prompted. */
    public int promptCount() {
        return prompts.points().size() + (prompts.box() != null ? 1 : 0);
    }

    public void clearPrompts() {
        prompts.clear();
        rebuildOverlay();
        setStatus("Points cleared");
    }

    /**
     * Keeps the pending mask as a new object with this label and saves the project file at once (autosave).
     * Returns the new object, or null if there is no mask to keep.
     */
    public TrackedObject finishObject(String label) throws IOException {
        return finishObject(label, 0);
    }

    /**
     * Keeps the pending mask: as a new object ({@code trackId} 0) or as a correction of an existing object on the
     * shown frame, which the next Ctrl+M propagates from here while the other objects keep their memory. Saves the
     * project file at once. Returns the object, or null if there is no mask to keep.
     */
    public TrackedObject finishObject(String label, int trackId) throws IOException {
        MaskPrediction prediction = prompts.prediction();
        if (prediction == null) {
            return null;
        }
        Prompt prompt = Prompt.of(prompts.points(), prompts.box());
        AnnotationProject project = video.project();
        TrackedObject object;
        MaskEdit edit;
        if (trackId > 0) {
            object = project.object(trackId).orElseThrow(() -> new IllegalArgumentException("no object " + trackId));
            object.setLabel(label);
            edit = new MaskEdit("Correct " + object.label(), undoContext, project, null, this::projectChanged);
        } else {
            object = project.addObject(label);
            edit = new MaskEdit("New object " + object.label(), undoContext, project, object, this::projectChanged);
        }
        edit.record(object.trackId(), frameIndex, object.mask(frameIndex), prediction.mask());
        object.putMask(frameIndex, prediction.mask());
        history().add(edit);
        tracker.prompt(object.trackId(), frameIndex, prompt);
        promptedHere.add(object.trackId());
        prompts.clear();
        rebuildOverlay();
        ProjectStore.save(project, video.projectFile());
        setStatus((trackId > 0 ? "Corrected object " : "Kept object ") + object.trackId() + " '" + object.label()
                + "' on frame " + (frameIndex + 1) + "; saved " + video.projectFile().getFileName());
        changeListeners.forEach(Runnable::run);
        return object;
    }

    /** Reset Tracker: the tracker forgets every object's memory; the kept masks stay. */
    public void resetTracker() {
        if (tracking != null) {
            setStatus("Wait for tracking to finish (or cancel it) before resetting the tracker");
            return;
        }
        tracker.close();
        promptedHere.clear();
        setStatus("Tracker reset: the next Ctrl+M starts from the masks on the shown frame");
    }

    public AnnotationProject project() {
        return video.project();
    }

    public int frameIndex() {
        return frameIndex;
    }

    public String status() {
        return status;
    }

    public void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    public void removeChangeListener(Runnable listener) {
        changeListeners.remove(listener);
    }

    /** Where image pixel (x, y) appears in display coordinates, for tests and tools that click on objects. */
    public Point imageToDisplay(double x, double y) {
        Rectangle r = imageBounds();
        double s = (double) r.width / frame.width();
        return canvas.toDisplay((int) Math.round(r.x + (x + 0.5) * s), (int) Math.round(r.y + (y + 0.5) * s));
    }

    /** Like {@link #displayToImage} but for a point that may lie outside the image: it is moved onto the edge. */
    private double[] clampedDisplayToImage(int cx, int cy) {
        Rectangle r = imageBounds();
        int x = Math.max(r.x, Math.min(cx, r.x + r.width - 1));
        int y = Math.max(r.y, Math.min(cy, r.y + r.height - 1));
        return displayToImage(x, y);
    }

    private double[] displayToImage(int cx, int cy) {
        Rectangle r = imageBounds();
        if (r.width <= 0 || !r.contains(cx, cy)) {
            return null;
        }
        double s = (double) frame.width() / r.width;
        return new double[] {(cx - r.x) * s, (cy - r.y) * s};
    }

    /** The frame scaled to fit the canvas, centred, aspect ratio kept. */
    private Rectangle imageBounds() {
        Rectangle area = canvas.getClientArea();
        double s = Math.min((double) area.width / frame.width(), (double) area.height / frame.height());
        int w = (int) Math.floor(frame.width() * s);
        int h = (int) Math.floor(frame.height() * s);
        return new Rectangle((area.width - w) / 2, (area.height - h) / 2, w, h);
    }

    private void rebuildOverlay() {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        List<OverlayImages.Layer> layers = new ArrayList<>();
        for (TrackedObject o : video.project().objects()) {
            BinaryMask m = o.mask(frameIndex);
            if (m != null) {
                layers.add(new OverlayImages.Layer(m, OverlayImages.colorOf(o.trackId())));
            }
        }
        MaskPrediction pending = prompts.prediction();
        if (pending != null) {
            layers.add(new OverlayImages.Layer(pending.mask(), OverlayImages.PENDING, OverlayImages.PENDING_EDGE));
        }
        if (overlayImage != null) {
            overlayImage.dispose();
        }
        overlayImage = new Image(canvas.getDisplay(), OverlayImages.overlay(frame.width(), frame.height(), layers));
        canvas.redraw();
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        gc.fillRectangle(area);
        if (frameImage == null) {
            return;
        }
        Rectangle r = imageBounds();
        gc.setInterpolation(SWT.HIGH);
        gc.drawImage(frameImage, 0, 0, frame.width(), frame.height(), r.x, r.y, r.width, r.height);
        if (overlayImage != null) {
            gc.drawImage(overlayImage, 0, 0, frame.width(), frame.height(), r.x, r.y, r.width, r.height);
        }
        gc.setAntialias(SWT.ON);
        double s = (double) r.width / frame.width();
        gc.setLineWidth(2);
        Prompt.Box box = prompts.box();
        if (box != null) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_GREEN));
            gc.drawRectangle((int) Math.round(r.x + box.x0() * s), (int) Math.round(r.y + box.y0() * s),
                    (int) Math.round((box.x1() - box.x0()) * s), (int) Math.round((box.y1() - box.y0()) * s));
        }
        if (dragStart != null && dragEnd != null) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_YELLOW));
            gc.setLineStyle(SWT.LINE_DASH);
            gc.drawRectangle(Math.min(dragStart.x, dragEnd.x), Math.min(dragStart.y, dragEnd.y),
                    Math.abs(dragEnd.x - dragStart.x), Math.abs(dragEnd.y - dragStart.y));
            gc.setLineStyle(SWT.LINE_SOLID);
        }
        gc.setLineWidth(1);
        for (Prompt.Point p : prompts.points()) {
            int x = (int) Math.round(r.x + p.x() * s);
            int y = (int) Math.round(r.y + p.y() * s);
            gc.setBackground(canvas.getDisplay().getSystemColor(p.positive() ? SWT.COLOR_GREEN : SWT.COLOR_RED));
            gc.fillOval(x - 5, y - 5, 11, 11);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
            gc.drawOval(x - 5, y - 5, 11, 11);
        }
    }

    private void setStatus(String text) {
        status = text;
        if (statusLabel != null && !statusLabel.isDisposed()) {
            statusLabel.setText(text);
        }
    }

    private void asyncUi(Runnable r) {
        Display display = canvas.getDisplay();
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!canvas.isDisposed()) {
                    r.run();
                }
            });
        }
    }

    private void disposeImages() {
        if (frameImage != null) {
            frameImage.dispose();
            frameImage = null;
        }
        if (overlayImage != null) {
            overlayImage.dispose();
            overlayImage = null;
        }
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        if (autosave != null) {
            autosave.close();
        }
        history().dispose(undoContext, true, true, true);
        disposeImages();
        if (engines != null) {
            engines.close();
        }
        if (tracking != null) {
            // the job still reads frames until it sees the cancel: close the video when it has stopped
            TrackingJob running = tracking;
            running.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
                @Override
                public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                    tracker.close();
                    video.source().close();
                }
            });
            running.cancel();
        } else if (video != null) {
            tracker.close();
            video.source().close();
        }
        super.dispose();
    }

    // Every edit is saved when it is made, so the editor is never dirty and needs no Save action yet.
    @Override
    public void doSave(IProgressMonitor monitor) {
    }

    @Override
    public void doSaveAs() {
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
