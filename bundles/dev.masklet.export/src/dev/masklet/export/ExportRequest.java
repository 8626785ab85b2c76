package dev.masklet.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.masklet.core.image.FrameProvider;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.FrameRange;
import dev.masklet.core.model.TrackedObject;

/**
 * One export: the annotated project, its frames (optional), where to write, and how.
 *
 * @param project the annotations; not changed by exporters
 * @param frames the frames, or null when the media is not at hand (then no images can be written)
 * @param output the folder to write into ({@link OutputKind#FOLDER}) or the file to write ({@link OutputKind#FILE})
 * @param options the options
 */
public record ExportRequest(AnnotationProject project, FrameProvider frames, Path output, ExportOptions options) {
    public ExportRequest {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(options, "options");
    }

    public Optional<FrameProvider> frameProvider() {
        return Optional.ofNullable(frames);
    }

    /**
     * The range to export cut to the project's frames: the options' range, or all frames. Null when the range
     * lies past the last frame or the project has no frames.
     */
    public FrameRange effectiveRange() {
        FrameRange r = options.range() == null ? new FrameRange(0, Integer.MAX_VALUE) : options.range();
        return project.frameCount() <= 0 ? null : r.clip(project.frameCount());
    }

    /**
     * The frames to export, ascending: the frames of {@link #effectiveRange()} on which some object has a mask, or
     * all of them when {@link ExportOptions#includeUnannotatedFrames()}.
     */
    public List<Integer> selectedFrames() {
        FrameRange range = effectiveRange();
        List<Integer> frames = new ArrayList<>();
        if (range == null) {
            return frames;
        }
        for (int f = range.first(); f <= range.last(); f++) {
            if (options.includeUnannotatedFrames() || annotated(f)) {
                frames.add(f);
            }
        }
        return frames;
    }

    private boolean annotated(int frame) {
        for (TrackedObject o : project.objects()) {
            if (o.mask(frame) != null) {
                return true;
            }
        }
        return false;
    }
}
