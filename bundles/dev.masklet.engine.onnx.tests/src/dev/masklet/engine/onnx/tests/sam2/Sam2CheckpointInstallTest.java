package dev.masklet.engine.onnx.tests.sam2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.masklet.engine.EngineException;
import dev.masklet.engine.ModelStatus;
import dev.masklet.engine.onnx.internal.graph.SafetensorsFile;
import dev.masklet.engine.onnx.internal.models.ModelManagerService;
import dev.masklet.engine.onnx.tests.graph.SafetensorsWriter;
import dev.masklet.engine.onnx.tests.graph.TemplateMaker;

/**
 * Installing a SAM 2 model in Java from graph templates and a safetensors checkpoint, with no Python: the micro
 * fixture split by {@link TemplateMaker} into templates (weights stripped, initializers named as checkpoint keys) and a
 * checkpoint, installed through the model manager, gives the fixture's graphs byte for byte and its constants (built
 * from the checkpoint); {@code Sam2CheckpointDownloadTest} replays the reference run on such an install. A damaged
 * or truncated file, a wrong shape, a missing or an extra tensor are refused
 * with a message naming the problem, and nothing is installed.
 */
class Sam2CheckpointInstallTest {
    @TempDir
    static Path work;
    private static Path templates;
    private static Path checkpoint;

    @BeforeAll
    static void splitTheFixture() throws IOException {
        checkpoint = TemplateMaker.make(Sam2Fixture.directory(), work.resolve("split"));
        templates = work.resolve("split/templates");
        // the damaged checkpoints below are written to work/, with the checkpoint's configuration beside them
        Files.copy(work.resolve("split/config.json"), work.resolve("config.json"));
    }

    @Test
    void installedFromTheCheckpointEqualsTheFixtureModel() throws Exception {
        Path models = work.resolve("models-ok");
        ModelStatus status = new ModelManagerService(models).installFromCheckpoint("micro", templates, checkpoint);
        assertTrue(status.isOk(), status.message());
        for (String graph : TemplateMaker.GRAPHS) {
            assertArrayEquals(Files.readAllBytes(Sam2Fixture.directory().resolve(graph)),
                    Files.readAllBytes(models.resolve("micro").resolve(graph)), graph + " rebuilt byte for byte");
        }
        Sam2CheckpointDownloadTest.assertConstantsEqualTheFixtures(models.resolve("micro"));
        // the same folder, downloaded first, replays the reference run in Sam2CheckpointDownloadTest
    }

    @Test
    void truncatedCheckpointIsRefusedAndNothingInstalled() throws IOException {
        Path cut = work.resolve("truncated.safetensors");
        Files.copy(checkpoint, cut);
        try (RandomAccessFile f = new RandomAccessFile(cut.toFile(), "rw")) {
            f.setLength(f.length() - 1000);
        }
        refused(cut, "damaged");
    }

    @Test
    void damagedHeaderIsRefusedAndNothingInstalled() throws IOException {
        Path bad = work.resolve("damaged.safetensors");
        byte[] bytes = Files.readAllBytes(checkpoint);
        for (int i = 8; i < 40; i++) {
            bytes[i] = '#';
        }
        Files.write(bad, bytes);
        refused(bad, "header is not valid JSON");
    }

    @Test
    void wrongShapeMissingAndExtraTensorsAreNamed() throws Exception {
        Map<String, SafetensorsWriter.Tensor> tensors = readAll(checkpoint);
        String name = "ma.layers.0.self_attn.q_proj.weight";
        SafetensorsWriter.Tensor q = tensors.get(name);
        assertEquals(2, q.shape().length);

        Map<String, SafetensorsWriter.Tensor> wrongShape = new LinkedHashMap<>(tensors);
        // the same values flattened: a square weight transposed would keep its shape
        wrongShape.put(name, new SafetensorsWriter.Tensor(q.values(), new long[] { q.shape()[0] * q.shape()[1] },
                "F32"));
        Path shaped = work.resolve("shape.safetensors");
        SafetensorsWriter.write(shaped, wrongShape);
        refused(shaped, "tensor " + name + " has shape");

        Map<String, SafetensorsWriter.Tensor> missing = new LinkedHashMap<>(tensors);
        missing.remove(name);
        Path lacking = work.resolve("missing.safetensors");
        SafetensorsWriter.write(lacking, missing);
        refused(lacking, "lacks tensor " + name);

        Map<String, SafetensorsWriter.Tensor> extra = new LinkedHashMap<>(tensors);
        extra.put("unrelated.weight", new SafetensorsWriter.Tensor(new float[4], new long[] { 2, 2 }, "F32"));
        Path more = work.resolve("extra.safetensors");
        SafetensorsWriter.write(more, extra);
        refused(more, "unrelated.weight");
    }

    /** F16 and BF16 tensors are widened to float32 exactly (values chosen representable in both). */
    @Test
    void halfPrecisionTensorsAreReadAsFloat32() throws Exception {
        float[] values = { 0f, 1f, -2.5f, 0.15625f, 1024f, -0.0078125f };
        Map<String, SafetensorsWriter.Tensor> tensors = new LinkedHashMap<>();
        tensors.put("a.f16", new SafetensorsWriter.Tensor(values, new long[] { 2, 3 }, "F16"));
        tensors.put("b.bf16", new SafetensorsWriter.Tensor(values, new long[] { 3, 2 }, "BF16"));
        tensors.put("c.f32", new SafetensorsWriter.Tensor(values, new long[] { 6 }, "F32"));
        Path file = work.resolve("half.safetensors");
        SafetensorsWriter.write(file, tensors);
        try (SafetensorsFile f = SafetensorsFile.open(file)) {
            for (String name : tensors.keySet()) {
                assertArrayEquals(values, f.readFloats(f.entries().get(name)), name);
            }
            assertArrayEquals(new long[] { 2, 3 }, f.entries().get("a.f16").shape());
        }
    }

    private static void refused(Path bad, String expected) {
        Path models = work.resolve("models-" + bad.getFileName());
        ModelManagerService manager = new ModelManagerService(models);
        EngineException e = assertThrows(EngineException.class,
                () -> manager.installFromCheckpoint("micro", templates, bad));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), "no class names for the user: " + e.getMessage());
        assertFalse(Files.exists(models.resolve("micro")), "nothing installed");
        assertFalse(Files.exists(models.resolve(".micro.staging")), "no staging folder left behind");
    }

    /** Copies a checkpoint without one tensor. */
    static void writeWithout(Path from, Path to, String key) throws Exception {
        Map<String, SafetensorsWriter.Tensor> tensors = readAll(from);
        tensors.remove(key);
        SafetensorsWriter.write(to, tensors);
    }

    private static Map<String, SafetensorsWriter.Tensor> readAll(Path file) throws Exception {
        Map<String, SafetensorsWriter.Tensor> all = new LinkedHashMap<>();
        try (SafetensorsFile f = SafetensorsFile.open(file)) {
            for (SafetensorsFile.Entry e : f.entries().values()) {
                all.put(e.name(), new SafetensorsWriter.Tensor(f.readFloats(e), e.shape(), "F32"));
            }
        }
        return all;
    }
}
