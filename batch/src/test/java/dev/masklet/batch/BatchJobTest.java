package dev.masklet.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.mask.CocoRle;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.core.store.LoadReport;
import dev.masklet.core.store.ProjectStore;
import dev.masklet.geometry.MaskGeometry;
import dev.masklet.geometry.PolygonPart;
import dev.masklet.geometry.Polygons;
import dev.masklet.geometry.Ring;
import dev.masklet.media.sample.SampleScene;
import dev.masklet.media.sample.SampleVideoWriter;

/**
 * The batch job on Spark {@code local[2]} (two task threads, a task may fail twice) with the real default model and
 * FFmpeg: three generated videos and a broken one, a task that fails on its first attempt after writing its copy,
 * then a rerun. One run serves every check (the model is the slow part), so the tests run in order on it.
 */
class BatchJobTest {
    /** Attempts of clip2 made to fail; counted here since local tasks run in this JVM. */
    static final AtomicInteger FAILED_ATTEMPTS = new AtomicInteger();
    /** Few frames: the retried item is tracked twice, and CI runs this on 2 shared cores. */
    private static final int FRAMES = 6;
    private static final SampleScene SCENE = new SampleScene(160, 120, FRAMES);
    private static final List<String> CLIPS = List.of("clip1", "clip2", "clip3");

    @TempDir
    static Path dir;
    static JavaSparkContext spark;
    static JobConfig config;
    static List<BatchItem> items;
    static List<ItemOutcome> first;
    static String firstLog;
    static Path out;

    @BeforeAll
    static void runJob() throws Exception {
        String models = System.getProperty("masklet.models");
        assertNotNull(models, "-Dmasklet.models must name the models folder (the build passes it)");
        assertTrue(Files.isRegularFile(Path.of(models, "mobilesam", "model.json")),
                "the default model is missing in " + models + ": run models/fetch-default-model.sh");
        StringBuilder manifest = new StringBuilder("# three clips and a broken one\n");
        for (String clip : CLIPS) {
            Path video = dir.resolve(clip + ".mp4");
            SampleVideoWriter.write(SCENE, video, 25);
            manifest.append(clip.equals("clip3") ? projectLine(clip, video) : line(clip, video.toUri().toString()))
                    .append('\n');
        }
        Path broken = dir.resolve("broken.mp4");
        Files.write(broken, "this is not a video".getBytes(StandardCharsets.UTF_8));
        manifest.append(line("broken", broken.toUri().toString())).append('\n');
        out = dir.resolve("out");
        config = new JobConfig(out.toUri().toString(), models, null, 1, List.of("coco", "yolo"));
        items = Manifest.parse(manifest.toString(), config.exports());
        spark = new JavaSparkContext(new SparkConf().setMaster("local[2,2]").setAppName("masklet-batch-test")
                .set("spark.ui.enabled", "false").set("spark.log.level", "WARN"));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        first = BatchJob.run(spark, config, items, (item, attempt) -> {
            if (item.id().equals("clip2") && attempt == 0) {
                FAILED_ATTEMPTS.incrementAndGet();
                throw new IllegalStateException("test: attempt 0 of clip2 dies after writing its copy");
            }
        }, new PrintStream(log, true, StandardCharsets.UTF_8));
        firstLog = log.toString(StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.close();
        }
    }

    private static String line(String id, String video) {
        return Samples.manifestLine(id, video, SCENE);
    }

    /** clip3's prompts are a Masklet project whose kept masks are the scene's true masks on frame 0. */
    private static String projectLine(String id, Path video) throws Exception {
        AnnotationProject prompts = new AnnotationProject(video.getFileName().toString(), SCENE.width(),
                SCENE.height(), SCENE.frames());
        TrackedObject disk = new TrackedObject(1, "disk");
        disk.putMask(0, SCENE.truth(SampleScene.DISK, 0));
        TrackedObject square = new TrackedObject(2, "square");
        square.putMask(0, SCENE.truth(SampleScene.SQUARE, 0));
        prompts.addObject(disk);
        prompts.addObject(square);
        Path projectFile = dir.resolve("reviewed").resolve(video.getFileName() + ProjectStore.SUFFIX);
        Files.createDirectories(projectFile.getParent());
        ProjectStore.save(prompts, projectFile);
        return "{\"id\": \"" + id + "\", \"video\": \"" + video.toUri() + "\", \"project\": \""
                + projectFile.toUri() + "\"}";
    }

