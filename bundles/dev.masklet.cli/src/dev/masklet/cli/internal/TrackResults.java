package dev.masklet.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Locale;
import java.util.Map;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.FrameRange;
import dev.masklet.engine.prompted.TrackPrompts;
import dev.masklet.engine.prompted.TrackedProject;
import dev.masklet.media.VideoSource;

/**
 * What {@code masklet-cli track} does with each final frame besides the project ({@link TrackedProject}): the mask
 * PNGs of {@code --export masks} and the progress lines on stderr.
 */
final class TrackResults implements TrackedProject.FrameSink {
    private final Path outDir;
    private final TrackPrompts prompts;
    private final FrameRange range;
    private final PrintStream err;
    private final boolean exportMasks;
    private final BitSet written = new BitSet();
    private final int width;
    private final int height;
    private final long start = System.nanoTime();
    private byte[] emptyPng;
    private long lastReport;

    TrackResults(VideoSource source, Path outDir, TrackPrompts prompts, FrameRange range, boolean exportMasks,
            PrintStream err) {
        this.err = err;
        this.outDir = outDir;
        this.prompts = prompts;
        this.range = range;
        this.exportMasks = exportMasks;
        this.width = source.width();
        this.height = source.height();
    }

    @Override
    public void frameDone(int frame, Map<Integer, BinaryMask> masks) {
        if (exportMasks) {
            try {
                for (var e : masks.entrySet()) {
                    Files.write(maskFile(e.getKey(), frame), e.getValue() == null ? emptyPng()
                            : MaskPng.encode(e.getValue()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        written.set(frame);
        report();
    }

    /** Writes empty masks for the frames of the range that got no result. */
    void finish() throws IOException {
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

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
                : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
}
