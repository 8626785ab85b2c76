package dev.masklet.engine.onnx.tests.sam2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.masklet.engine.EngineCancelledException;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.InstallListener;
import dev.masklet.engine.ModelStatus;
import dev.masklet.engine.onnx.internal.models.ModelManagerService;
import dev.masklet.engine.onnx.internal.models.Sha256;
import dev.masklet.engine.onnx.internal.sam2.Sam2Model;
import dev.masklet.engine.onnx.internal.sam2.Sam2VideoTracker;
import dev.masklet.engine.onnx.tests.graph.TemplateMaker;
import dev.masklet.engine.onnx.tests.models.FileServer;

/**
 * Installing a SAM 2 model from the checkpoint address its descriptor names, through the model manager, with no
 * Python: a real HTTP server on the loopback interface serves the micro checkpoint ({@code config.json} and
 * {@code model.safetensors}, made by {@link TemplateMaker} from the fixture) with Range support; the installed model
 * reproduces the fixture's reference run with the bars of {@code Sam2ReferenceTest}, and its {@code constants.json}
 * and {@code constants.bin}, built in Java from the checkpoint, equal the fixture's (every array, every number, every
 * graph's inputs and outputs). A dropped connection and a cancel are resumed; a wrong sha256, a truncated checkpoint,
 * a missing tensor and a size without graph templates are refused with a message naming the problem, and nothing is
 * installed.
 */
class Sam2CheckpointDownloadTest {
    private static final BooleanSupplier NEVER = () -> false;
    @TempDir
    static Path work;
    private static FileServer server;
    private static Path split;
    private static byte[] weights;
    private static byte[] config;

