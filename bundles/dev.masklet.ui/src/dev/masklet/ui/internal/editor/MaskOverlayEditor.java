package dev.masklet.ui.internal.editor;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.PreferenceChangeEvent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.operations.UndoRedoActionGroup;
import org.eclipse.ui.part.EditorPart;

import dev.masklet.core.model.FrameAnnotations;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.core.settings.MaskletPreferences;
import dev.masklet.core.store.AutosaveService;
import dev.masklet.geometry.Polygons;
import dev.masklet.ui.MaskletUi;
import dev.masklet.ui.internal.editor.input.CanvasInput;
import dev.masklet.ui.internal.editor.input.ShapeEditor;
import dev.masklet.ui.internal.editor.model.AnnotationSession;
import dev.masklet.ui.internal.editor.model.SessionChange;
import dev.masklet.ui.internal.editor.operations.FrameFlagEdit;
import dev.masklet.ui.internal.editor.operations.UndoHistory;
import dev.masklet.ui.internal.editor.prompt.EngineAccess;
import dev.masklet.ui.internal.editor.prompt.PromptSegmenter;
import dev.masklet.ui.internal.editor.prompt.SegmentationChoice;
import dev.masklet.ui.internal.editor.render.CanvasScene;
import dev.masklet.ui.internal.editor.render.DeviceWarning;
import dev.masklet.ui.internal.editor.render.FramePainter;
import dev.masklet.ui.internal.editor.render.StatusLine;
import dev.masklet.ui.internal.editor.render.ViewControls;
import dev.masklet.ui.internal.editor.timeline.Playback;
import dev.masklet.ui.internal.editor.timeline.Timeline;
import dev.masklet.ui.internal.editor.tracking.PersonEdits;
import dev.masklet.ui.internal.editor.tracking.Tracker;
import dev.masklet.ui.internal.editor.tracking.TrackingBar;
import dev.masklet.ui.internal.editor.tracking.TrackingController;
import dev.masklet.ui.internal.preferences.UiPreferences;

/**
 * The mask overlay editor: shows a frame, turns clicks into a mask through the segmentation service and keeps
 * masks as labelled objects. It builds the parts and hands each the {@link AnnotationSession} (the editor's model
 * and its one change channel): the canvas ({@link CanvasScene}, {@link CanvasInput}), prompting
 * ({@link PromptSegmenter}), tracking ({@link TrackingController}), edit mode ({@link ShapeEditor}), the timeline
 * and playback; the commands below are what key bindings and menus call. The UI thread only paints.
 */
public final class MaskOverlayEditor extends EditorPart {
    private AnnotationSession session;
    private EngineAccess engines;
    private Tracker tracker;
    private final IPreferenceChangeListener modelChoice = this::segmentationModelChosen;
    private Canvas canvas;
    private DeviceWarning deviceWarning;
    private Timeline timeline;
    private PromptSegmenter segmenter;
    private CanvasScene scene;
    private TrackingController tracking;
    private PersonEdits personEdits;
    private ShapeEditor shapes;
    private Playback playback;
    /** Saves changed frames on the preference's interval, on frame change and on close (edits also save at once). */
    private AutosaveService autosave;

