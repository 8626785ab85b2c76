package dev.masklet.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.export.ExportOptions;
import dev.masklet.export.ExportResult;

/** Ultralytics YOLO detection and segmentation label files (docs.ultralytics.com/datasets/detect, /segment). */
class YoloTest {
    private static final List<String> DATA_YAML_NAMES = List.of(
            "  0: \"red \\\"ball\\\"\"",
            "  1: \"Straßenbahn – café\"",
            "  2: \"pan, with hole\"",
            "  3: \"thin line\"",
            "  4: \"ghost\"");

    private static double[] numbers(String line) {
        String[] f = line.trim().split(" ");
        double[] v = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            v[i] = Double.parseDouble(f[i]);
        }
        return v;
    }

    @Test
    void detectionLinesAreClassAndNormalisedBoxes(@TempDir Path dir) throws Exception {
        AnnotationProject project = Fixtures.project();
        ExportResult result = Fixtures.export("yolo", dir, ExportOptions.defaults());
        List<String> yaml = Files.readAllLines(dir.resolve("data.yaml"), StandardCharsets.UTF_8);
        assertTrue(yaml.contains("train: images") && yaml.contains("val: images"), yaml.toString());
        assertTrue(yaml.contains("nc: 5"), yaml.toString());
        assertEquals(DATA_YAML_NAMES, yaml.subList(yaml.indexOf("names:") + 1, yaml.size()),
                "names as YAML double-quoted strings, quotes escaped, UTF-8 kept");
        for (int frame = 0; frame <= 4; frame++) {
            Path labels = dir.resolve(String.format("labels/frame_%06d.txt", frame));
            assertTrue(result.files().contains(labels));
            List<String> lines = Files.readAllLines(labels, StandardCharsets.UTF_8);
            List<TrackedObject> expected = new ArrayList<>();
            for (TrackedObject o : project.objects()) {
                if (o.mask(frame) != null && o.mask(frame).area() > 0) {
                    expected.add(o);
                }
            }
            assertEquals(expected.size(), lines.size(), "one line per object on frame " + frame);
            for (int i = 0; i < lines.size(); i++) {
                double[] v = numbers(lines.get(i));
                assertEquals(5, v.length, "class cx cy w h");
                assertEquals(expected.get(i).trackId() - 1, (int) v[0], "class index = category id - 1 here");
                for (int k = 1; k < 5; k++) {
                    assertTrue(v[k] >= 0 && v[k] <= 1, "normalised coordinate in [0,1]: " + lines.get(i));
                }
                int[] b = expected.get(i).mask(frame).bounds();
                assertEquals((b[0] + b[2] + 1) / 2.0 / Fixtures.W, v[1], 1e-6, "centre x");
                assertEquals((b[1] + b[3] + 1) / 2.0 / Fixtures.H, v[2], 1e-6, "centre y");
                assertEquals((b[2] - b[0] + 1) / (double) Fixtures.W, v[3], 1e-6, "width");
                assertEquals((b[3] - b[1] + 1) / (double) Fixtures.H, v[4], 1e-6, "height");
            }
        }
        assertFalse(Files.exists(dir.resolve("labels/frame_000005.txt")), "unannotated frame not exported");
        assertFalse(Files.exists(dir.resolve("images")), "no images unless asked");
    }

    @Test
    void segmentationLinesAreOneNormalisedPolygonPerObject(@TempDir Path dir) throws Exception {
        AnnotationProject project = Fixtures.project();
        ExportResult result = Fixtures.export("yolo-seg", dir, ExportOptions.builder().includeImages(true)
                .imageFormat(dev.masklet.export.ImageFormat.PNG).build());
        assertTrue(Files.exists(dir.resolve("images/frame_000004.png")));
        for (int frame = 0; frame <= 4; frame++) {
            List<String> lines = Files.readAllLines(dir.resolve(String.format("labels/frame_%06d.txt", frame)));
            for (String line : lines) {
                double[] v = numbers(line);
                assertTrue(v.length >= 7 && v.length % 2 == 1, "class and at least 3 points: " + line);
                double[] xy = new double[v.length - 1];
                for (int k = 1; k < v.length; k++) {
                    assertTrue(v[k] >= 0 && v[k] <= 1, "normalised coordinate in [0,1]: " + v[k]);
                    xy[k - 1] = v[k] * (k % 2 == 1 ? Fixtures.W : Fixtures.H);
                }
                String label = project.objects().stream().filter(o -> o.trackId() - 1 == (int) v[0]).findFirst()
                        .orElseThrow().label();
                BinaryMask mask = project.objects().get((int) v[0]).mask(frame);
                BinaryMask filled = Fixtures.fill(List.of(xy));
                assertTrue(mask.iou(filled) > 0.8, label + " on frame " + frame + ": IoU " + mask.iou(filled));
            }
            long tram = lines.stream().filter(l -> l.startsWith("1 ")).count();
            assertEquals(frame >= 1 && frame <= 3 ? 1 : 0, tram, "the split tram is one line (parts joined)");
        }
        assertTrue(result.warnings().stream().anyMatch(w -> w.startsWith("frame 0, object 4 (\"thin line\"): too thin")),
                result.warnings().toString());
        assertEquals(2, Files.readAllLines(dir.resolve("labels/frame_000000.txt")).size(), "ball and pan, no line");
        // the joined ring keeps the hole of the pan: its centre stays outside
        String pan = Files.readAllLines(dir.resolve("labels/frame_000002.txt")).stream()
                .filter(l -> l.startsWith("2 ")).findFirst().orElseThrow();
        double[] v = numbers(pan);
        double[] xy = new double[v.length - 1];
        for (int k = 1; k < v.length; k++) {
            xy[k - 1] = v[k] * (k % 2 == 1 ? Fixtures.W : Fixtures.H);
        }
        assertFalse(Fixtures.fill(List.of(xy)).get(115, 85), "the hole survives as a cut-in ring");
    }
}
