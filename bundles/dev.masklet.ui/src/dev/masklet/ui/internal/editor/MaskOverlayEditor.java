package dev.masklet.ui.internal.editor;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.PreferenceChangeEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.operations.UndoRedoActionGroup;
import org.eclipse.ui.part.EditorPart;

import dev.masklet.core.image.RgbImage;
import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.FrameAnnotations;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.core.settings.MaskletPreferences;
import dev.masklet.core.store.AutosaveService;
import dev.masklet.core.store.ProjectStore;
import dev.masklet.engine.DeviceStatus;
import dev.masklet.engine.MaskPrediction;
import dev.masklet.engine.Prompt;
import dev.masklet.media.MediaException;
import dev.masklet.ui.MaskletUi;

/**
 * The mask overlay editor: shows a frame, turns clicks into a mask through the segmentation service and keeps
 * masks as labelled objects. The work is split: {@link ViewTransform} (zoom and pan), {@link CanvasInput} (mouse
 * and keys), {@link FramePainter} (drawing), {@link PromptSegmenter} (encoding and prediction jobs),
 * {@link TrackingController} (Ctrl+M runs), {@link ShapeEditor} (edit mode), {@link Playback} (P),
 * {@link EditorPaintScene} (the frame and mask images), {@link DeviceWarning}. The UI thread only paints.
 */
public final class MaskOverlayEditor extends EditorPart {
    final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    final ViewTransform view = new ViewTransform();
    final ViewSettings settings = new ViewSettings();
    final FrameMarks marks = new FrameMarks();
    final IUndoContext undoContext = new ObjectUndoContext(this);
    private EngineAccess engines;
    VideoEditorInput video;
    /** Read by encoding jobs to skip frames the user has already left. */
    volatile int frameIndex;
    RgbImage frame;
    private volatile String status = "";
    private String segmentationModel = "";
    private final IPreferenceChangeListener modelChoice = this::segmentationModelChosen;
    Canvas canvas;
    private Label statusLabel;
    private DeviceWarning deviceWarning;
    Timeline timeline;
    private ViewControls controls;
    CanvasInput input;
    PromptSegmenter segmenter;
    Tracker tracker;
    TrackingController tracking;
    ShapeEditor shapes;
    private Playback playback;
    boolean editMode;
    private EditorPaintScene scene;
    /** Saves changed frames on the preference's interval, on frame change and on close (edits also save at once). */
    private AutosaveService autosave;

