package dev.masklet.engine.onnx.tests.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.masklet.engine.InstallListener;
import dev.masklet.engine.ModelStatus;
import dev.masklet.engine.ModelStatus.State;
import dev.masklet.engine.onnx.internal.ModelFolder;
import dev.masklet.engine.onnx.internal.models.ModelManagerService;

/**
 * The real default model (MobileSAM) installed over HTTP and listed with its status, and copies of it damaged in
 * each way the status names: a missing file, a changed byte, graphs whose I/O is not what model.json says, a
 * broken model.json.
 */
class InstalledModelStatusTest {
    private static final Path MOBILESAM = ModelFolder.modelsRoot().resolve("mobilesam");

    @TempDir
    Path root;

    @Test
    void theDefaultModelInstallsOverHttpAndChecksOk() throws Exception {
        try (FileServer server = new FileServer()) {
            for (String f : List.of("model.json", "encoder.onnx", "sam.onnx")) {
                server.put(f, Files.readAllBytes(MOBILESAM.resolve(f)));
            }
            ModelManagerService manager = new ModelManagerService(root);
            ModelStatus status = manager.install("mobilesam", server.base(), null, InstallListener.NONE, () -> false);
            assertEquals(State.OK, status.state(), status.message());
            assertEquals("image", status.kind());
            ModelFolder.open(root.resolve("mobilesam")); // what the engine checks before loading
        }
    }

    @Test
    void everyKindOfDamageIsListedByName() throws IOException {
        copy("ok");
        Files.delete(copy("missing").resolve("sam.onnx"));
        Path damaged = copy("damaged");
        Path sam = damaged.resolve("sam.onnx");
        Files.delete(sam);
        byte[] bytes = Files.readAllBytes(MOBILESAM.resolve("sam.onnx"));
        bytes[bytes.length / 3] ^= 0x11;
        Files.write(sam, bytes);
        Path wrongIo = copy("wrong-io");
        Files.delete(wrongIo.resolve("model.json"));
        Files.writeString(wrongIo.resolve("model.json"), Files.readString(MOBILESAM.resolve("model.json"))
                .replace("\"inputs\": {\"input\":", "\"inputs\": {\"pixels\":"));
        Path badJson = Files.createDirectories(root.resolve("bad-json"));
        Files.writeString(badJson.resolve("model.json"), "{\"name\": \"bad-json\", \"files\": [");
        Files.createDirectories(root.resolve(".half.staging")); // an install in progress is not a model

        Map<String, ModelStatus> byName = new ModelManagerService(root).installed().stream()
                .collect(Collectors.toMap(ModelStatus::name, s -> s));
        assertEquals(List.of("bad-json", "damaged", "missing", "ok", "wrong-io"),
                byName.keySet().stream().sorted().toList());
        assertEquals(State.OK, byName.get("ok").state(), byName.get("ok").message());
        assertEquals("ok", byName.get("ok").message());
        assertState(byName.get("missing"), State.MISSING_FILE, "sam.onnx");
        assertState(byName.get("damaged"), State.CHECKSUM_MISMATCH, "sha256");
        assertState(byName.get("wrong-io"), State.WRONG_IO, "'pixels'");
        assertState(byName.get("bad-json"), State.BAD_DESCRIPTOR, "model.json");
    }

    private static void assertState(ModelStatus status, State state, String mentioned) {
        assertEquals(state, status.state(), status.message());
        assertTrue(status.message().contains(mentioned), status.message());
    }

    /** A copy of the installed default model; files are hard links where the file system allows (they are large). */
    private Path copy(String name) throws IOException {
        Path dir = Files.createDirectories(root.resolve(name));
        for (String f : List.of("model.json", "encoder.onnx", "sam.onnx")) {
            try {
                Files.createLink(dir.resolve(f), MOBILESAM.resolve(f));
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(MOBILESAM.resolve(f), dir.resolve(f));
            }
        }
        return dir;
    }
}