    @BeforeAll
    static void serveTheMicroCheckpoint() throws IOException {
        split = work.resolve("split");
        TemplateMaker.make(Sam2Fixture.directory(), split);
        weights = Files.readAllBytes(split.resolve("model.safetensors"));
        config = Files.readAllBytes(split.resolve("config.json"));
        server = new FileServer();
        server.put("config.json", config);
        server.put("model.safetensors", weights);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void installedFromTheAddressAfterADroppedConnectionReproducesTheReference() throws Exception {
        Path models = work.resolve("models-ok");
        server.cut("model.safetensors", weights.length / 3);
        ModelStatus status = new ModelManagerService(models).installFromCheckpoint("micro",
                descriptor("ok", Sha256.of(split.resolve("model.safetensors")), true), InstallListener.NONE, NEVER);
        assertTrue(status.isOk(), status.message());
        List<FileServer.Request> fetched = server.requestsFor("model.safetensors");
        assertTrue(fetched.size() >= 2 && fetched.get(fetched.size() - 1).from() > 0,
                "the dropped download resumed where it stopped: " + fetched);
        assertNothingLeftBehind(models);

        Path model = models.resolve("micro");
        for (String graph : TemplateMaker.GRAPHS) {
            assertArrayEquals(Files.readAllBytes(Sam2Fixture.directory().resolve(graph)),
                    Files.readAllBytes(model.resolve(graph)), graph + " rebuilt byte for byte");
        }
        assertConstantsEqualTheFixtures(model);

        Sam2Fixture fixture = Sam2Fixture.load();
        try (Sam2Model sam2 = Sam2Model.open(model, Sam2ReferenceTest.THREADS);
                Sam2VideoTracker tracker = new Sam2VideoTracker(sam2, fixture.frames(),
                        Sam2ReferenceTest.referenceOptions())) {
            List<Sam2ReferenceReplay.Step> steps = Sam2ReferenceReplay.run(tracker,
                    fixture.reference.getAsJsonObject("prompts"));
            Sam2ReferenceComparison comparison = Sam2ReferenceComparison.compare(fixture, steps);
            assertTrue(comparison.structuralProblems.isEmpty(), comparison.structuralProblems.toString());
            assertTrue(comparison.lowResMaxAbs < Sam2ReferenceComparison.LOW_RES_TOLERANCE, comparison.summary());
            assertTrue(comparison.scoreMaxAbs <= Sam2ReferenceComparison.SCORE_TOLERANCE, comparison.summary());
            assertTrue(comparison.pointerMaxAbs <= Sam2ReferenceComparison.POINTER_TOLERANCE, comparison.summary());
        }
    }

    /** constants.json/.bin built in Java from config.json and the safetensors equal what convert_sam2.py wrote. */
    static void assertConstantsEqualTheFixtures(Path model) throws IOException {
        assertArrayEquals(Files.readAllBytes(Sam2Fixture.directory().resolve("constants.bin")),
                Files.readAllBytes(model.resolve("constants.bin")), "constants.bin byte for byte");
        JsonObject expected = json(Sam2Fixture.directory().resolve("constants.json"));
        JsonObject built = json(model.resolve("constants.json"));
        for (String section : List.of("arrays", "config", "graphs")) {
            JsonObject want = expected.getAsJsonObject(section);
            JsonObject got = built.getAsJsonObject(section);
            assertEquals(want.keySet(), got.keySet(), section + ": the same names in the same order");
            for (String name : want.keySet()) {
                assertEquals(want.get(name), got.get(name), section + "." + name);
            }
        }
        assertEquals(expected.getAsJsonObject("provenance").get("config"),
                built.getAsJsonObject("provenance").get("config"), "the checkpoint's configuration is recorded");
    }

    @Test
    void aCancelledDownloadInstallsNothingAndTheNextInstallResumesIt() throws Exception {
        Path models = work.resolve("models-cancel");
        ModelManagerService manager = new ModelManagerService(models);
        Path descriptor = descriptor("cancel", null, true);
        AtomicLong seen = new AtomicLong();
        InstallListener counting = (file, done, total) -> {
            if (file.equals("model.safetensors")) {
                seen.set(done);
            }
        };
        assertThrows(EngineCancelledException.class, () -> manager.installFromCheckpoint("micro", descriptor,
                counting, () -> seen.get() > weights.length / 4));
        assertFalse(Files.exists(models.resolve("micro")), "nothing installed");
        Path part = models.resolve(".micro.checkpoint/model.safetensors.part");
        long kept = Files.size(part);
        assertTrue(kept > 0 && kept < weights.length, "the partial download is kept: " + kept);

        int before = server.requestsFor("model.safetensors").size();
        ModelStatus status = manager.installFromCheckpoint("micro", descriptor, InstallListener.NONE, NEVER);
        assertTrue(status.isOk(), status.message());
        List<FileServer.Request> after = server.requestsFor("model.safetensors");
        assertEquals(kept, after.get(before).from(), "the next install asked for the rest only");
        assertNothingLeftBehind(models);
    }

    @Test
    void aWrongSha256IsNamedAndNothingIsInstalled() throws Exception {
        Path models = work.resolve("models-sha");
        String wrong = "0".repeat(64);
        EngineException e = assertThrows(EngineException.class, () -> new ModelManagerService(models)
                .installFromCheckpoint("micro", descriptor("sha", wrong, true), InstallListener.NONE, NEVER));
        assertTrue(e.getMessage().contains("model.safetensors from " + server.base())
                && e.getMessage().contains("is not the described file: sha256")
                && e.getMessage().contains("expected " + wrong), e.getMessage());
        assertRefused(models, e);
        assertFalse(Files.exists(models.resolve(".micro.checkpoint/model.safetensors.part")),
                "the wrong file is not kept");
    }

    @Test
    void aTruncatedCheckpointIsNamedAndNothingIsInstalled() throws Exception {
        Path models = work.resolve("models-truncated");
        try (FileServer other = new FileServer()) {
            other.put("config.json", config);
            other.put("model.safetensors", Arrays.copyOf(weights, weights.length - 1000));
            EngineException e = assertThrows(EngineException.class, () -> new ModelManagerService(models)
                    .installFromCheckpoint("micro", descriptor("truncated", null, true, other), InstallListener.NONE,
                            NEVER));
            assertTrue(e.getMessage().contains("damaged"), e.getMessage());
            assertRefused(models, e);
        }
    }

    @Test
    void aMissingTensorIsNamedAndNothingIsInstalled() throws Exception {
        Path models = work.resolve("models-missing");
        Path lacking = work.resolve("lacking.safetensors");
        Sam2CheckpointInstallTest.writeWithout(split.resolve("model.safetensors"), lacking, "no_object_pointer");
        try (FileServer other = new FileServer()) {
            other.put("config.json", config);
            other.put("model.safetensors", Files.readAllBytes(lacking));
            EngineException e = assertThrows(EngineException.class, () -> new ModelManagerService(models)
                    .installFromCheckpoint("micro", descriptor("missing", null, true, other), InstallListener.NONE,
                            NEVER));
            assertTrue(e.getMessage().contains("lacks tensor no_object_pointer"), e.getMessage());
            assertRefused(models, e);
        }
    }

    @Test
    void aSizeWithoutTemplatesIsRefusedBeforeAnythingIsDownloaded() throws Exception {
        Path models = work.resolve("models-no-templates");
        int before = server.requestsFor("model.safetensors").size();
        EngineException e = assertThrows(EngineException.class, () -> new ModelManagerService(models)
                .installFromCheckpoint("micro", descriptor("none", null, false), InstallListener.NONE, NEVER));
        assertTrue(e.getMessage().contains("micro cannot be installed by Masklet yet: its graph templates are not in"
                + " this build; convert it with models/convert_sam2.py"), e.getMessage());
        assertEquals(before, server.requestsFor("model.safetensors").size(), "nothing was downloaded");
        assertRefused(models, e);

        // the four SAM 2.1 sizes of the catalogue: no templates in this build yet
        EngineException tiny = assertThrows(EngineException.class, () -> new ModelManagerService(models)
                .installFromCheckpoint("sam2.1-hiera-tiny", null, InstallListener.NONE, NEVER));
        assertTrue(tiny.getMessage().startsWith("sam2.1-hiera-tiny cannot be installed by Masklet yet"),
                tiny.getMessage());
        assertFalse(Files.exists(models.resolve("sam2.1-hiera-tiny")), "nothing installed");
    }

    private static void assertRefused(Path models, EngineException e) {
        assertFalse(e.getMessage().contains("Exception"), "no class names for the user: " + e.getMessage());
        assertFalse(Files.exists(models.resolve("micro")), "nothing installed");
        assertFalse(Files.exists(models.resolve(".micro.staging")), "no staging folder left behind");
    }

    private static void assertNothingLeftBehind(Path models) {
        assertFalse(Files.exists(models.resolve(".micro.staging")), "no staging folder left behind");
        assertFalse(Files.exists(models.resolve(".micro.checkpoint")), "the downloaded checkpoint is deleted");
    }

    private static Path descriptor(String tag, String sha256, boolean withTemplates) throws IOException {
        return descriptor(tag, sha256, withTemplates, server);
    }

    /**
     * A descriptor of the micro model as the catalogue's are written: its files, and a checkpoint section with the
     * server's address and the templates folder relative to the descriptor.
     */
    static Path descriptor(String tag, String sha256, boolean withTemplates, FileServer from) throws IOException {
        Path dir = Files.createDirectories(work.resolve("descriptor-" + tag));
        JsonObject d = new JsonObject();
        d.addProperty("name", "micro");
        d.addProperty("kind", "video");
        JsonArray files = new JsonArray();
        for (String graph : TemplateMaker.GRAPHS) {
            JsonObject f = new JsonObject();
            f.addProperty("name", graph);
            files.add(f);
        }
        d.add("files", files);
        JsonObject checkpoint = new JsonObject();
        checkpoint.addProperty("repository", "micro (the fixture's seeded micro model)");
        checkpoint.addProperty("address", from.base().toString());
        checkpoint.addProperty("templates", withTemplates ? "../split/templates" : "templates/micro");
        JsonArray wanted = new JsonArray();
        JsonObject c = new JsonObject();
        c.addProperty("name", "config.json");
        wanted.add(c);
        JsonObject w = new JsonObject();
        w.addProperty("name", "model.safetensors");
        if (sha256 != null) {
            w.addProperty("bytes", weights.length);
            w.addProperty("sha256", sha256);
        }
        wanted.add(w);
        checkpoint.add("files", wanted);
        d.add("checkpoint", checkpoint);
        Path file = dir.resolve("micro.json");
        Files.writeString(file, d.toString());
        return file;
    }

    private static JsonObject json(Path file) throws IOException {
        JsonElement e = JsonParser.parseString(Files.readString(file));
        return e.getAsJsonObject();
    }
}