    @Override
    public void init(IEditorSite site, IEditorInput editorInput) throws PartInitException {
        if (!(editorInput instanceof VideoEditorInput v)) {
            throw new PartInitException("The mask overlay editor opens videos only");
        }
        setSite(site);
        setInput(editorInput);
        setPartName(editorInput.getName());
        video = v;
        engines = new EngineAccess();
        tracker = new Tracker(v.source());
        marks.startFrom(v.project());
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        root.setLayout(layout);
        controls = new ViewControls(root, settings, new EditorViewActions(this));
        canvas = new Canvas(root, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.setData(MaskletUi.WIDGET_ID_KEY, "maskCanvas");
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scene = new EditorPaintScene(this);
        FramePainter painter = new FramePainter(canvas, scene);
        canvas.addListener(SWT.Paint, e -> painter.paint(e.gc));
        canvas.addListener(SWT.Resize, e -> {
            Rectangle a = canvas.getClientArea();
            view.setCanvasSize(a.width, a.height);
            canvas.redraw();
        });
        input = new CanvasInput(canvas, new EditorInputTarget(this));
        timeline = new Timeline(root, video.source().frameCount(), marks, this::goToFrame, this::togglePlayback);
        timeline.showThumbnails(video.media());
        statusLabel = new Label(root, SWT.NONE);
        statusLabel.setData(MaskletUi.WIDGET_ID_KEY, "editorStatus");
        statusLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        deviceWarning = new DeviceWarning(root);
        segmenter = new PromptSegmenter(engines, video.media().toString(), video.source(), this::asyncUi,
                new EditorSegmenterListener(this));
        UiPreferences.node().addPreferenceChangeListener(modelChoice);
        tracking = new TrackingController(tracker, new EditorTrackingHost(this));
        shapes = new ShapeEditor(new EditorShapeHost(this));
        playback = new Playback(parent.getDisplay(), video.source(), new EditorPlaybackHost(this));
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
        RgbImage read;
        try {
            read = video.source().frame(index);
        } catch (MediaException e) {
            setStatus(e.getMessage());
            return;
        }
        showFrame(index, read);
    }

    /** Shows frame {@code index}, already read (playback reads it off the UI thread). */
    void showFrame(int index, RgbImage read) {
        if (autosave != null) {
            autosave.frameChanged();
        }
        frame = read;
        frameIndex = index;
        tracking.frameChanged();
        view.setImageSize(frame.width(), frame.height());
        if (timeline != null) {
            timeline.show(index);
        }
        rebuildFrameImage();
        segmenter.encode(frame, index, () -> frameIndex);
        rebuildOverlay();
        shapes.refresh();
        changeListeners.forEach(Runnable::run);
    }

    /**
     * Which segmentation model encoded the shown frame and where it runs: a fallback (CUDA asked for, CPU used)
     * stays visible under the status line; views are told when either changes.
     */
    public void showSegmentationModel(String model, DeviceStatus status) {
        boolean modelChanged = !model.equals(segmentationModel);
        segmentationModel = model;
        boolean deviceChanged = deviceWarning != null && deviceWarning.show(status);
        if (modelChanged || deviceChanged) {
            changeListeners.forEach(Runnable::run);
        }
    }

    /** The segmentation model that encoded the shown frame, or "" before the first encoding. */
    public String segmentationModelName() {
        return segmentationModel;
    }

    /** The user chose another segmentation model (Model view): the shown frame is encoded again with it. */
    private void segmentationModelChosen(PreferenceChangeEvent event) {
        if (SegmentationChoice.PREFERRED_KEY.equals(event.getKey())) {
            asyncUi(() -> {
                if (frame != null) {
                    segmenter.modelChanged(frame, frameIndex, () -> frameIndex);
                }
            });
        }
    }

    /** Where the segmentation model runs, as its last encoding reported; null before the first frame is encoded. */
    public DeviceStatus deviceStatus() {
        return deviceWarning == null ? null : deviceWarning.status();
    }

    /** The line under the status line that warns of a device fallback, or "" when none is shown. */
    public String deviceWarning() {
        return deviceWarning.text();
    }

    /** Goes to the next (step 1) or previous (step -1) frame where an object was prompted or corrected. */
    public void goToPromptedFrame(int step) {
        int target = marks.nextPrompted(frameIndex, step);
        if (target < 0) {
            setStatus("No prompted frame " + (step > 0 ? "after" : "before") + " this one");
        } else {
            goToFrame(target);
        }
    }

    /**
     * U / Shift+U: goes to the next (step 1) or previous (step -1) frame where tracking is unsure of an object,
     * skipping frames marked reviewed.
     */
    public void goToUncertainFrame(int step) {
        int target = marks.nextUncertain(frameIndex, step);
        if (target < 0) {
            setStatus("No uncertain frame left to review " + (step > 0 ? "after" : "before") + " this one");
        } else {
            goToFrame(target);
        }
    }

    /** P: plays the video from the shown frame at its frame rate, or stops playing. */
    public void togglePlayback() {
        playback.toggle();
    }

    public boolean isPlaying() {
        return playback != null && playback.isPlaying();
    }

    /** A prompt, a tracking run or closing the editor stops playback. */
    void stopPlayback() {
        playback.stop();
    }

    /** Ctrl+M: tracks every object on the shown frame to the last frame. */
    public void trackForward() {
        trackTo(frameCount() - 1);
    }

    /** Tracks every object on the shown frame back to frame 1. */
    public void trackBackward() {
        stopPlayback();
        tracking.track(0, true);
    }

    /** Tracks every object on the shown frame to {@code toFrame} (0-based), backward if it lies before. */
    public void trackTo(int toFrame) {
        stopPlayback();
        int to = Math.max(0, Math.min(toFrame, frameCount() - 1));
        tracking.track(to, to < frameIndex);
    }

    /** Whether a tracking job is running. */
    public boolean isTracking() {
        return tracking.isRunning();
    }

    IOperationHistory history() {
        return PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
    }

    public IUndoContext undoContext() {
        return undoContext;
    }

    /** After undo, redo or a manager's edit: show, save and announce the project as it now is. */
    public void projectChanged() {
        marks.reload();
        if (timeline != null) {
            timeline.marksChanged();
        }
        rebuildOverlay();
        shapes.refresh();
        saveQuietly();
        changeListeners.forEach(Runnable::run);
    }

    void saveQuietly() {
        try {
            ProjectStore.save(video.project(), video.projectFile());
        } catch (IOException e) {
            setStatus("Could not save: " + e.getMessage());
        }
    }

    /** Ctrl+S: writes the project file now (edits are also saved as they are made). */
    public void save() throws IOException {
        ProjectStore.save(video.project(), video.projectFile());
        setStatus("Saved " + video.projectFile().getFileName());
    }

    /** The pending mask, or null when nothing has been predicted for the current clicks. */
    public MaskPrediction pendingPrediction() {
        return segmenter.prompts().prediction();
    }

    public boolean isFrameEncoded() {
        return segmenter.isEncoded();
    }

    /** The points and box clicked for the object being prompted, in frame pixels. */
    public Prompt pendingPrompt() {
        return segmenter.prompts().snapshot();
    }

    /** Points clicked plus the box, if one was drawn, for the object being prompted. */
    public int promptCount() {
        PromptState p = segmenter.prompts();
        return p.points().size() + (p.box() != null ? 1 : 0);
    }

    public void clearPrompts() {
        segmenter.prompts().clear();
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
        PromptState prompts = segmenter.prompts();
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
            marks.corrected(frameIndex);
        } else {
            object = project.addObject(label);
            edit = new MaskEdit("New object " + object.label(), undoContext, project, object, this::projectChanged);
            marks.prompted(frameIndex);
        }
        BinaryMask kept = stored(prediction.mask());
        edit.record(object.trackId(), frameIndex, MaskEdit.Content.of(object, frameIndex), MaskEdit.Content.kept(kept));
        object.putMask(frameIndex, kept);
        marks.updateUncertain(frameIndex);
        history().add(edit);
        tracker.keep(object.trackId(), frameIndex, prompt, kept);
        tracking.prompted(object.trackId());
        prompts.clear();
        rebuildOverlay();
        timeline.marksChanged();
        ProjectStore.save(project, video.projectFile());
        setStatus((trackId > 0 ? "Corrected object " : "Kept object ") + object.trackId() + " '" + object.label()
                + "' on frame " + (frameIndex + 1) + "; saved " + video.projectFile().getFileName());
        changeListeners.forEach(Runnable::run);
        return object;
    }

