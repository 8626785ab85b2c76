package dev.masklet.export.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.store.ProjectStore;
import dev.masklet.export.ExportMonitor;
import dev.masklet.export.ExportOptions;
import dev.masklet.export.ExportRequest;
import dev.masklet.export.ExportResult;
import dev.masklet.export.ExporterRegistry;
import dev.masklet.export.ProjectImport;
import dev.masklet.export.ShapeMasks;

/**
 * Files in X-AnyLabeling's published layout, written here: a multi-object-tracking frame of its version 2.4.0
 * (22 four-corner rectangles with group ids, score, kie_linking, visible) and an instance-segmentation image of
 * version 3.x (a cat and a dog polygon without group ids, plus a point and a line strip). Every area shape is
 * exported; what cannot be a mask is named in a warning; the input files keep their bytes.
 */
class XAnyLabelingFilesExportTest {
    @TempDir
    Path dir;

    private static final String[] LABELS = {"car", "person"};

    /** The i-th box (x0, y0, x1, y1) of the tracking frame, 960×540. */
    private static double[] box(int i) {
        double x0 = 10.37 + 41.5 * i;
        double y0 = 100.21 + 13.3 * (i % 7);
        return new double[] {x0, y0, x0 + 30.6, y0 + 60.45};
    }

    private static JsonArray corners(double... xy) {
        JsonArray points = new JsonArray();
        for (int i = 0; i < xy.length; i += 2) {
            JsonArray p = new JsonArray();
            p.add(xy[i]);
            p.add(xy[i + 1]);
            points.add(p);
        }
        return points;
    }

    private static JsonObject shape(String label, String type, JsonArray points, Integer groupId) {
        JsonObject s = new JsonObject();
        s.addProperty("label", label);
        s.addProperty("score", 0.87);
        s.add("points", points);
        s.addProperty("group_id", groupId);
        s.add("description", null);
        s.addProperty("difficult", false);
        s.addProperty("shape_type", type);
        s.add("flags", new JsonObject());
        s.add("attributes", new JsonObject());
        s.add("kie_linking", new JsonArray());
        s.addProperty("visible", false);
        return s;
    }

    private static String file(String version, JsonArray shapes, String imagePath, int w, int h) {
        JsonObject root = new JsonObject();
        root.addProperty("version", version);
        root.add("flags", new JsonObject());
        root.add("shapes", shapes);
        root.addProperty("imagePath", imagePath);
        root.add("imageData", null);
        root.addProperty("imageHeight", h);
        root.addProperty("imageWidth", w);
        return new com.google.gson.GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(root);
    }

    private static String trackingFrame() {
        JsonArray shapes = new JsonArray();
        for (int i = 21; i >= 0; i--) { // X-AnyLabeling writes the highest group id first
            double[] b = box(i);
            shapes.add(shape(LABELS[i % 5 == 0 ? 0 : 1], "rectangle", corners(b[0], b[1], b[2], b[1], b[2], b[3],
                    b[0], b[3]), i + 1));
        }
        return file("2.4.0", shapes, "Bangkok-0.jpg", 960, 540);
    }

    private static String catAndDog() {
        JsonArray shapes = new JsonArray();
        shapes.add(shape("cat", "polygon", corners(20.5, 30.2, 120.8, 25.0, 140.3, 150.7, 30.1, 160.4), null));
        shapes.add(shape("dog", "polygon", corners(170.0, 60.5, 300.2, 70.1, 290.9, 220.3, 180.4, 210.0,
                160.2, 140.6), null));
        shapes.add(shape("nose", "point", corners(80.0, 90.0), null));
        shapes.add(shape("leash", "linestrip", corners(150.0, 100.0, 200.0, 120.0, 230.0, 90.0), null));
        return file("3.0.3", shapes, "cat_dog.png", 320, 240);
    }

    private static ExportResult export(AnnotationProject project, String format, Path out) throws Exception {
        return ExporterRegistry.fromPlatform().find(format).orElseThrow().create().export(
                new ExportRequest(project, null, out, ExportOptions.defaults()), ExportMonitor.NONE);
    }

