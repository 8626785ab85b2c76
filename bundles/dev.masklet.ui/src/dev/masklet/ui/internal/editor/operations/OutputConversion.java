package dev.masklet.ui.internal.editor.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.ui.internal.editor.model.AnnotationSession;
import dev.masklet.ui.internal.editor.model.OutputMode;
import dev.masklet.ui.internal.editor.model.OutputShapes;

/**
 * "Apply to Objects" of the view bar: every object's masks on every frame stored again in the output mode (its
 * polygon, box or rotated box, filled), as one undoable edit. The shapes are computed in a background job from a copy
 * of the masks; the edit is made on the UI thread, and only if the project did not change meanwhile. A tracking
 * result stays a tracking result (with its confidence): the conversion changes shapes, not who made them.
 */
public final class OutputConversion {
    private record Change(int trackId, int frame, BinaryMask mask) {
    }

    private OutputConversion() {
    }

    /**
     * Starts the conversion to the session's output mode; {@code ui} runs the result on the UI thread. The status
     * line says how many masks changed.
     */
    public static void start(AnnotationSession session, Consumer<Runnable> ui) {
        OutputMode mode = session.settings().outputMode();
        if (mode == OutputMode.MASK) {
            session.setStatus(Messages.Conversion_maskMode);
            return;
        }
        Map<Integer, SortedMap<Integer, BinaryMask>> masks = new TreeMap<>();
        for (TrackedObject o : session.project().objects()) {
            masks.put(o.trackId(), new TreeMap<>(o.masks()));
        }
        long changesBefore = session.project().changes().count();
        double epsilon = OutputShapes.polygonEpsilon();
        int total = masks.values().stream().mapToInt(Map::size).sum();
        session.setStatus(NLS.bind(Messages.Conversion_running, total, mode.label()));
        Job job = Job.create(NLS.bind(Messages.Conversion_job, mode.label()), (IProgressMonitor monitor) -> {
            SubMonitor progress = SubMonitor.convert(monitor, total);
            List<Change> changes = new ArrayList<>();
            for (Map.Entry<Integer, SortedMap<Integer, BinaryMask>> o : masks.entrySet()) {
                for (Map.Entry<Integer, BinaryMask> m : o.getValue().entrySet()) {
                    if (progress.isCanceled()) {
                        ui.accept(() -> session.setStatus(Messages.Conversion_cancelled));
                        return Status.CANCEL_STATUS;
                    }
                    BinaryMask now = OutputShapes.stored(m.getValue(), mode, epsilon);
                    if (!now.equals(m.getValue())) {
                        changes.add(new Change(o.getKey(), m.getKey(), now));
                    }
                    progress.worked(1);
                }
            }
            ui.accept(() -> apply(session, mode, changes, changesBefore));
            return Status.OK_STATUS;
        });
        job.setUser(false);
        job.schedule();
    }

    private static void apply(AnnotationSession session, OutputMode mode, List<Change> changes, long changesBefore) {
        if (session.project().changes().count() != changesBefore) {
            session.setStatus(Messages.Conversion_projectChanged);
            return;
        }
        if (changes.isEmpty()) {
            session.setStatus(NLS.bind(Messages.Conversion_nothing, mode.label()));
            return;
        }
        MaskEdit edit = MaskEdit.of(NLS.bind(Messages.Conversion_undoLabel, mode.label()), session, null);
        for (Change c : changes) {
            edit.reshape(c.trackId(), c.frame(), c.mask());
        }
        UndoHistory.execute(edit);
        session.projectChanged();
        session.setStatus(NLS.bind(Messages.Conversion_done, changes.size(), mode.label()));
    }
}
