package dev.masklet.ui.internal.editor.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.osgi.util.NLS;

import dev.masklet.core.image.RgbImage;
import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.core.store.ProjectStore;
import dev.masklet.engine.DeviceStatus;
import dev.masklet.engine.MaskPrediction;
import dev.masklet.engine.Prompt;
import dev.masklet.media.MediaException;
import dev.masklet.media.VideoSource;
import dev.masklet.ui.internal.preferences.UiPreferences;

/**
 * What one annotation editor works on, without any widget: the project and its video, the shown frame, the pending
 * prompts and their mask, the selection and edit mode, the view (zoom, pan, overlay and picture settings), the frame
 * marks, the status line, and one change channel ({@link Listener}) through which the canvas, timeline, prompting,
 * tracking, playback, edit mode and views hear of every change. Used on the UI thread; only {@link #frameIndex()}
 * is also read by background jobs, to stop work for a frame the user has left.
 */
public final class AnnotationSession {
    /** Hears of changes; called on the UI thread, in the order listeners were added. */
    @FunctionalInterface
    public interface Listener {
        void changed(SessionChange change);
    }

    private final Path media;
    private final VideoSource source;
    private final AnnotationProject project;
    private final Path projectFile;
    private final ViewTransform view = new ViewTransform();
    private final ViewSettings settings = new ViewSettings();
    private final FrameMarks marks = new FrameMarks();
    private final PromptState prompts = new PromptState();
    private final IUndoContext undoContext = new ObjectUndoContext(this);
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile int frameIndex;
    private RgbImage frame;
    private boolean editMode;
    private TrackedObject selected;
    private volatile String status = "";
    private String segmentationModel = "";
    private DeviceStatus device;
    private boolean playing;
    private boolean tracking;
    private TrackingProgress trackingProgress = new TrackingProgress(0, 0, "");

