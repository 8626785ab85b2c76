package dev.masklet.engine.onnx.tests.sam2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import com.google.gson.JsonObject;

import dev.masklet.core.image.RgbImage;
import dev.masklet.engine.EngineCancelledException;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.FrameKey;
import dev.masklet.engine.ImageEmbedding;
import dev.masklet.engine.MaskPrediction;
import dev.masklet.engine.Prompt;
import dev.masklet.engine.SegmentationEngine;
import dev.masklet.engine.SegmentationModels;
import dev.masklet.engine.onnx.internal.sam2.Sam2ImageEngine;
import dev.masklet.engine.onnx.internal.sam2.Sam2SegmentationModels;

/**
 * SAM 2 image mode as clients see it: the {@link SegmentationModels} OSGi service lists the installed SAM 2 models,
 * opens one as a {@link SegmentationEngine} (shared, with the embedding cache and background encoding of the
 * default engine) and answers a prompt with the micro fixture's reference result.
 */
class Sam2SegmentationServiceTest {
    private static Sam2Fixture fixture;
    private static ServiceTracker<SegmentationModels, SegmentationModels> services;
    private static SegmentationModels service;

    @BeforeAll
    static void findService() throws Exception {
        fixture = Sam2Fixture.load();
        services = new ServiceTracker<>(FrameworkUtil.getBundle(Sam2SegmentationServiceTest.class).getBundleContext(),
                SegmentationModels.class, null);
        services.open();
        service = services.waitForService(10_000);
    }

    @AfterAll
    static void close() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void theServiceSegmentsWithTheReferenceResult() throws Exception {
        assertNotNull(service, "the SAM 2 segmentation service is registered");
        SegmentationEngine engine = service.open(fixture.dir.toString());
        assertSame(engine, service.open(fixture.dir.toString()), "a model is opened once and shared");
        assertEquals(fixture.dir.getFileName().toString(), engine.modelName());
        assertEquals("cpu", engine.deviceStatus().active());

        RgbImage frame0 = new RgbImage(fixture.videoWidth(), fixture.videoHeight(), fixture.pngFrame(0));
        FrameKey key = new FrameKey("clip", 0);
        ImageEmbedding embedding = engine.encode(key, frame0);
        assertSame(embedding, engine.encode(key, frame0), "the frame's embedding comes from the cache");

        // object 2 of the fixture: a box on frame 0 (CONTRACT.md; reference step 1)
        MaskPrediction prediction = engine.predict(embedding, Prompt.of(List.of(), new Prompt.Box(230, 20, 290, 70)));
        float[] reference = fixture.floatBlob(referenceObject(1, 2).get("low_res_logits").getAsString());
        float[] mine = prediction.lowResLogits();
        assertEquals(reference.length, mine.length);
        double worst = 0;
        for (int i = 0; i < reference.length; i++) {
            worst = Math.max(worst, Math.abs((double) reference[i] - mine[i]));
        }
        assertTrue(worst <= 1e-3, "low-res logits differ from the reference by " + worst);
        assertTrue(prediction.mask().area() > 0 && prediction.score() > 0, "object 2 is present on frame 0");
        assertEquals(fixture.videoWidth(), prediction.mask().width());
    }

    @Test
    void theNextFrameIsEncodedInTheBackground() throws Exception {
        Sam2ImageEngine engine = (Sam2ImageEngine) service.open(fixture.dir.toString());
        FrameKey next = new FrameKey("background", 1);
        engine.prefetch(next, new RgbImage(fixture.videoWidth(), fixture.videoHeight(), fixture.pngFrame(1)));
        ImageEmbedding waited = engine.encode(next, null); // never encodes here: the queued encoding is waited for
        assertNotNull(waited);
        assertTrue(engine.cachedFrames().contains(next));
    }

    @Test
    void aCancelledEncodingCachesNothing() throws Exception {
        Sam2ImageEngine engine = (Sam2ImageEngine) service.open(fixture.dir.toString());
        FrameKey key = new FrameKey("cancelled", 0);
        RgbImage frame0 = new RgbImage(fixture.videoWidth(), fixture.videoHeight(), fixture.pngFrame(0));
        assertThrows(EngineCancelledException.class, () -> engine.encode(key, frame0, () -> true));
        assertFalse(engine.cachedFrames().contains(key));
        assertNotNull(engine.encode(key, frame0, () -> false), "not cancelled: encoded as usual");
        assertTrue(engine.cachedFrames().contains(key));
    }

    @Test
    void installedModelsAreTheSam2FoldersOfTheModelsFolder(@TempDir Path root) throws Exception {
        linkModel(fixture.dir, root.resolve("sam2-micro"));
        Path imageModel = Files.createDirectories(root.resolve("mobilesam"));
        Files.writeString(imageModel.resolve("model.json"), "{\"name\":\"mobilesam\",\"kind\":\"image\"}");
        Sam2SegmentationModels models = new Sam2SegmentationModels(root);
        try {
            assertEquals(List.of("sam2-micro"), models.installedModels());
            assertEquals("sam2-micro", models.open("sam2-micro").modelName());
            EngineException unknown = assertThrows(EngineException.class, () -> models.open("sam2.1-hiera-large"));
            assertTrue(unknown.getMessage().contains("unknown tracking model 'sam2.1-hiera-large'")
                    && unknown.getMessage().contains("installed: sam2-micro"), unknown.getMessage());
        } finally {
            models.deactivate();
        }
        EngineException stopped = assertThrows(EngineException.class, () -> models.open("sam2-micro"));
        assertTrue(stopped.getMessage().contains("stopped"), stopped.getMessage());
    }

    @Test
    void aDamagedModelIsNamedInTheError(@TempDir Path root) throws Exception {
        Path broken = linkModel(fixture.dir, root.resolve("sam2-broken"));
        Files.delete(broken.resolve("mask_decoder.onnx"));
        Files.writeString(broken.resolve("mask_decoder.onnx"), "not a graph");
        Sam2SegmentationModels models = new Sam2SegmentationModels(root);
        try {
            EngineException e = assertThrows(EngineException.class, () -> models.open("sam2-broken"));
            assertTrue(e.getMessage().startsWith("SAM 2 model sam2-broken cannot be opened: ")
                    && e.getMessage().contains("mask_decoder.onnx"), e.getMessage());
        } finally {
            models.deactivate();
        }
    }

    /** The fixture's model files linked into a models folder (the graphs are not copied). */
    private static Path linkModel(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.getFileName().toString().endsWith(".onnx")
                    || p.getFileName().toString().startsWith("constants."))::iterator) {
                Files.createSymbolicLink(to.resolve(f.getFileName()), f.toAbsolutePath());
            }
        }
        return to;
    }

    private static JsonObject referenceObject(int step, int objectId) {
        JsonObject s = fixture.reference.getAsJsonArray("steps").get(step).getAsJsonObject();
        for (var o : s.getAsJsonArray("objects")) {
            if (o.getAsJsonObject().get("obj_id").getAsInt() == objectId) {
                return o.getAsJsonObject();
            }
        }
        throw new AssertionError("reference step " + step + " has no object " + objectId);
    }
}
