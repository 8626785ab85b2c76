package dev.masklet.export.sample.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.export.ExportException;
import dev.masklet.export.ExportMonitor;
import dev.masklet.export.ExportRequest;
import dev.masklet.export.ExportResult;
import dev.masklet.export.Exporter;

/**
 * A sample exporter plug-in: one CSV file (RFC 4180, UTF-8) with a header and one line per object and frame:
 * {@code frame,track_id,label,x,y,width,height}, the box in pixels. Written against the public API only, as a
 * template for third-party formats.
 */
public final class BoxesCsvExporter implements Exporter {
    @Override
    public ExportResult export(ExportRequest request, ExportMonitor monitor) throws ExportException, IOException {
        ExportResult.Builder result = ExportResult.builder();
        List<Integer> frames = request.selectedFrames();
        List<TrackedObject> objects = request.project().objects().stream()
                .sorted(Comparator.comparingInt(TrackedObject::trackId)).toList();
        monitor.begin("Writing boxes as CSV", frames.size());
        StringBuilder csv = new StringBuilder("frame,track_id,label,x,y,width,height\r\n");
        for (int frame : frames) {
            monitor.checkCanceled();
            for (TrackedObject o : objects) {
                BinaryMask mask = o.mask(frame);
                int[] b = mask == null ? null : mask.bounds();
                if (mask != null && b == null) {
                    result.warn("frame " + frame + ", object " + o.trackId() + " (\"" + o.label()
                            + "\"): empty mask, left out");
                }
                if (b != null) {
                    csv.append(frame).append(',').append(o.trackId()).append(',').append(quoted(o.label()))
                            .append(',').append(b[0]).append(',').append(b[1]).append(',')
                            .append(b[2] - b[0] + 1).append(',').append(b[3] - b[1] + 1).append("\r\n");
                }
            }
            monitor.worked(1);
        }
        Path file = request.output();
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return result.file(file).build();
    }

    /** RFC 4180: fields with commas, quotes or line breaks are quoted, quotes doubled. */
    static String quoted(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }
}
