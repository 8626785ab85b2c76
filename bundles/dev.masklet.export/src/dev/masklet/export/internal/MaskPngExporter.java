package dev.masklet.export.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.masklet.core.model.TrackedObject;
import dev.masklet.export.ExportException;
import dev.masklet.export.ExportMonitor;
import dev.masklet.export.ExportRequest;
import dev.masklet.export.ExportResult;
import dev.masklet.export.Exporter;
import dev.masklet.export.FrameFiles;
import dev.masklet.export.internal.ExportRun.Instance;

/**
 * Mask PNGs: {@code instances/frame_NNNNNN.png} (pixel value = track id, 0 background) and
 * {@code semantic/frame_NNNNNN.png} (pixel value = category id), both 8-bit palette PNGs with the VOC colour map
 * (16-bit grayscale when an id exceeds 255), {@code labels.json} mapping ids to labels and colours, and with images
 * {@code images/}. A pixel claimed by two objects goes to the smaller one.
 */
public final class MaskPngExporter implements Exporter {
    @Override
    public ExportResult export(ExportRequest request, ExportMonitor monitor) throws ExportException, IOException {
        ExportRun job = new ExportRun(request, monitor);
        job.begin("Exporting mask PNGs", 1);
        int maxTrack = job.project().objects().stream().mapToInt(TrackedObject::trackId).max().orElse(0);
        boolean wideInstances = maxTrack > 255;
        boolean wideClasses = job.categories().size() > 255;
        if (wideInstances) {
            job.warn("track ids go up to " + maxTrack + ": instance PNGs are 16-bit grayscale, without palette");
        }
        for (int frame : job.frames()) {
            job.checkCanceled();
            List<Instance> instances = job.instances(frame);
            int[] tracks = instances.stream().mapToInt(Instance::trackId).toArray();
            int[] classes = instances.stream().mapToInt(Instance::categoryId).toArray();
            String png = FrameFiles.baseName(frame) + ".png";
            write(job, job.paint(frame, instances, tracks), wideInstances, job.out().resolve("instances").resolve(png));
            write(job, job.paint(frame, instances, classes, false), wideClasses,
                    job.out().resolve("semantic").resolve(png));
            if (job.images()) {
                job.writeImage(frame, job.out().resolve("images").resolve(FrameFiles.imageName(frame,
                        job.imageFormat())));
            }
            job.step();
        }
        JsonObject root = new JsonObject();
        root.addProperty("media", job.project().mediaName());
        JsonArray categories = new JsonArray();
        List<String> labels = job.categories().labels();
        for (int i = 0; i < labels.size(); i++) {
            JsonObject c = new JsonObject();
            c.addProperty("id", i + 1);
            c.addProperty("name", labels.get(i));
            c.add("color", color(i + 1));
            categories.add(c);
        }
        root.add("categories", categories);
        JsonArray objects = new JsonArray();
        for (TrackedObject o : job.project().objects()) {
            JsonObject j = new JsonObject();
            j.addProperty("track_id", o.trackId());
            j.addProperty("label", o.label());
            j.addProperty("category_id", job.categories().id(o.label()));
            j.add("color", color(o.trackId()));
            objects.add(j);
        }
        root.add("objects", objects);
        job.writeString(job.out().resolve("labels.json"), DatasetJson.PRETTY.toJson(root) + "\n");
        job.monitor().worked(1);
        return job.result();
    }

    private static JsonArray color(int index) {
        if (index > 255) {
            return null;
        }
        int rgb = Palette.rgb(index);
        return DatasetJson.ints(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
    }

    private static void write(ExportRun job, int[] values, boolean wide, Path file) throws IOException {
        if (wide) {
            job.writeGray16Png(values, file);
        } else {
            job.writeIndexedPng(VocExporter.bytes(values), file);
        }
    }
}