    /** A mask as the output mode stores it. */
    BinaryMask stored(BinaryMask mask) {
        return OutputShapes.stored(mask, settings.outputMode, OutputShapes.polygonEpsilon());
    }

    /** Reset Tracker: the tracker forgets every object's memory; the kept masks stay. */
    public void resetTracker() {
        if (tracking.isRunning()) {
            setStatus("Wait for tracking to finish (or cancel it) before resetting the tracker");
            return;
        }
        tracker.close();
        tracking.frameChanged();
        setStatus("Tracker reset: the next Ctrl+M starts from the masks on the shown frame");
    }

    /** Ctrl+J: switches edit mode (select, move, delete shapes, drag polygon vertices) on or off. */
    public void setEditMode(boolean on) {
        editMode = on;
        if (!on) {
            shapes.select(null);
        }
        controls.showEditMode(on);
        setStatus(on ? "Edit mode: click a shape to select it, drag it to move it, drag a vertex to reshape it, "
                + "Delete removes it from this frame; Ctrl+J to leave" : "Prompt mode: click or drag to prompt");
        canvas.redraw();
    }

    public boolean isEditMode() {
        return editMode;
    }

    /** The object selected in edit mode, or null. */
    public TrackedObject selectedObject() {
        return editMode ? shapes.selected() : null;
    }

    /** Delete in edit mode: removes the selected shape from the shown frame. */
    public boolean deleteSelectedShape() {
        return editMode && shapes.deleteSelected();
    }

    public void zoomToFit() {
        view.fit();
        canvas.redraw();
    }

    public void zoomToActualSize() {
        view.actualSize();
        canvas.redraw();
    }

    /** Canvas pixels per image pixel. */
    public double zoom() {
        return view.scale();
    }

    public OutputMode outputMode() {
        return settings.outputMode;
    }

    /** Whether kept objects are drawn as outlines only (the view bar's check box). */
    public boolean isOutlineOnly() {
        return settings.outlineOnly;
    }

    /** The display brightness offset, -100 .. 100 (the view bar's slider). */
    public int brightness() {
        return settings.brightness;
    }

    /** The display contrast in percent, 100 = unchanged (the view bar's slider). */
    public int contrast() {
        return settings.contrast;
    }

