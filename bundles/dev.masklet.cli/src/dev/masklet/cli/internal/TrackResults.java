package dev.masklet.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.FrameAnnotations;
import dev.masklet.core.model.FrameRange;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.engine.TrackedFrame;
import dev.masklet.media.VideoSource;

/**
 * Collects each frame's final results (a frame computed by propagation and then corrected arrives twice; the
 * last one counts), writes mask PNGs and fills the project.
 */
final class TrackResults {
    private final Path outDir;
    private final TrackPrompts prompts;
    private final FrameRange range;
    private final PrintStream err;
    private final boolean exportMasks;
    final AnnotationProject project;
    private final Map<Integer, TrackedObject> objects = new HashMap<>();
    private final BitSet written = new BitSet();
    private final int width;
    private final int height;
    private final long start = System.nanoTime();
    private TrackedFrame pending;
    private byte[] emptyPng;
    private long lastReport;

    TrackResults(VideoSource source, Path media, Path outDir, TrackPrompts prompts, FrameRange range,
            boolean exportMasks, PrintStream err) {
        this.err = err;
        this.outDir = outDir;
        this.prompts = prompts;
        this.range = range;
        this.exportMasks = exportMasks;
        this.width = source.width();
        this.height = source.height();
        this.project = new AnnotationProject(mediaName(media, outDir), width, height, source.frameCount());
        prompts.labels().forEach((id, label) -> {
            TrackedObject object = new TrackedObject(id, label);
            project.addObject(object);
            objects.put(id, object);
        });
    }

    void accept(TrackedFrame frame) {
        if (pending != null && pending.frameIndex() != frame.frameIndex()) {
            flush();
        }
        pending = frame;
    }

    void finish() throws IOException {
        if (pending != null) {
            flush();
        }
        if (exportMasks) {
            for (int f = range.first(); f <= range.last(); f++) {
                if (!written.get(f)) {
                    for (int id : prompts.labels().keySet()) {
                        Files.write(maskFile(id, f), emptyPng());
                    }
                }
            }
        }
    }

    private void flush() {
        TrackedFrame frame = pending;
        pending = null;
        int f = frame.frameIndex();
        boolean uncertain = false;
        try {
            for (int id : prompts.labels().keySet()) {
                var result = frame.object(id);
                BinaryMask mask = result.flatMap(TrackedFrame.ObjectResult::mask).orElse(null);
                if (mask != null && mask.area() == 0) {
                    mask = null;
                }
                if (result.isPresent() && result.get().conditioning()) {
                    if (mask != null) {
                        objects.get(id).putMask(f, mask); // a prompted frame: the person's mask
                    }
                } else if (result.isPresent()) {
                    // as the workbench stores a run: the decision and how sure the tracker was of it
                    objects.get(id).putTracked(f, mask, result.get().confidence());
                    uncertain |= result.get().uncertain();
                }
                if (exportMasks) {
                    Files.write(maskFile(id, f), mask == null ? emptyPng() : MaskPng.encode(mask));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (uncertain) {
            project.frame(f).setFlag(FrameAnnotations.UNCERTAIN, Boolean.TRUE);
        }
        written.set(f);
        report();
    }

    private void report() {
        long now = System.nanoTime();
        int done = written.cardinality();
        int total = range.length();
        if (now - lastReport < 1_000_000_000L && done < total) {
            return;
        }
        lastReport = now;
        double seconds = (now - start) / 1e9;
        double fps = seconds > 0 ? done / seconds : 0;
        double eta = fps > 0 ? (total - done) / fps : 0;
        err.printf(Locale.ROOT, "track: %d/%d frames (%.0f %%), %.2f frames/s, ETA %s%n", done, total,
                100.0 * done / total, fps, duration(eta));
    }

    private Path maskFile(int id, int frame) {
        return outDir.resolve(Integer.toString(id)).resolve(String.format(Locale.ROOT, "%05d.png", frame));
    }

    private byte[] emptyPng() throws IOException {
        if (emptyPng == null) {
            emptyPng = MaskPng.encode(BinaryMask.empty(width, height));
        }
        return emptyPng;
    }

    /** The media path as the project file names it: relative to the project file's folder where possible. */
    private static String mediaName(Path media, Path outDir) {
        Path m = media.toAbsolutePath().normalize();
        try {
            return outDir.toAbsolutePath().normalize().relativize(m).toString();
        } catch (IllegalArgumentException e) {
            return m.toString();
        }
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
                : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
}
