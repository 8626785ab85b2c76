package dev.masklet.export.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import dev.masklet.core.mask.CocoRle;
import dev.masklet.export.ExportException;
import dev.masklet.export.ExportMonitor;
import dev.masklet.export.ExportRequest;
import dev.masklet.export.ExportResult;
import dev.masklet.export.Exporter;
import dev.masklet.export.FrameFiles;
import dev.masklet.export.internal.ExportRun.Instance;
import dev.masklet.geometry.PolygonPart;
import dev.masklet.geometry.Polygons;

/**
 * LabelMe / X-AnyLabeling JSON, one {@code frame_NNNNNN.json} per frame beside its image: one {@code polygon} shape
 * per part of each object, {@code group_id} = track id (the parts of a split object share it), and Masklet's
 * lossless masks in the extension field {@code masklet} (see {@link LabelMeFormat} and README.md).
 */
public final class LabelMeExporter implements Exporter {
    @Override
    public ExportResult export(ExportRequest request, ExportMonitor monitor) throws ExportException, IOException {
        ExportRun job = new ExportRun(request, monitor);
        job.begin("Exporting LabelMe / X-AnyLabeling JSON", 0);
        for (int frame : job.frames()) {
            job.checkCanceled();
            String imageName = FrameFiles.imageName(frame, job.imageFormat());
            JsonArray shapes = new JsonArray();
            JsonArray masks = new JsonArray();
            for (Instance inst : job.instances(frame)) {
                Polygons p = job.polygons(frame, inst);
                if (p.holeCount() > 0) {
                    job.warnOnce("holes:" + inst.trackId(), "object " + inst.trackId() + " (\"" + inst.label()
                            + "\"): LabelMe polygons cannot have holes; the holes are kept in the \"masklet\" field");
                }
                if (p.isEmpty()) {
                    job.warn(ExportRun.describe(frame, inst.object())
                            + ": too thin for a polygon; kept only in the \"masklet\" field");
                }
                List<JsonObject> own = new ArrayList<>();
                for (PolygonPart part : p.parts()) {
                    JsonObject s = new JsonObject();
                    s.addProperty("label", inst.label());
                    s.add("score", JsonNull.INSTANCE);
                    s.add("points", DatasetJson.pairs(part.outer()));
                    s.addProperty("group_id", inst.trackId());
                    s.addProperty("description", "");
                    s.addProperty("difficult", false);
                    s.addProperty("shape_type", "polygon");
                    s.add("flags", new JsonObject());
                    s.add("attributes", new JsonObject());
                    s.add("kie_linking", new JsonArray());
                    shapes.add(s);
                    own.add(s);
                }
                JsonObject m = new JsonObject();
                m.addProperty("group_id", inst.trackId());
                m.addProperty("label", inst.label());
                m.addProperty("shapes_sha256", LabelMeFormat.fingerprint(own));
                JsonObject rle = new JsonObject();
                rle.add("size", DatasetJson.ints(job.height(), job.width()));
                rle.addProperty("counts", CocoRle.encode(inst.mask()));
                m.add("mask", rle);
                masks.add(m);
            }
            JsonObject root = new JsonObject();
            root.addProperty("version", LabelMeFormat.FILE_VERSION);
            root.add("flags", new JsonObject());
            root.add("shapes", shapes);
            root.addProperty("imagePath", imageName);
            root.add("imageData", JsonNull.INSTANCE);
            root.addProperty("imageHeight", job.height());
            root.addProperty("imageWidth", job.width());
            root.addProperty("description", "");
            JsonObject ext = new JsonObject();
            ext.addProperty("format", LabelMeFormat.FORMAT);
            ext.addProperty("version", LabelMeFormat.VERSION);
            ext.addProperty("media", job.project().mediaName());
            ext.addProperty("frame", frame);
            ext.addProperty("frames", job.project().frameCount());
            ext.add("masks", masks);
            root.add(LabelMeFormat.FIELD, ext);
            job.writeString(job.out().resolve(FrameFiles.baseName(frame) + ".json"),
                    DatasetJson.PRETTY.toJson(root) + "\n");
            if (job.images()) {
                job.writeImage(frame, job.out().resolve(imageName));
            }
            job.step();
        }
        return job.result();
    }
}