    /** The overlay opacity in percent (the view bar's slider). */
    public int overlayOpacity() {
        return settings.opacity;
    }

    public void setObjectVisible(int trackId, boolean visible) {
        if (visible) {
            settings.hidden.remove(trackId);
        } else {
            settings.hidden.add(trackId);
        }
        rebuildOverlay();
        changeListeners.forEach(Runnable::run);
    }

    public boolean isObjectVisible(int trackId) {
        return !settings.hidden.contains(trackId);
    }

    public FrameMarks marks() {
        return marks;
    }

    /** How many thumbnails the timeline shows now (they arrive in the background). */
    public int timelineThumbnailsShown() {
        return timeline.thumbnailsShown();
    }

    /**
     * R: marks the shown frame reviewed, or unmarks it when it is (undoable); the mark is a flag of the frame's file,
     * saved at once.
     */
    public void toggleReviewed() {
        int index = frameIndex;
        boolean reviewed = !marks.reviewed().contains(index);
        FrameFlagEdit edit = new FrameFlagEdit((reviewed ? "Mark" : "Unmark") + " frame " + (index + 1)
                + " reviewed", undoContext, video.project(), index, FrameAnnotations.REVIEWED, reviewed,
                this::projectChanged);
        edit.apply();
        history().add(edit);
        setStatus("Frame " + (index + 1) + (reviewed ? " marked reviewed" : " no longer marked reviewed"));
        projectChanged(); // saves; a failure replaces the status line
    }

    /** Reset after a manager renumbered or merged tracks: the tracker's memory no longer matches the ids. */
    public void forgetTrackerMemory() {
        if (!tracking.isRunning()) {
            tracker.close();
        }
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

    /** The tracking model in use, or "?" before the first Ctrl+M. */
    public String trackingModelName() {
        return tracker.modelName();
    }

    public void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    public void removeChangeListener(Runnable listener) {
        changeListeners.remove(listener);
    }

    /** Where image pixel (x, y) appears in display coordinates, for tests and tools that click on objects. */
    public Point imageToDisplay(double x, double y) {
        double[] c = view.toCanvas(x + 0.5, y + 0.5);
        return canvas.toDisplay((int) Math.round(c[0]), (int) Math.round(c[1]));
    }

    /**
     * Where vertex {@code i} of the outer ring of the shape selected in edit mode appears on the display, or null
     * (for tests and tools that drag vertices).
     */
    public Point selectedVertexOnDisplay(int i) {
        dev.masklet.geometry.Polygons shape = editMode ? shapes.selectedShape() : null;
        if (shape == null || shape.isEmpty() || i >= shape.parts().get(0).outer().size()) {
            return null;
        }
        int[] xy = FramePainter.toCanvas(view, shape.parts().get(0).outer());
        return canvas.toDisplay(xy[2 * i], xy[2 * i + 1]);
    }

    List<TrackedObject> visibleObjects() {
        return video.project().objects().stream().filter(o -> !settings.hidden.contains(o.trackId())).toList();
    }

    void rebuildFrameImage() {
        scene.rebuildFrameImage();
    }

    void rebuildOverlay() {
        if (scene != null) {
            scene.rebuildOverlay();
        }
    }

    void setStatus(String text) {
        status = text;
        if (statusLabel != null && !statusLabel.isDisposed()) {
            statusLabel.setText(text);
        }
    }

    void asyncUi(Runnable r) {
        Display display = canvas.getDisplay();
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!canvas.isDisposed()) {
                    r.run();
                }
            });
        }
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        if (playback != null) {
            playback.dispose();
        }
        if (autosave != null) {
            autosave.close();
        }
        history().dispose(undoContext, true, true, true);
        if (scene != null) {
            scene.dispose();
        }
        UiPreferences.node().removePreferenceChangeListener(modelChoice);
        if (segmenter != null) {
            segmenter.close();
        }
        if (engines != null) {
            engines.close();
        }
        Runnable closeVideo = () -> {
            tracker.close();
            video.source().close();
        };
        if (tracking != null) {
            tracking.closeWhenStopped(closeVideo);
        } else if (video != null) {
            closeVideo.run();
        }
        super.dispose();
    }

    // Every edit is saved when it is made, so the editor is never dirty; Ctrl+S is Masklet's own Save command.
    @Override
    public void doSave(IProgressMonitor monitor) {
        saveQuietly();
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