    private static ItemOutcome outcome(List<ItemOutcome> outcomes, String id) {
        return outcomes.stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void threeProjectsInTheWorkbenchLayoutAreReadBackByTheStore() throws Exception {
        for (String clip : CLIPS) {
            ItemOutcome o = outcome(first, clip);
            assertEquals(ItemOutcome.DONE, o.status(), clip + ": " + o.reason());
            assertEquals(FRAMES, o.frames());
            assertEquals(2, o.objects());
            Path projectFile = out.resolve("items").resolve(clip).resolve(clip + ".mp4" + ProjectStore.SUFFIX);
            assertTrue(Files.isDirectory(ProjectStore.framesFolderFor(projectFile)), "frames folder beside "
                    + projectFile);
            try (Stream<Path> files = Files.walk(projectFile.getParent())) {
                assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".crc"))
                        .toList(), "only what the workbench writes");
            }
            LoadReport report = ProjectStore.open(projectFile);
            AnnotationProject project = report.project();
            assertFalse(report.hasSkippedFiles(), report.message());
            assertEquals(FRAMES, project.frameCount());
            // the video lies beside its project, a copy of the input: opening it in the workbench finds the project
            Path video = projectFile.resolveSibling(clip + ".mp4");
            assertEquals(clip + ".mp4", project.mediaName());
            assertEquals(projectFile.toAbsolutePath(), ProjectStore.projectFileFor(video));
            assertEquals(-1L, Files.mismatch(video, dir.resolve(clip + ".mp4")));
            assertEquals(2, project.objects().size());
            for (TrackedObject object : project.objects()) {
                int object0 = object.trackId() == 1 ? SampleScene.DISK : SampleScene.SQUARE;
                if (clip.equals("clip3")) { // prompted by a project: its kept masks start the tracking as they are
                    assertEquals(SCENE.truth(object0, 0), object.mask(0), "kept mask of object " + object.trackId());
                    assertEquals(null, object.trackingConfidence(0), "frame 0 stays the person's");
                }
                for (int f = 0; f < FRAMES; f++) {
                    BinaryMask mask = object.mask(f);
                    assertNotNull(mask, clip + " object " + object.trackId() + " has no mask on frame " + f);
                    double iou = iou(mask, SCENE.truth(object0, f));
                    assertTrue(iou > 0.7, clip + " object " + object.trackId() + " frame " + f + ": IoU " + iou);
                }
            }
        }
    }

    @Test
    void theBrokenVideoIsReportedWithItsReasonAndTheJobGoesOn() throws Exception {
        ItemOutcome broken = outcome(first, "broken");
        assertEquals(ItemOutcome.FAILED, broken.status());
        assertTrue(broken.reason().contains(dir.resolve("broken.mp4").toUri().toString()), broken.reason());
        assertFalse(broken.reason().matches(".*(Exception|\\bat [a-z]+\\.).*"), broken.reason());
        assertFalse(Files.exists(out.resolve("items/broken")));
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals(ItemOutcome.csvHeader(), summary.get(0));
        assertEquals(5, summary.size(), String.join("\n", summary));
        assertTrue(summary.stream().anyMatch(l -> l.startsWith("broken,failed,0,0,") && l.contains("broken.mp4")),
                String.join("\n", summary));
        assertTrue(firstLog.contains("3 done, 0 skipped (done before), 1 failed"), firstLog);
        assertTrue(Files.readString(out.resolve("job.log")).contains("broken"));
    }

    @Test
    void aTaskThatFailsOnItsFirstAttemptIsRetriedAndItsItemIsPresentOnce() throws Exception {
        assertEquals(1, FAILED_ATTEMPTS.get(), "the first attempt of clip2 was made to fail once");
        assertEquals(ItemOutcome.DONE, outcome(first, "clip2").status());
        try (Stream<Path> entries = Files.list(out.resolve("items"))) {
            assertEquals(Set.of("clip1", "clip2", "clip3"), entries.map(p -> p.getFileName().toString())
                    .collect(java.util.stream.Collectors.toSet()));
        }
        try (Stream<Path> files = Files.walk(out.resolve("items/clip2"))) {
            assertEquals(1, files.filter(p -> p.getFileName().toString().endsWith(ProjectStore.SUFFIX)).count());
        }
        assertTrue(Files.isRegularFile(out.resolve("items/clip2/" + ItemStore.RECORD)));
        assertTrue(Files.isRegularFile(out.resolve("items/clip2/exports/coco/annotations.json")));
        assertFalse(Files.exists(out.resolve("_attempts")), "the failed attempt's copy is removed");
    }

    @Test
    void theMergedCocoHasUniqueIdsAndItsSegmentationsDecodeToTheMasks() throws Exception {
        JsonObject coco = JsonParser.parseString(Files.readString(out.resolve("dataset/coco/annotations.json")))
                .getAsJsonObject();
        assertEquals(3, coco.getAsJsonArray("videos").size());
        Map<Integer, JsonObject> images = new HashMap<>();
        for (JsonElement e : coco.getAsJsonArray("images")) {
            JsonObject image = e.getAsJsonObject();
            assertEquals(null, images.put(image.get("id").getAsInt(), image), "image ids are unique");
        }
        assertEquals(3 * FRAMES, images.size());
        Set<Integer> annotationIds = new HashSet<>();
        Set<String> tracks = new HashSet<>();
        Map<Integer, String> videoNames = new HashMap<>();
        coco.getAsJsonArray("videos").forEach(v -> videoNames.put(v.getAsJsonObject().get("id").getAsInt(),
                v.getAsJsonObject().get("name").getAsString()));
        Map<String, AnnotationProject> projects = new HashMap<>();
        for (String clip : CLIPS) {
            projects.put(clip, ProjectStore.load(out.resolve("items/" + clip + "/" + clip + ".mp4"
                    + ProjectStore.SUFFIX)));
        }
        JsonArray annotations = coco.getAsJsonArray("annotations");
        assertEquals(3 * FRAMES * 2, annotations.size());
        for (JsonElement e : annotations) {
            JsonObject a = e.getAsJsonObject();
            assertTrue(annotationIds.add(a.get("id").getAsInt()), "annotation ids are unique");
            JsonObject image = images.get(a.get("image_id").getAsInt());
            assertNotNull(image, "annotation " + a.get("id") + " names an image that is there");
            String clip = videoNames.get(a.get("video_id").getAsInt());
            assertEquals(image.get("video_id").getAsInt(), a.get("video_id").getAsInt());
            tracks.add(clip + "/" + a.get("track_id").getAsInt());
            BinaryMask expected = projects.get(clip).objects().stream()
                    .filter(o -> o.trackId() == a.get("track_id").getAsInt()).findFirst().orElseThrow()
                    .mask(image.get("frame_index").getAsInt());
            BinaryMask decoded = decode(a.get("segmentation"), 160, 120);
            if (a.get("segmentation").isJsonObject()) {
                assertEquals(expected, decoded, "RLE decodes to the mask");
            } else {
                double iou = iou(decoded, expected);
                assertTrue(iou > 0.85, "polygons decode to the mask: IoU " + iou);
            }
        }
        assertEquals(6, tracks.size(), "two tracks per video, kept per video: " + tracks);
        List<String> categories = new ArrayList<>();
        coco.getAsJsonArray("categories").forEach(c -> categories.add(c.getAsJsonObject().get("name").getAsString()));
        assertEquals(List.of("disk", "square"), categories);
        String yaml = Files.readString(out.resolve("dataset/yolo/data.yaml"));
        assertEquals(List.of("disk", "square"), DatasetOutputs.yamlNames(yaml));
        try (Stream<Path> labels = Files.list(out.resolve("dataset/yolo/labels"))) {
            assertEquals(3 * FRAMES, labels.count());
        }
    }

    @Test
    void aRerunSkipsTheDoneItems() throws Exception {
        long before = Files.getLastModifiedTime(out.resolve("items/clip1/" + ItemStore.RECORD)).toMillis();
        List<ItemOutcome> again = BatchJob.run(spark, config, items, null, new PrintStream(
                new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        for (String clip : CLIPS) {
            ItemOutcome o = outcome(again, clip);
            assertEquals(ItemOutcome.SKIPPED, o.status());
            assertEquals(FRAMES, o.frames());
        }
        assertEquals(ItemOutcome.FAILED, outcome(again, "broken").status());
        assertEquals(before, Files.getLastModifiedTime(out.resolve("items/clip1/" + ItemStore.RECORD)).toMillis());
    }

    private static BinaryMask decode(JsonElement segmentation, int width, int height) {
        if (segmentation.isJsonObject()) {
            return CocoRle.decode(segmentation.getAsJsonObject().get("counts").getAsString(), width, height);
        }
        List<PolygonPart> parts = new ArrayList<>();
        for (JsonElement polygon : segmentation.getAsJsonArray()) {
            JsonArray xy = polygon.getAsJsonArray();
            double[] coordinates = new double[xy.size()];
            for (int i = 0; i < coordinates.length; i++) {
                coordinates[i] = xy.get(i).getAsDouble();
            }
            parts.add(new PolygonPart(Ring.of(coordinates)));
        }
        return MaskGeometry.rasterize(Polygons.of(parts.toArray(PolygonPart[]::new)), width, height);
    }

    private static double iou(BinaryMask a, BinaryMask b) {
        int both = 0;
        int either = 0;
        for (int i = 0; i < a.bits().length; i++) {
            boolean x = a.bits()[i] != 0;
            boolean y = b.bits()[i] != 0;
            both += x && y ? 1 : 0;
            either += x || y ? 1 : 0;
        }
        return either == 0 ? 1 : (double) both / either;
    }
}
