package dev.masklet.export.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import dev.masklet.core.image.FrameProvider;
import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.mask.CocoRle;
import dev.masklet.core.model.FrameRange;
import dev.masklet.export.ExportException;
import dev.masklet.export.ExportMonitor;
import dev.masklet.export.ExportRequest;
import dev.masklet.export.ExportResult;
import dev.masklet.export.Exporter;
import dev.masklet.export.internal.ExportRun.Instance;
import dev.masklet.geometry.Box;
import dev.masklet.geometry.MaskGeometry;

/**
 * MOTChallenge sequences. The sequence is the export's frame range, numbered from 1 as MOTChallenge does (frame 1 =
 * first frame of the range); images, when asked for, are {@code img1/000001.jpg} and on, as {@code seqinfo.ini}
 * says. {@code gt/labels.txt} lists the labels, line k = class k.
 * <ul>
 * <li>MOT ({@code mot}): {@code gt/gt.txt} lines {@code frame,id,bb_left,bb_top,bb_width,bb_height,conf,class,
 * visibility} with conf 1 (the box counts), class = category id and visibility 1 (not measured).</li>
 * <li>MOTS ({@code mots}): {@code gt/gt.txt} lines {@code frame id class_id img_height img_width rle} with
 * {@code id = class_id * 1000 + track id} and the mask as COCO RLE counts string. MOTS masks may not overlap: a
 * pixel claimed by two objects goes to the smaller one. MOTS reserves class 10 for ignore regions, so categories
 * 10 and above are written as class_id category + 1; track ids must stay below 1000.</li>
 * </ul>
 */
public class MotExporter implements Exporter {
    private static final double DEFAULT_FPS = 25;
    private final boolean segmentation;

    public MotExporter() {
        this(false);
    }

    protected MotExporter(boolean segmentation) {
        this.segmentation = segmentation;
    }

    /** MOTS class id of a category: MOTS reserves 10 for "ignore". */
    public static int motsClass(int categoryId) {
        return categoryId < 10 ? categoryId : categoryId + 1;
    }

    @Override
    public ExportResult export(ExportRequest request, ExportMonitor monitor) throws ExportException, IOException {
        ExportRun job = new ExportRun(request, monitor);
        FrameRange range = request.effectiveRange();
        int length = range == null ? 0 : range.length();
        job.monitor().begin(segmentation ? "Exporting MOTS" : "Exporting MOT", length + 1);
        StringBuilder gt = new StringBuilder();
        for (int k = 0; k < length; k++) {
            job.checkCanceled();
            int frame = range.first() + k;
            int motFrame = k + 1;
            List<Instance> instances = job.instances(frame);
            if (segmentation) {
                motsLines(job, frame, motFrame, instances, gt);
            } else {
                for (Instance inst : instances) {
                    Box b = MaskGeometry.box(inst.mask()).orElseThrow();
                    gt.append(motFrame).append(',').append(inst.trackId()).append(',').append(b.x()).append(',')
                            .append(b.y()).append(',').append(b.width()).append(',').append(b.height())
                            .append(",1,").append(inst.categoryId()).append(",1\n");
                }
            }
            if (job.images()) {
                job.writeImage(frame, job.out().resolve("img1").resolve(
                        String.format(Locale.ROOT, "%06d.%s", motFrame, job.imageFormat().extension())));
            }
            job.monitor().worked(1);
        }
        job.writeString(job.out().resolve("gt").resolve("gt.txt"), gt.toString());
        List<String> labels = new java.util.ArrayList<>();
        List<String> names = job.categories().labels();
        for (int i = 0; i < names.size(); i++) {
            int cls = segmentation ? motsClass(i + 1) : i + 1;
            while (labels.size() < cls - 1) {
                labels.add("ignore"); // MOTS class 10
            }
            labels.add(names.get(i).replace('\n', ' '));
        }
        job.writeString(job.out().resolve("gt").resolve("labels.txt"),
                labels.isEmpty() ? "" : String.join("\n", labels) + "\n");
        double fps = request.frameProvider().map(FrameProvider::fps).orElse(0.0);
        if (!(fps > 0)) {
            job.warn("the frame rate is not known (no video at hand); seqinfo.ini says " + (int) DEFAULT_FPS);
            fps = DEFAULT_FPS;
        }
        String seqinfo = "[Sequence]\n"
                + "name=" + Text.stem(job.project().mediaName()).replace('\n', ' ') + "\n"
                + "imDir=img1\n"
                + "frameRate=" + (fps == Math.rint(fps) ? String.valueOf((long) fps) : Text.decimal(fps)) + "\n"
                + "seqLength=" + length + "\n"
                + "imWidth=" + job.width() + "\n"
                + "imHeight=" + job.height() + "\n"
                + "imExt=." + job.imageFormat().extension() + "\n";
        job.writeString(job.out().resolve("seqinfo.ini"), seqinfo);
        job.monitor().worked(1);
        return job.result();
    }

    private static void motsLines(ExportRun job, int frame, int motFrame, List<Instance> instances, StringBuilder gt) {
        int[] values = new int[instances.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = i + 1;
        }
        int[] owner = job.paint(frame, instances, values);
        for (int i = 0; i < instances.size(); i++) {
            Instance inst = instances.get(i);
            if (inst.trackId() >= 1000) {
                job.warn(ExportRun.describe(frame, inst.object()) + ": MOTS track ids must be below 1000; left out");
                continue;
            }
            byte[] bits = new byte[owner.length];
            int area = 0;
            for (int p = 0; p < owner.length; p++) {
                if (owner[p] == i + 1) {
                    bits[p] = 1;
                    area++;
                }
            }
            if (area == 0) {
                job.warn(ExportRun.describe(frame, inst.object()) + ": wholly covered by smaller objects; left out");
                continue;
            }
            int cls = motsClass(inst.categoryId());
            gt.append(motFrame).append(' ').append(cls * 1000 + inst.trackId()).append(' ').append(cls).append(' ')
                    .append(job.height()).append(' ').append(job.width()).append(' ')
                    .append(CocoRle.encode(new BinaryMask(job.width(), job.height(), bits))).append('\n');
        }
    }
}
