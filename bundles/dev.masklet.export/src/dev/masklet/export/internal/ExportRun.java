package dev.masklet.export.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.masklet.core.image.FrameProvider;
import dev.masklet.core.image.RgbImage;
import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.export.ExportCanceledException;
import dev.masklet.export.ExportException;
import dev.masklet.export.ExportMonitor;
import dev.masklet.export.ExportRequest;
import dev.masklet.export.ExportResult;
import dev.masklet.export.FrameFiles;
import dev.masklet.export.ImageFormat;
import dev.masklet.export.LabelCategories;
import dev.masklet.geometry.MaskGeometry;
import dev.masklet.geometry.Polygons;

/**
 * One run of a built-in exporter and what it needs meanwhile: the frames, the instances, file writing, warnings,
 * progress. Not an Eclipse Job: the workbench runs exports in its {@code ExportDatasetJob}, the command line on its
 * own thread.
 */
public final class ExportRun {
    /** One object on one frame. */
    public record Instance(TrackedObject object, int categoryId, BinaryMask mask) {
        public int trackId() {
            return object.trackId();
        }

        public String label() {
            return object.label();
        }
    }

    private final ExportRequest request;
    private final ExportMonitor monitor;
    private final ExportResult.Builder result = ExportResult.builder();
    private final LabelCategories categories;
    private final Path out;
    private final Set<String> warnedOnce = new HashSet<>();

    public ExportRun(ExportRequest request, ExportMonitor monitor) throws ExportException, IOException {
        this.request = request;
        this.monitor = monitor == null ? ExportMonitor.NONE : monitor;
        this.categories = LabelCategories.of(request.project());
        this.out = request.output();
        if (request.options().includeImages() && request.frameProvider().isEmpty()) {
            throw new ExportException("frame images were asked for, but the frames of '"
                    + request.project().mediaName() + "' are not available");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ExportException(out + " is a file; the export needs a folder there");
        }
        Files.createDirectories(out);
    }

    public AnnotationProject project() {
        return request.project();
    }

    public int width() {
        return request.project().width();
    }

    public int height() {
        return request.project().height();
    }

    public LabelCategories categories() {
        return categories;
    }

    public Path out() {
        return out;
    }

    public ExportMonitor monitor() {
        return monitor;
    }

    public List<Integer> frames() {
        return request.selectedFrames();
    }

    public boolean images() {
        return request.options().includeImages();
    }

    public ImageFormat imageFormat() {
        return request.options().imageFormat();
    }

    /** The objects with a non-empty mask on the frame, by track id; empty masks are left out with a warning. */
    public List<Instance> instances(int frame) {
        List<Instance> list = new ArrayList<>();
        List<TrackedObject> objects = new ArrayList<>(project().objects());
        objects.sort(Comparator.comparingInt(TrackedObject::trackId));
        for (TrackedObject o : objects) {
            BinaryMask mask = o.mask(frame);
            if (mask == null) {
                continue;
            }
            if (mask.width() != width() || mask.height() != height()) {
                warnOnce("size:" + o.trackId(), describe(frame, o) + ": mask is " + mask.width() + "x"
                        + mask.height() + ", the project " + width() + "x" + height() + "; resized");
                mask = MaskGeometry.resize(mask, width(), height());
            }
            if (mask.area() == 0) {
                warn(describe(frame, o) + ": empty mask, left out");
                continue;
            }
            list.add(new Instance(o, categories.id(o.label()), mask));
        }
        return list;
    }

    /**
     * The polygons of an instance at the options' fineness; parts too thin for a polygon are reported. May be
     * empty (then the caller leaves the instance out of polygon formats and says so).
     */
    public Polygons polygons(int frame, Instance instance) {
        Polygons p = MaskGeometry.polygons(instance.mask(), request.options().polygonEpsilon());
        reportDegenerate(frame, instance, p);
        return p;
    }

