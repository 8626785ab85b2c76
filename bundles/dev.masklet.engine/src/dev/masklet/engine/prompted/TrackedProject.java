package dev.masklet.engine.prompted;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.FrameAnnotations;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.engine.PropagationListener;
import dev.masklet.engine.TrackedFrame;

/**
 * Fills a Masklet project with a tracking run's results as the workbench stores a run: a prompted frame's mask as
 * the person's, a tracked frame's mask or absence with the tracker's confidence, the {@code uncertain} flag where the
 * tracker was unsure. A frame computed by propagation and then corrected arrives twice; the last one counts, so a
 * frame is taken when the next frame's result arrives, or at {@link #finish()}.
 */
public final class TrackedProject implements PropagationListener {
    /** Told each frame once it is final. */
    public interface FrameSink {
        /** @param masks each prompted object's mask there, null where it has none */
        void frameDone(int frame, Map<Integer, BinaryMask> masks);
    }

    private final AnnotationProject project;
    private final Map<Integer, TrackedObject> objects = new LinkedHashMap<>();
    private final BitSet done = new BitSet();
    private final FrameSink sink;
    private TrackedFrame pending;

    /**
     * @param mediaName the media path as the project file names it (relative to the project file's folder)
     * @param sink told each final frame (mask export, progress); may be null
     */
    public TrackedProject(String mediaName, int width, int height, int frameCount, TrackPrompts prompts,
            FrameSink sink) {
        this.project = new AnnotationProject(mediaName, width, height, frameCount);
        this.sink = sink;
        prompts.labels().forEach((id, label) -> {
            TrackedObject object = new TrackedObject(id, label);
            project.addObject(object);
            objects.put(id, object);
        });
    }

    @Override
    public void onFrame(TrackedFrame frame) {
        if (pending != null && pending.frameIndex() != frame.frameIndex()) {
            flush();
        }
        pending = frame;
    }

    /** Takes the last frame; call when tracking is done. */
    public void finish() {
        if (pending != null) {
            flush();
        }
    }

    /** The project, complete after {@link #finish()}. */
    public AnnotationProject project() {
        return project;
    }

    /** Frames with a final result so far. */
    public BitSet frames() {
        return (BitSet) done.clone();
    }

    private void flush() {
        TrackedFrame frame = pending;
        pending = null;
        int f = frame.frameIndex();
        boolean uncertain = false;
        Map<Integer, BinaryMask> masks = new LinkedHashMap<>();
        for (int id : objects.keySet()) {
            var result = frame.object(id);
            BinaryMask mask = result.flatMap(TrackedFrame.ObjectResult::mask).orElse(null);
            if (mask != null && mask.area() == 0) {
                mask = null;
            }
            if (result.isPresent() && result.get().conditioning()) {
                if (mask != null) {
                    objects.get(id).putMask(f, mask); // a prompted frame: the person's mask
                    project.frame(f).setFlag(FrameAnnotations.PROMPTED, Boolean.TRUE); // "kept" in the workbench
                }
            } else if (result.isPresent()) {
                // as the workbench stores a run: the decision and how sure the tracker was of it
                objects.get(id).putTracked(f, mask, result.get().confidence());
                uncertain |= result.get().uncertain();
            }
            masks.put(id, mask);
        }
        if (uncertain) {
            project.frame(f).setFlag(FrameAnnotations.UNCERTAIN, Boolean.TRUE);
        }
        done.set(f);
        if (sink != null) {
            sink.frameDone(f, masks);
        }
    }
}
