package dev.masklet.ui.internal.editor.operations;

import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.RGB;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.ui.internal.editor.render.LabelColors;

/** The label and track operations of the managers, on a project (wrap them in {@link ProjectEdit#apply}). */
public final class ProjectEdits {
    private ProjectEdits() {
    }

    /** Renames a label on every object; renaming to an existing label merges the two classes. */
    public static void renameLabel(AnnotationProject project, String from, String to) {
        for (TrackedObject o : project.objects()) {
            if (o.label().equals(from)) {
                o.setLabel(to);
            }
        }
    }

    /**
     * Gives a label class another colour, on every frame and every video: colours belong to label names (like
     * X-AnyLabeling's label colours), kept in the workbench's preferences; {@link ProjectEdit} snapshots them, so
     * the change is undoable.
     */
    public static void recolour(String label, RGB rgb) {
        Map<String, RGB> colors = LabelColors.all();
        colors.put(label, rgb);
        LabelColors.setAll(colors);
    }

    /** Deletes every object of a label, with all its masks. */
    public static void deleteLabel(AnnotationProject project, String label) {
        for (TrackedObject o : new ArrayList<>(project.objects())) {
            if (o.label().equals(label)) {
                project.removeObject(o.trackId());
            }
        }
    }

    /** Gives a track another id (which must be free), keeping its label and masks. */
    public static void reassign(AnnotationProject project, int from, int to) {
        if (from == to) {
            return;
        }
        if (to <= 0 || project.object(to).isPresent()) {
            throw new IllegalArgumentException(NLS.bind(Messages.ProjectEdits_idNotFree, to));
        }
        TrackedObject old = project.object(from).orElseThrow(() -> noTrack(from));
        TrackedObject moved = new TrackedObject(to, old.label());
        old.masks().forEach(moved::putMask);
        old.trackingConfidences().forEach((f, c) -> moved.putTracked(f, old.mask(f), c));
        project.removeObject(from);
        project.addObject(moved);
    }

    /**
     * Merges track {@code from} into track {@code into}: its masks fill the frames where {@code into} has none (where
     * both have one, {@code into}'s is kept), then {@code from} is removed.
     */
    public static void merge(AnnotationProject project, int from, int into) {
        if (from == into) {
            return;
        }
        TrackedObject source = project.object(from).orElseThrow(() -> noTrack(from));
        TrackedObject target = project.object(into).orElseThrow(() -> noTrack(into));
        for (Map.Entry<Integer, BinaryMask> e : new TreeMap<>(source.masks()).entrySet()) {
            if (target.mask(e.getKey()) == null) {
                Float confidence = source.trackingConfidence(e.getKey());
                if (confidence != null) {
                    target.putTracked(e.getKey(), e.getValue(), confidence);
                } else {
                    target.putMask(e.getKey(), e.getValue());
                }
            }
        }
        project.removeObject(from);
    }

    /** Removes a track's masks on frames {@code first..last} (0-based, both included); the track stays. */
    public static void deleteRange(AnnotationProject project, int trackId, int first, int last) {
        TrackedObject o = project.object(trackId).orElseThrow(() -> noTrack(trackId));
        for (int f = Math.min(first, last); f <= Math.max(first, last); f++) {
            o.removeMask(f);
        }
    }

    private static IllegalArgumentException noTrack(int trackId) {
        return new IllegalArgumentException(NLS.bind(Messages.ProjectEdits_noTrack, trackId));
    }
}
