package dev.masklet.engine.onnx.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.masklet.engine.EngineException;
import dev.masklet.engine.onnx.internal.ModelFolder;

/** Missing and damaged model files are named in the error, together with the command that fetches them. */
class ModelFolderTest {
    @TempDir
    Path dir;

    private static Path installed() {
        return ModelFolder.modelsRoot().resolve("mobilesam");
    }

    @Test
    void theFetchedDefaultModelVerifies() throws EngineException {
        ModelFolder.open(installed());
    }

    @Test
    void aMissingDescriptorIsNamed() {
        EngineException e = assertThrows(EngineException.class, () -> ModelFolder.open(dir));
        assertTrue(e.getMessage().contains("model.json"), e.getMessage());
        assertTrue(e.getMessage().contains("fetch-default-model.sh"), e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        Files.copy(installed().resolve("model.json"), dir.resolve("model.json"));
        Files.copy(installed().resolve("encoder.onnx"), dir.resolve("encoder.onnx"));
        EngineException e = assertThrows(EngineException.class, () -> ModelFolder.open(dir));
        assertTrue(e.getMessage().contains("sam.onnx") && e.getMessage().contains("missing"), e.getMessage());
        assertTrue(e.getMessage().contains("fetch-default-model.sh"), e.getMessage());
    }

    @Test
    void aCorruptFileIsNamed() throws IOException {
        Files.copy(installed().resolve("model.json"), dir.resolve("model.json"));
        Files.copy(installed().resolve("encoder.onnx"), dir.resolve("encoder.onnx"));
        Path sam = Files.copy(installed().resolve("sam.onnx"), dir.resolve("sam.onnx"), StandardCopyOption.REPLACE_EXISTING);
        byte[] bytes = Files.readAllBytes(sam);
        bytes[bytes.length / 2] ^= 0x5a; // same size, different content
        Files.write(sam, bytes);
        EngineException e = assertThrows(EngineException.class, () -> ModelFolder.open(dir));
        assertTrue(e.getMessage().contains("sam.onnx") && e.getMessage().contains("sha256"), e.getMessage());

        Files.write(sam, new byte[100]); // truncated
        e = assertThrows(EngineException.class, () -> ModelFolder.open(dir));
        assertTrue(e.getMessage().contains("sam.onnx") && e.getMessage().contains("100 bytes"), e.getMessage());
    }
}
