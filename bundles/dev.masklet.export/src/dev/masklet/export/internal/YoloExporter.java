package dev.masklet.export.internal;

import java.io.IOException;
import java.util.List;

import dev.masklet.export.ExportException;
import dev.masklet.export.ExportMonitor;
import dev.masklet.export.ExportRequest;
import dev.masklet.export.ExportResult;
import dev.masklet.export.Exporter;
import dev.masklet.export.FrameFiles;
import dev.masklet.export.internal.ExportRun.Instance;
import dev.masklet.geometry.Box;
import dev.masklet.geometry.MaskGeometry;
import dev.masklet.geometry.Polygons;
import dev.masklet.geometry.Ring;

/**
 * Ultralytics YOLO: {@code data.yaml}, {@code labels/frame_NNNNNN.txt} (+ {@code images/}). Class index = category
 * id - 1; coordinates normalised to [0, 1] by the image size. Detection lines: {@code class cx cy w h}; segmentation
 * lines: {@code class x1 y1 x2 y2 ...}, one polygon per object: the parts and holes of a split object are joined
 * into one ring by zero-width cuts, as Ultralytics' own converter does.
 */
public class YoloExporter implements Exporter {
    // YoloSegmentExporter is the segmentation variant (id yolo-seg)
    private final boolean segment;

    public YoloExporter() {
        this(false);
    }

    protected YoloExporter(boolean segment) {
        this.segment = segment;
    }

    @Override
    public ExportResult export(ExportRequest request, ExportMonitor monitor) throws ExportException, IOException {
        ExportRun job = new ExportRun(request, monitor);
        job.begin(segment ? "Exporting YOLO segmentation" : "Exporting YOLO detection", 1);
        double w = job.width();
        double h = job.height();
        for (int frame : job.frames()) {
            job.checkCanceled();
            StringBuilder lines = new StringBuilder();
            for (Instance inst : job.instances(frame)) {
                int cls = inst.categoryId() - 1;
                if (segment) {
                    Polygons p = job.polygons(frame, inst);
                    Ring ring = MaskGeometry.joinToSingleRing(p);
                    if (ring.size() < 3) {
                        job.warn(ExportRun.describe(frame, inst.object()) + ": too thin for a polygon, left out");
                        continue;
                    }
                    lines.append(cls);
                    for (int i = 0; i < ring.size(); i++) {
                        lines.append(' ').append(Text.decimal(clamp(ring.x(i) / w)))
                                .append(' ').append(Text.decimal(clamp(ring.y(i) / h)));
                    }
                    lines.append('\n');
                } else {
                    Box b = MaskGeometry.box(inst.mask()).orElseThrow();
                    lines.append(cls).append(' ').append(Text.decimal(clamp(b.centerX() / w)))
                            .append(' ').append(Text.decimal(clamp(b.centerY() / h)))
                            .append(' ').append(Text.decimal(clamp(b.width() / w)))
                            .append(' ').append(Text.decimal(clamp(b.height() / h))).append('\n');
                }
            }
            job.writeString(job.out().resolve("labels").resolve(FrameFiles.baseName(frame) + ".txt"),
                    lines.toString());
            if (job.images()) {
                job.writeImage(frame, job.out().resolve("images").resolve(FrameFiles.imageName(frame,
                        job.imageFormat())));
            }
            job.step();
        }
        job.writeString(job.out().resolve("data.yaml"), dataYaml(job));
        job.monitor().worked(1);
        return job.result();
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private String dataYaml(ExportRun job) {
        StringBuilder y = new StringBuilder();
        y.append("# ").append(segment ? "YOLO segmentation" : "YOLO detection").append(" dataset exported by Masklet from ")
                .append(job.project().mediaName().replace('\n', ' ')).append('\n');
        y.append("# paths are relative to this file's folder; train and val are the same frames\n");
        y.append("train: images\n");
        y.append("val: images\n");
        List<String> labels = job.categories().labels();
        y.append("nc: ").append(labels.size()).append('\n');
        y.append("names:\n");
        for (int i = 0; i < labels.size(); i++) {
            y.append("  ").append(i).append(": ").append(Text.yamlQuoted(labels.get(i))).append('\n');
        }
        return y.toString();
    }
}