    /** Warns about the parts of an instance's polygons that were too thin to be a polygon, if any. */
    public void reportDegenerate(int frame, Instance instance, Polygons p) {
        if (p.degenerateParts() > 0) {
            warn(describe(frame, instance.object()) + ": left out " + p.degenerateParts()
                    + (p.degenerateParts() == 1 ? " part or hole" : " parts or holes") + " too thin to be a polygon");
        }
    }

    public static String describe(int frame, TrackedObject o) {
        return "frame " + frame + ", object " + o.trackId() + " (\"" + o.label() + "\")";
    }

    /** Writes the frame's image to {@code file} (resized when the video's size differs from the project's). */
    public void writeImage(int frame, Path file) throws IOException {
        FrameProvider frames = request.frameProvider().orElseThrow();
        if (frame >= frames.frameCount()) {
            warnOnce("frames-missing", "the video has only " + frames.frameCount() + " frames; no image for frame "
                    + frame + " and later");
            return;
        }
        RgbImage image = frames.frame(frame);
        if (image.width() != width() || image.height() != height()) {
            warnOnce("frame-size", "the video's frames are " + image.width() + "x" + image.height()
                    + ", the annotations " + width() + "x" + height() + "; images were resized to the annotations");
            image = MaskGeometry.resize(image, width(), height());
        }
        FrameFiles.writeImage(image, file, imageFormat());
        result.file(file);
    }

    public void writeString(Path file, String text) throws IOException {
        writeBytes(file, text.getBytes(StandardCharsets.UTF_8));
    }

    public void writeBytes(Path file, byte[] bytes) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(file, bytes);
        result.file(file);
    }

    public void writeIndexedPng(byte[] indices, Path file) throws IOException {
        Images.writeIndexed(indices, width(), height(), file);
        result.file(file);
    }

    public void writeGray16Png(int[] values, Path file) throws IOException {
        Images.writeGray16(values, width(), height(), file);
        result.file(file);
    }

    public void warn(String warning) {
        result.warn(warning);
    }

    public void warnOnce(String key, String warning) {
        if (warnedOnce.add(key)) {
            result.warn(warning);
        }
    }

    /** Starts progress: one unit per frame plus {@code extra}. */
    public void begin(String task, int extra) {
        monitor.begin(task, frames().size() + extra);
    }

    /** One unit done; throws when canceled. */
    public void step() throws ExportCanceledException {
        monitor.worked(1);
        monitor.checkCanceled();
    }

    public void checkCanceled() throws ExportCanceledException {
        monitor.checkCanceled();
    }

    public ExportResult result() {
        return result.build();
    }

    /**
     * Paints instances into one label image, for formats that give every pixel to one object: smaller objects are
     * painted last, over larger ones (a small object overlapping a large one is usually in front of it).
     * Overlapping pixels are counted and reported.
     *
     * @param values the value painted for each instance (same order as {@code instances})
     */
    public int[] paint(int frame, List<Instance> instances, int[] values) {
        return paint(frame, instances, values, true);
    }

    /** {@link #paint(int, List, int[])}, reporting overlaps only when {@code report}. */
    public int[] paint(int frame, List<Instance> instances, int[] values, boolean report) {
        int n = width() * height();
        int[] label = new int[n];
        int[] owner = new int[n];
        Integer[] order = new Integer[instances.size()];
        int[] areas = new int[instances.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            areas[i] = instances.get(i).mask().area();
        }
        java.util.Arrays.sort(order, Comparator.comparingInt((Integer i) -> -areas[i]).thenComparingInt(i -> i));
        long overlap = 0;
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            byte[] bits = instances.get(i).mask().bits();
            for (int p = 0; p < n; p++) {
                if (bits[p] != 0) {
                    if (owner[p] != 0) {
                        overlap++;
                    }
                    owner[p] = i + 1;
                    label[p] = values[i];
                }
            }
        }
        if (report && overlap > 0) {
            warn("frame " + frame + ": " + overlap + " pixels belong to more than one object; each went to the"
                    + " smaller object");
        }
        return label;
    }
}
