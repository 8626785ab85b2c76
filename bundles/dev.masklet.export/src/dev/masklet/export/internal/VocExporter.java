package dev.masklet.export.internal;

import java.io.IOException;
import java.util.ArrayList;
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

/**
 * Pascal VOC: {@code Annotations/frame_NNNNNN.xml} (boxes, 1-based inclusive pixel coordinates as in VOC, the
 * track id as a CVAT-style attribute), {@code SegmentationObject/} and {@code SegmentationClass/} palette PNGs (VOC
 * colour map; object index = position of the object in the XML, class index = category id, 0 background),
 * {@code ImageSets/Main/default.txt}, {@code ImageSets/Segmentation/default.txt}, {@code labelmap.txt} (CVAT's
 * {@code name:r,g,b::} lines) and, with images, {@code JPEGImages/}.
 */
public final class VocExporter implements Exporter {
    private static final int MAX_INDEX = 254; // 255 is VOC's "void"

    @Override
    public ExportResult export(ExportRequest request, ExportMonitor monitor) throws ExportException, IOException {
        ExportRun job = new ExportRun(request, monitor);
        job.begin("Exporting Pascal VOC", 1);
        if (job.categories().size() > MAX_INDEX) {
            job.warn(job.categories().size() + " labels: only the first " + MAX_INDEX
                    + " fit into SegmentationClass PNGs; objects of the others are left out of them");
        }
        List<String> names = new ArrayList<>();
        for (int frame : job.frames()) {
            job.checkCanceled();
            String base = FrameFiles.baseName(frame);
            names.add(base);
            String imageName = FrameFiles.imageName(frame, job.imageFormat());
            List<Instance> instances = job.instances(frame);
            StringBuilder x = new StringBuilder();
            x.append("<annotation>\n");
            x.append("  <folder>JPEGImages</folder>\n");
            x.append("  <filename>").append(Text.xml(imageName)).append("</filename>\n");
            x.append("  <source>\n    <database>Masklet</database>\n    <annotation>")
                    .append(Text.xml(job.project().mediaName())).append("</annotation>\n  </source>\n");
            x.append("  <size>\n    <width>").append(job.width()).append("</width>\n    <height>")
                    .append(job.height()).append("</height>\n    <depth>3</depth>\n  </size>\n");
            x.append("  <segmented>1</segmented>\n");
            List<Instance> inPng = new ArrayList<>();
            List<Integer> objectIndex = new ArrayList<>();
            List<Integer> classIndex = new ArrayList<>();
            int index = 0;
            for (Instance inst : instances) {
                Box b = MaskGeometry.box(inst.mask()).orElseThrow();
                index++;
                boolean truncated = b.x() == 0 || b.y() == 0 || b.maxX() == job.width() - 1
                        || b.maxY() == job.height() - 1;
                x.append("  <object>\n");
                x.append("    <name>").append(Text.xml(inst.label())).append("</name>\n");
                x.append("    <pose>Unspecified</pose>\n");
                x.append("    <truncated>").append(truncated ? 1 : 0).append("</truncated>\n");
                x.append("    <difficult>0</difficult>\n");
                x.append("    <bndbox>\n");
                x.append("      <xmin>").append(b.x() + 1).append("</xmin>\n");
                x.append("      <ymin>").append(b.y() + 1).append("</ymin>\n");
                x.append("      <xmax>").append(b.maxX() + 1).append("</xmax>\n");
                x.append("      <ymax>").append(b.maxY() + 1).append("</ymax>\n");
                x.append("    </bndbox>\n");
                x.append("    <attributes>\n      <attribute>\n        <name>track_id</name>\n        <value>")
                        .append(inst.trackId()).append("</value>\n      </attribute>\n    </attributes>\n");
                x.append("  </object>\n");
                if (index > MAX_INDEX) {
                    job.warn(ExportRun.describe(frame, inst.object()) + ": more than " + MAX_INDEX
                            + " objects on the frame; left out of the SegmentationObject PNG");
                    continue;
                }
                if (inst.categoryId() > MAX_INDEX) {
                    continue;
                }
                inPng.add(inst);
                objectIndex.add(index);
                classIndex.add(inst.categoryId());
            }
            x.append("</annotation>\n");
            job.writeString(job.out().resolve("Annotations").resolve(base + ".xml"), x.toString());
            int[] objects = job.paint(frame, inPng, objectIndex.stream().mapToInt(Integer::intValue).toArray());
            int[] classes = job.paint(frame, inPng, classIndex.stream().mapToInt(Integer::intValue).toArray(), false);
            job.writeIndexedPng(bytes(objects), job.out().resolve("SegmentationObject").resolve(base + ".png"));
            job.writeIndexedPng(bytes(classes), job.out().resolve("SegmentationClass").resolve(base + ".png"));
            if (job.images()) {
                job.writeImage(frame, job.out().resolve("JPEGImages").resolve(imageName));
            }
            job.step();
        }
        String list = names.isEmpty() ? "" : String.join("\n", names) + "\n";
        job.writeString(job.out().resolve("ImageSets").resolve("Main").resolve("default.txt"), list);
        job.writeString(job.out().resolve("ImageSets").resolve("Segmentation").resolve("default.txt"), list);
        StringBuilder map = new StringBuilder("# label:color_rgb:parts:actions\nbackground:0,0,0::\n");
        List<String> labels = job.categories().labels();
        for (int i = 0; i < labels.size(); i++) {
            int rgb = Palette.rgb(Math.min(i + 1, 255));
            map.append(labels.get(i).replace(':', '_')).append(':').append(rgb >> 16 & 0xff).append(',')
                    .append(rgb >> 8 & 0xff).append(',').append(rgb & 0xff).append("::\n");
            if (labels.get(i).contains(":")) {
                job.warn("label \"" + labels.get(i) + "\": ':' separates fields in labelmap.txt and was written as '_'"
                        + " there (the XML files keep the name as is)");
            }
        }
        job.writeString(job.out().resolve("labelmap.txt"), map.toString());
        job.monitor().worked(1);
        return job.result();
    }

    static byte[] bytes(int[] values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}