    @Override
    public void init(IEditorSite site, IEditorInput editorInput) throws PartInitException {
        if (!(editorInput instanceof VideoEditorInput v)) {
            throw new PartInitException(Messages.Editor_videosOnly);
        }
        setSite(site);
        setInput(editorInput);
        setPartName(editorInput.getName());
        session = new AnnotationSession(v.media(), v.source(), v.project(), v.projectFile());
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
        new ViewControls(root, session);
        canvas = new Canvas(root, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.setData(MaskletUi.WIDGET_ID_KEY, "maskCanvas");
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        // listeners hear of a change in the order the parts are made: playback stops before a prompt is answered
        playback = new Playback(parent.getDisplay(), session);
        tracking = new TrackingController(tracker, session, this::asyncUi);
        personEdits = new PersonEdits(session, tracking);
        shapes = new ShapeEditor(session, personEdits::commitShape);
        CanvasInput input = new CanvasInput(canvas, session, shapes, this::stopTracking);
        scene = new CanvasScene(canvas, session, shapes::selectedShape, input::rubberBand);
        timeline = new Timeline(root, session, playback::toggle);
        timeline.showThumbnails(session.media());
        new StatusLine(root, session);
        new TrackingBar(root, session, tracking, canvas::setFocus);
        deviceWarning = new DeviceWarning(root, session);
        segmenter = new PromptSegmenter(engines, session, this::asyncUi);
        session.addListener(change -> {
            switch (change) {
                case FRAME -> autosave.frameChanged();
                case EDIT_MODE -> session.setStatus(session.isEditMode() ? Messages.Editor_editMode
                        : Messages.Editor_promptMode);
                default -> {
                    // the other parts follow it themselves
                }
            }
        });
        UiPreferences.node().addPreferenceChangeListener(modelChoice);
        getSite().getService(IContextService.class).activateContext(MaskletUi.ANNOTATION_CONTEXT_ID);
        new UndoRedoActionGroup(getSite(), session.undoContext(), true)
                .fillActionBars(getEditorSite().getActionBars());
        autosave = new AutosaveService(session.project(), session.projectFile(), parent.getDisplay()::asyncExec,
                e -> session.setStatus(NLS.bind(Messages.Editor_couldNotSave, e.getMessage())));
        autosave.start(UiPreferences.maskletInt(MaskletPreferences.STORE_AUTOSAVE_SECONDS));
        session.goToFrame(0);
    }

    /** The editor's model: project, shown frame, prompts, view, marks and the change channel. */
    public AnnotationSession session() {
        return session;
    }

    /**
     * Shows another frame: pending prompts belong to the frame they were clicked on and are dropped; kept objects
     * are drawn where they have a mask on the new frame.
     */
    public void goToFrame(int index) {
        session.goToFrame(index);
    }

    /** The user chose another segmentation model (Model view): the shown frame is encoded again with it. */
    private void segmentationModelChosen(PreferenceChangeEvent event) {
        if (SegmentationChoice.PREFERRED_KEY.equals(event.getKey())) {
            asyncUi(segmenter::modelChanged);
        }
    }

    /** The line under the status line that warns of a device fallback, or "" when none is shown. */
    public String deviceWarning() {
        return deviceWarning.text();
    }

    /** Goes to the next (step 1) or previous (step -1) frame where an object was prompted or corrected. */
    public void goToPromptedFrame(int step) {
        int target = session.marks().nextPrompted(session.frameIndex(), step);
        if (target < 0) {
            session.setStatus(step > 0 ? Messages.Editor_noPromptedAfter : Messages.Editor_noPromptedBefore);
        } else {
            goToFrame(target);
        }
    }

    /**
     * U / Shift+U: goes to the next (step 1) or previous (step -1) frame where tracking is unsure of an object,
     * skipping frames marked reviewed.
     */
    public void goToUncertainFrame(int step) {
        int target = session.marks().nextUncertain(session.frameIndex(), step);
        if (target < 0) {
            session.setStatus(step > 0 ? Messages.Editor_noUncertainAfter : Messages.Editor_noUncertainBefore);
        } else {
            goToFrame(target);
        }
    }

    /** P: plays the video from the shown frame at its frame rate, or stops playing. */
    public void togglePlayback() {
        playback.toggle();
    }

    /** Ctrl+M: tracks every object on the shown frame to the last frame. */
    public void trackForward() {
        trackTo(session.frameCount() - 1);
    }

    /** Tracks every object on the shown frame back to frame 1. */
    public void trackBackward() {
        playback.stop();
        tracking.track(0, true);
    }

    /** Tracks every object on the shown frame to {@code toFrame} (0-based), backward if it lies before. */
    public void trackTo(int toFrame) {
        playback.stop();
        int to = Math.max(0, Math.min(toFrame, session.frameCount() - 1));
        tracking.track(to, to < session.frameIndex());
    }

    /** Esc or the Stop button: stops the tracking run, keeping the frames it finished; nothing when none runs. */
    public void stopTracking() {
        tracking.cancel();
    }

    /** Ctrl+S: writes the project file now (edits are also saved as they are made). */
    public void save() throws IOException {
        session.save();
        session.setStatus(NLS.bind(Messages.Editor_saved, session.projectFile().getFileName()));
    }

    public boolean isFrameEncoded() {
        return segmenter.isEncoded();
    }

    /**
     * Tab / Shift+Tab: shows the model's next (1) or previous (-1) candidate mask for the click; F keeps the one
     * shown. A prompt with one answer (several clicks, a box) says so.
     */
    public void stepCandidateMask(int step) {
        if (!session.stepCandidate(step) && session.prompts().prediction() != null) {
            session.setStatus(Messages.Editor_oneCandidate);
        }
    }

    public void clearPrompts() {
        session.clearPrompts();
        session.setStatus(Messages.Editor_pointsCleared);
    }

    /**
     * Keeps the pending mask as a new object with this label and saves the project file at once (autosave).
     * Returns the new object, or null if there is no mask to keep.
     */
    public TrackedObject finishObject(String label) throws IOException {
        return finishObject(label, 0);
    }

    /**
     * Keeps the pending mask: as a correction of the object with {@code trackId} on the shown frame, which the next
     * Ctrl+M propagates from here while the other objects keep their memory, or, when no object has that id, as a
     * new object with it ({@code 0}: the next free id). Saves the project file at once. Returns the object, or null if there is no mask to keep.
     */
    public TrackedObject finishObject(String label, int trackId) throws IOException {
        return personEdits.keep(label, trackId);
    }

    /** Reset Tracker: the tracker forgets every object's memory; the kept masks stay. */
    public void resetTracker() {
        session.setStatus(tracking.reset()
                ? Messages.Editor_trackerReset : Messages.Editor_trackerBusy);
    }

    /** Ctrl+J: switches edit mode (select, move, delete shapes, drag polygon vertices) on or off. */
    public void setEditMode(boolean on) {
        session.setEditMode(on);
    }

    /** Delete in edit mode: removes the selected shape from the shown frame. */
    public boolean deleteSelectedShape() {
        return session.isEditMode() && shapes.deleteSelected();
    }

    public void zoomToFit() {
        session.view().fit();
        session.viewChanged();
    }

    public void zoomToActualSize() {
        session.view().actualSize();
        session.viewChanged();
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
        int index = session.frameIndex();
        boolean reviewed = !session.marks().reviewed().contains(index);
        UndoHistory.execute(new FrameFlagEdit(NLS.bind(reviewed ? Messages.Editor_markReviewed
                : Messages.Editor_unmarkReviewed, index + 1), session, index, FrameAnnotations.REVIEWED, reviewed));
        session.setStatus(NLS.bind(reviewed ? Messages.Editor_markedReviewed : Messages.Editor_unmarkedReviewed,
                index + 1));
        session.saveQuietly(); // saved by the edit already; a failure replaces the status line
    }

    /** The tracking model in use, or "?" before the first Ctrl+M. */
    public String trackingModelName() {
        return tracker.modelName();
    }

    /** Where image pixel (x, y) appears in display coordinates, for tests and tools that click on objects. */
    public Point imageToDisplay(double x, double y) {
        double[] c = session.view().toCanvas(x + 0.5, y + 0.5);
        return canvas.toDisplay((int) Math.round(c[0]), (int) Math.round(c[1]));
    }

    /**
     * Where vertex {@code i} of the outer ring of the shape selected in edit mode appears on the display, or null
     * (for tests and tools that drag vertices).
     */
    public Point selectedVertexOnDisplay(int i) {
        Polygons shape = session.isEditMode() && session.selected() != null ? shapes.selectedShape() : null;
        if (shape == null || shape.isEmpty() || i >= shape.parts().get(0).outer().size()) {
            return null;
        }
        int[] xy = FramePainter.toCanvas(session.view(), shape.parts().get(0).outer());
        return canvas.toDisplay(xy[2 * i], xy[2 * i + 1]);
    }

    /** Where an object's track id and label were last painted on the display, or null (for tests). */
    public org.eclipse.swt.graphics.Rectangle tagOnDisplay(int trackId) {
        org.eclipse.swt.graphics.Rectangle r = scene.paintedTag(trackId);
        if (r == null) {
            return null;
        }
        Point p = canvas.toDisplay(r.x, r.y);
        return new org.eclipse.swt.graphics.Rectangle(p.x, p.y, r.width, r.height);
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
        if (session != null) {
            UndoHistory.get().dispose(session.undoContext(), true, true, true);
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
            session.source().close();
        };
        if (tracking != null) {
            tracking.closeWhenStopped(closeVideo);
        } else if (session != null) {
            closeVideo.run();
        }
        super.dispose();
    }

    // Every edit is saved when it is made, so the editor is never dirty; Ctrl+S is Masklet's own Save command.
    @Override
    public void doSave(IProgressMonitor monitor) {
        session.saveQuietly();
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
