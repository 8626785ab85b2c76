package dev.masklet.engine.onnx.tests.sam2;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.masklet.engine.onnx.internal.sam2.Sam2Exception;
import dev.masklet.engine.onnx.internal.sam2.Sam2Model;

/** A model folder that does not fit the host contract is refused at open time, naming the file and the problem. */
class Sam2ModelValidationTest {
    private static final List<String> FILES = List.of("constants.json", "constants.bin", "vision_encoder.onnx",
            "mask_decoder.onnx", "memory_encoder.onnx", "memory_attention.onnx", "obj_ptr_tpos_proj.onnx");

    @TempDir
    Path dir;

    private static Sam2Fixture fixture() throws IOException {
        return Sam2Fixture.load();
    }

    private void copyModel(String replaced, String replacement) throws IOException {
        Path source = fixture().dir;
        for (String file : FILES) {
            Files.copy(source.resolve(file.equals(replaced) ? replacement : file), dir.resolve(file));
        }
    }

    @Test
    void missingGraphIsNamed() throws IOException {
        copyModel("memory_attention.onnx", "memory_attention.onnx");
        Files.delete(dir.resolve("memory_attention.onnx"));
        Sam2Exception e = assertThrows(Sam2Exception.class, () -> Sam2Model.open(dir, 1));
        assertTrue(e.getMessage().contains("memory_attention.onnx not found"), e.getMessage());
    }

    @Test
    void wrongGraphIsRefusedWithItsPorts() throws IOException {
        copyModel("memory_encoder.onnx", "obj_ptr_tpos_proj.onnx");
        Sam2Exception e = assertThrows(Sam2Exception.class, () -> Sam2Model.open(dir, 1));
        String message = e.getMessage();
        assertTrue(message.startsWith("memory_encoder.onnx does not match"), message);
        assertTrue(message.contains("input 'high_res_masks' is missing"), message);
        assertTrue(message.contains("tpos_norm"), message);
    }

    @Test
    void missingConstantsAreNamed() throws IOException {
        copyModel("constants.bin", "constants.bin");
        Files.delete(dir.resolve("constants.bin"));
        Sam2Exception e = assertThrows(Sam2Exception.class, () -> Sam2Model.open(dir, 1));
        assertTrue(e.getMessage().contains("constants.bin not found"), e.getMessage());
    }
}