    @Test
    void aTrackingFrameOfVersion24ExportsEveryBoxAsATrack() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("Bangkok.mp4.masklet"));
        Path input = folder.resolve("Bangkok-0.json");
        Files.writeString(input, trackingFrame(), StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(input);

        AnnotationProject project = ProjectStore.load(ProjectStore.projectFileFor(dir.resolve("Bangkok.mp4")));
        assertEquals(22, project.frame(0).shapes().size(), "every shape is read");
        assertEquals(List.of(), ShapeMasks.add(project));
        assertEquals(22, project.objects().size());

        export(project, "mot", dir.resolve("mot"));
        List<String> gt = Files.readAllLines(dir.resolve("mot/gt/gt.txt"));
        assertEquals(22, gt.size(), gt.toString());
        for (String line : gt) {
            String[] f = line.split(",");
            int id = Integer.parseInt(f[1]);
            double[] b = box(id - 1);
            assertEquals(b[0], Double.parseDouble(f[2]), 1.0, line);
            assertEquals(b[1], Double.parseDouble(f[3]), 1.0, line);
            // a box of pixels: both corner pixels count (corners are pixel centres, as X-AnyLabeling has them)
            assertEquals(b[2] - b[0] + 1, Double.parseDouble(f[4]), 1.0, line);
            assertEquals(b[3] - b[1] + 1, Double.parseDouble(f[5]), 1.0, line);
        }
        export(project, "coco", dir.resolve("coco"));
        JsonObject coco = JsonParser.parseString(Files.readString(dir.resolve("coco/annotations.json")))
                .getAsJsonObject();
        assertEquals(22, coco.getAsJsonArray("annotations").size());
        assertEquals(2, coco.getAsJsonArray("categories").size());
        export(project, "labelme", dir.resolve("labelme"));
        JsonObject labelme = JsonParser.parseString(Files.readString(dir.resolve("labelme/frame_000000.json")))
                .getAsJsonObject();
        assertEquals(22, labelme.getAsJsonArray("shapes").size());
        assertArrayEquals(before, Files.readAllBytes(input), "the X-AnyLabeling file keeps its bytes");
    }

    @Test
    void anImageLabelledWithVersion3ImportsWithEveryPolygonAsAnObject() throws Exception {
        Path pets = Files.createDirectories(dir.resolve("pets"));
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "png", pets.resolve("cat_dog.png").toFile());
        Path json = pets.resolve("cat_dog.json");
        Files.writeString(json, catAndDog(), StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(json);

        ProjectImport.Result result = ProjectImport.run(pets, pets);
        assertEquals(dir.resolve("pets.masklet.json").toAbsolutePath(), result.projectFile());
        List<String> labels = new ArrayList<>();
        result.project().objects().forEach(o -> labels.add(o.label()));
        assertEquals(List.of("cat", "dog"), labels, "shapes without a group id are objects of their own");
        assertTrue(result.warnings().stream().anyMatch(w -> w.contains("cat_dog.json") && w.contains("point")),
                result.warnings().toString());
        assertTrue(result.warnings().stream().anyMatch(w -> w.toLowerCase(Locale.ROOT).contains("linestrip")),
                result.warnings().toString());
        assertArrayEquals(before, Files.readAllBytes(json), "the X-AnyLabeling file keeps its bytes");

        AnnotationProject saved = ProjectStore.load(result.projectFile());
        export(saved, "coco", dir.resolve("coco"));
        JsonObject annotations = JsonParser.parseString(Files.readString(dir.resolve("coco/annotations.json")))
                .getAsJsonObject();
        assertEquals(2, annotations.getAsJsonArray("annotations").size());
    }

    /**
     * X-AnyLabeling's own layout: a WebP image and its JSON named after it ({@code cat_dog.json}, no frame number),
     * beside a second, unlabelled image: the folder opens with the JSON's polygons on the WebP's frame, and both
     * files keep their bytes (the WebP is encoded here by the ffmpeg command; JavaCV's FFmpeg decodes it).
     */
    @Test
    void aWebpImageFolderLabelledInXAnyLabelingsLayoutOpensWithItsPolygons() throws Exception {
        Path pets = Files.createDirectories(dir.resolve("pets webp"));
        Path png = Files.createDirectories(dir.resolve("source")).resolve("cat_dog.png");
        ImageIO.write(new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        Path webp = pets.resolve("cat_dog.webp");
        Process p = new ProcessBuilder("ffmpeg", "-v", "error", "-nostdin", "-y", "-i", png.toString(), "-c:v",
                "libwebp", "-lossless", "1", webp.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "the ffmpeg command (scripts/setup-system.sh) encodes the WebP: " + log);
        ImageIO.write(new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB), "png",
                pets.resolve("another.png").toFile());
        Path json = pets.resolve("cat_dog.json");
        Files.writeString(json, catAndDog().replace("cat_dog.png", "cat_dog.webp"), StandardCharsets.UTF_8);
        byte[] jsonBefore = Files.readAllBytes(json);
        byte[] webpBefore = Files.readAllBytes(webp);

        ProjectImport.Result opened = ProjectImport.labelledFrameFolder(pets).orElseThrow();
        List<String> labels = new ArrayList<>();
        opened.project().objects().forEach(o -> labels.add(o.label()));
        assertEquals(List.of("cat", "dog"), labels);
        // natural order: another.png is frame 0, cat_dog.webp frame 1
        assertTrue(opened.project().objects().stream().allMatch(o -> o.mask(1) != null && o.mask(0) == null),
                "the polygons are on the WebP's frame");

        ProjectImport.Result imported = ProjectImport.run(pets, pets);
        assertEquals(2, imported.project().objects().size());
        assertArrayEquals(jsonBefore, Files.readAllBytes(json), "the JSON keeps its bytes");
        assertArrayEquals(webpBefore, Files.readAllBytes(webp), "the WebP keeps its bytes");
    }

    @Test
    void theSameFileInAFramesFolderExportsItsPolygonsAndNamesWhatIsLeftOut() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("pets.mp4.masklet"));
        Files.writeString(folder.resolve("frame_000000.json"), catAndDog(), StandardCharsets.UTF_8);
        AnnotationProject project = ProjectStore.load(ProjectStore.projectFileFor(dir.resolve("pets.mp4")));
        assertEquals(4, project.frame(0).shapes().size(), "every shape is read, points and lines too");
        List<String> warnings = ShapeMasks.add(project);
        assertEquals(List.of("frame 0: 1 linestrip, 1 point cover no area, so no mask; left out of the export"),
                warnings);
        assertEquals(2, project.objects().size());
        export(project, "yolo-seg", dir.resolve("yolo"));
        assertEquals(2, Files.readAllLines(dir.resolve("yolo/labels/frame_000000.txt")).size());
    }
}
