package dev.masklet.export.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.masklet.core.mask.CocoRle;
import dev.masklet.export.ExportException;
import dev.masklet.export.ExportMonitor;
import dev.masklet.export.ExportRequest;
import dev.masklet.export.ExportResult;
import dev.masklet.export.Exporter;
import dev.masklet.export.FrameFiles;
import dev.masklet.export.internal.ExportRun.Instance;
import dev.masklet.geometry.MaskGeometry;
import dev.masklet.geometry.PolygonPart;
import dev.masklet.geometry.Polygons;

/**
 * COCO instances: {@code annotations.json} (+ {@code images/}). One COCO image per frame (id = frame + 1, extra field
 * {@code frame_index}), one annotation per object and frame with the extra field {@code track_id}. Segmentation per
 * the option {@code coco.segmentation}: {@code auto} (default: polygons, but RLE for masks with holes or parts too
 * thin for a polygon, so nothing is lost), {@code polygon} or {@code rle} (pycocotools' compressed counts string).
 */
public final class CocoExporter implements Exporter {
    public static final String SEGMENTATION = "coco.segmentation";

    @Override
    public ExportResult export(ExportRequest request, ExportMonitor monitor) throws ExportException, IOException {
        String mode = request.options().property(SEGMENTATION, "auto").toLowerCase(Locale.ROOT);
        if (!List.of("auto", "polygon", "rle").contains(mode)) {
            throw new ExportException(SEGMENTATION + " must be auto, polygon or rle, got '" + mode + "'");
        }
        ExportRun job = new ExportRun(request, monitor);
        job.begin("Exporting COCO", 1);
        JsonObject root = new JsonObject();
        JsonObject info = new JsonObject();
        info.addProperty("description", "Masklet export of " + job.project().mediaName());
        info.addProperty("version", "1.0");
        info.addProperty("year", LocalDate.now().getYear());
        info.addProperty("contributor", "Masklet");
        info.addProperty("date_created", LocalDate.now().toString());
        info.addProperty("masklet_media", job.project().mediaName());
        info.addProperty("masklet_frames", job.project().frameCount());
        root.add("info", info);
        root.add("licenses", new JsonArray());
        JsonArray categories = new JsonArray();
        List<String> labels = job.categories().labels();
        for (int i = 0; i < labels.size(); i++) {
            JsonObject c = new JsonObject();
            c.addProperty("id", i + 1);
            c.addProperty("name", labels.get(i));
            c.addProperty("supercategory", "");
            categories.add(c);
        }
        JsonArray images = new JsonArray();
        JsonArray annotations = new JsonArray();
        int annotationId = 1;
        for (int frame : job.frames()) {
            job.checkCanceled();
            String fileName = FrameFiles.imageName(frame, job.imageFormat());
            JsonObject image = new JsonObject();
            image.addProperty("id", frame + 1);
            image.addProperty("file_name", fileName);
            image.addProperty("width", job.width());
            image.addProperty("height", job.height());
            image.addProperty("frame_index", frame);
            images.add(image);
            if (job.images()) {
                job.writeImage(frame, job.out().resolve("images").resolve(fileName));
            }
            for (Instance inst : job.instances(frame)) {
                JsonObject a = new JsonObject();
                a.addProperty("id", annotationId);
                a.addProperty("image_id", frame + 1);
                a.addProperty("category_id", inst.categoryId());
                Polygons p = MaskGeometry.polygons(inst.mask(), request.options().polygonEpsilon());
                boolean lossy = p.isEmpty() || p.holeCount() > 0 || p.degenerateParts() > 0;
                if (mode.equals("rle") || mode.equals("auto") && lossy) {
                    JsonObject rle = new JsonObject();
                    rle.add("size", DatasetJson.ints(job.height(), job.width()));
                    rle.addProperty("counts", CocoRle.encode(inst.mask()));
                    a.add("segmentation", rle);
                } else {
                    job.reportDegenerate(frame, inst, p);
                    if (p.isEmpty()) {
                        job.warn(ExportRun.describe(frame, inst.object())
                                + ": too thin for a polygon, left out (use coco.segmentation=rle to keep it)");
                        continue;
                    }
                    if (p.holeCount() > 0) {
                        job.warn(ExportRun.describe(frame, inst.object()) + ": COCO polygons cannot have holes; "
                                + p.holeCount() + " hole(s) filled (use coco.segmentation=auto or rle to keep them)");
                    }
                    JsonArray polys = new JsonArray();
                    for (PolygonPart part : p.parts()) {
                        polys.add(DatasetJson.flat(part.outer()));
                    }
                    a.add("segmentation", polys);
                }
                a.addProperty("area", inst.mask().area());
                a.add("bbox", DatasetJson.xywh(MaskGeometry.box(inst.mask()).orElseThrow()));
                a.addProperty("iscrowd", 0);
                a.addProperty("track_id", inst.trackId());
                annotations.add(a);
                annotationId++;
            }
            job.step();
        }
        root.add("images", images);
        root.add("annotations", annotations);
        root.add("categories", categories);
        job.writeString(job.out().resolve("annotations.json"), DatasetJson.COMPACT.toJson(root));
        job.monitor().worked(1);
        return job.result();
    }
}