    /**
     * @param media the video file or frame folder, as the user opened it (names the video in the engine's cache)
     * @param projectFile where the project is saved
     */
    public AnnotationSession(Path media, VideoSource source, AnnotationProject project, Path projectFile) {
        this.media = media;
        this.source = source;
        this.project = project;
        this.projectFile = projectFile;
        marks.startFrom(project);
        settings.setOverlay(OutputMode.fromId(project.outputMode()), settings.opacity(), settings.outlineOnly());
        settings.setTags(!"false".equals(UiPreferences.get(UiPreferences.VIEW_SHOW_TAGS)),
                "object".equals(UiPreferences.get(UiPreferences.VIEW_COLOUR_BY)) ? ViewSettings.ColourBy.OBJECT
                        : ViewSettings.ColourBy.LABEL);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Tells every listener of a change. */
    public void fire(SessionChange change) {
        for (Listener l : listeners) {
            l.changed(change);
        }
    }

    public Path media() {
        return media;
    }

    public VideoSource source() {
        return source;
    }

    public AnnotationProject project() {
        return project;
    }

    public Path projectFile() {
        return projectFile;
    }

    public int frameCount() {
        return source.frameCount();
    }

    public ViewTransform view() {
        return view;
    }

    public ViewSettings settings() {
        return settings;
    }

    public FrameMarks marks() {
        return marks;
    }

    /** The prompts of the object being prompted on the shown frame and the mask predicted from them. */
    public PromptState prompts() {
        return prompts;
    }

    /** The undo context of this session's edits on the workbench's operation history. */
    public IUndoContext undoContext() {
        return undoContext;
    }

    // ---- the shown frame

    /** The shown frame (0-based). */
    public int frameIndex() {
        return frameIndex;
    }

    /** The shown frame's picture, or null before the first frame was read. */
    public RgbImage frame() {
        return frame;
    }

    /**
     * Shows another frame (clamped to the video): pending prompts belong to the frame they were clicked on and are
     * dropped. A frame that cannot be read leaves the shown one and says why on the status line.
     */
    public void goToFrame(int index) {
        int clamped = Math.max(0, Math.min(index, frameCount() - 1));
        if (clamped == frameIndex && frame != null) {
            return;
        }
        RgbImage read;
        try {
            read = source.frame(clamped);
        } catch (MediaException e) {
            setStatus(e.getMessage());
            return;
        }
        showFrame(clamped, read);
    }

    /** Shows frame {@code index}, already read (playback reads frames off the UI thread). */
    public void showFrame(int index, RgbImage read) {
        prompts.clear();
        frame = read;
        frameIndex = index;
        view.setImageSize(read.width(), read.height());
        fire(SessionChange.FRAME);
    }

    // ---- prompts

    /** A click: a positive or negative point for the object being prompted. */
    public void addPoint(double x, double y, boolean positive) {
        prompts.add(new Prompt.Point(x, y, positive));
        fire(SessionChange.PROMPTS);
    }

    /** A drag: the box of the object being prompted (a new one replaces the old). */
    public void setBox(double x0, double y0, double x1, double y1) {
        prompts.setBox(new Prompt.Box(x0, y0, x1, y1));
        fire(SessionChange.PROMPTS);
    }

    /** B, or the pending mask was kept: the prompts and their mask are dropped. */
    public void clearPrompts() {
        prompts.clear();
        fire(SessionChange.PREDICTION);
    }

    /** A mask predicted for the prompts of version {@code forVersion}; dropped when they changed since. */
    public boolean offerPrediction(int forVersion, MaskPrediction prediction) {
        return offerCandidates(forVersion, List.of(prediction));
    }

    /**
     * The model's candidate masks (best first) for the prompts of version {@code forVersion}, the best chosen;
     * dropped when the prompts changed since.
     */
    public boolean offerCandidates(int forVersion, List<MaskPrediction> candidates) {
        if (!prompts.offer(forVersion, candidates)) {
            return false;
        }
        fire(SessionChange.PREDICTION);
        return true;
    }

    /** Tab / Shift+Tab: shows the model's next (1) or previous (-1) candidate mask; false when it gave only one. */
    public boolean stepCandidate(int step) {
        if (!prompts.stepCandidate(step)) {
            return false;
        }
        fire(SessionChange.PREDICTION);
        return true;
    }

    // ---- objects, edit mode and selection

    /** The objects not hidden in the Objects view, in track id order. */
    public List<TrackedObject> visibleObjects() {
        return project.objects().stream().filter(o -> !settings.isHidden(o.trackId())).toList();
    }

    /**
     * Output mode, overlay opacity (percent) and outline-only drawing, from the view bar. The output mode is kept
     * with the project (saved at once), so that the project opens with it.
     */
    public void setOverlay(OutputMode mode, int opacityPercent, boolean outlines) {
        boolean modeChanged = mode != settings.outputMode();
        settings.setOverlay(mode, opacityPercent, outlines);
        if (modeChanged) {
            project.setOutputMode(mode.id());
            saveQuietly();
        }
        fire(SessionChange.OVERLAY);
    }

    /**
     * Track id and label beside each mask on or off, colour by label or by object: remembered as preferences, so
     * every video opens as the annotator left the last one.
     */
    public void setTags(boolean show, ViewSettings.ColourBy by) {
        settings.setTags(show, by);
        UiPreferences.put(UiPreferences.VIEW_SHOW_TAGS, Boolean.toString(show));
        UiPreferences.put(UiPreferences.VIEW_COLOUR_BY, by.name().toLowerCase(java.util.Locale.ROOT));
        fire(SessionChange.OVERLAY);
    }

    /** Brightness (-100 .. 100) and contrast (percent) of the displayed picture, from the view bar. */
    public void setPicture(int brightness, int contrastPercent) {
        settings.setPicture(brightness, contrastPercent);
        fire(SessionChange.PICTURE);
    }

    /** Zoom or pan changed. */
    public void viewChanged() {
        fire(SessionChange.VIEW);
    }

    public boolean isObjectVisible(int trackId) {
        return !settings.isHidden(trackId);
    }

    public void setObjectVisible(int trackId, boolean visible) {
        settings.setHidden(trackId, !visible);
        fire(SessionChange.OVERLAY);
    }

    /** A mask as the output mode stores it. */
    public BinaryMask stored(BinaryMask mask) {
        return OutputShapes.stored(mask, settings.outputMode(), OutputShapes.polygonEpsilon());
    }

    public boolean isEditMode() {
        return editMode;
    }

    /** Edit mode on or off; leaving it clears the selection. */
    public void setEditMode(boolean on) {
        editMode = on;
        if (!on) {
            select(null);
        }
        fire(SessionChange.EDIT_MODE);
    }

    /** The object selected in edit mode, or null. */
    public TrackedObject selected() {
        return selected;
    }

    public void select(TrackedObject object) {
        selected = object;
        fire(SessionChange.SELECTION);
    }

    // ---- project changes and saving

    /**
     * The project was changed by an edit, an undo or redo, or a manager: the marks are read again, the project is
     * saved and everyone is told.
     */
    public void projectChanged() {
        marks.reload();
        saveQuietly();
        fire(SessionChange.PROJECT);
        fire(SessionChange.MARKS);
    }

    /** Writes the project file now. */
    public void save() throws IOException {
        ProjectStore.save(project, projectFile);
    }

    /** Writes the project file now; a failure is said on the status line. */
    public void saveQuietly() {
        try {
            save();
        } catch (IOException e) {
            setStatus(NLS.bind(Messages.Session_couldNotSave, e.getMessage()));
        }
    }

    // ---- what the user is told

    public String status() {
        return status;
    }

    public void setStatus(String text) {
        status = text;
        fire(SessionChange.STATUS);
    }

    /** The segmentation model that encoded the shown frame, or "" before the first encoding. */
    public String segmentationModel() {
        return segmentationModel;
    }

    /** Where the segmentation model runs, as its last encoding reported; null before the first frame is encoded. */
    public DeviceStatus deviceStatus() {
        return device;
    }

    /** Which model encoded the shown frame and where it ran; listeners hear of it when either changed. */
    public void showSegmentationModel(String model, DeviceStatus status) {
        boolean changed = !model.equals(segmentationModel) || status != null && !status.equals(device);
        segmentationModel = model;
        if (status != null) {
            device = status;
        }
        if (changed) {
            fire(SessionChange.ENGINE);
        }
    }

    public boolean isPlaying() {
        return playing;
    }

    public void setPlaying(boolean on) {
        if (playing != on) {
            playing = on;
            fire(SessionChange.PLAYBACK);
        }
    }

    /** Whether a tracking run is in flight. */
    public boolean isTracking() {
        return tracking;
    }

    public void setTracking(boolean on) {
        if (tracking != on) {
            tracking = on;
            trackingProgress = new TrackingProgress(0, 0, on ? Messages.Session_trackingStarting : "");
            fire(SessionChange.TRACKING);
        }
    }

    /** How far the running tracking run is; frames 0 of 0 before its first frame and between runs. */
    public TrackingProgress trackingProgress() {
        return trackingProgress;
    }

    public void setTrackingProgress(TrackingProgress progress) {
        trackingProgress = progress;
        fire(SessionChange.TRACKING_PROGRESS);
    }

    /** How far a tracking run is: frames done of its frames, and a line saying so (speed, time left). */
    public record TrackingProgress(int framesDone, int framesTotal, String text) {
    }
}
