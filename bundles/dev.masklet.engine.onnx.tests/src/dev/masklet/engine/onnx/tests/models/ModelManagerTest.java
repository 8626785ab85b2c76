package dev.masklet.engine.onnx.tests.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.masklet.engine.EngineCancelledException;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.InstallListener;
import dev.masklet.engine.ModelStatus;
import dev.masklet.engine.onnx.internal.models.ModelManagerService;

/**
 * Installing models over real HTTP (a loopback server) and from folders: verified downloads, a dropped connection
 * resumed with a Range request, a download that keeps failing (clear error, nothing installed, resumable later), a
 * wrong checksum, cancelling, importing good and bad folders.
 */
class ModelManagerTest {
    private static final byte[] WEIGHTS = randomBytes(300_000, 1);
    private static final byte[] CONFIG = randomBytes(20_000, 2);

    @TempDir
    Path root;
    @TempDir
    Path elsewhere;
    private FileServer server;
    private ModelManagerService manager;
    private final List<String> notes = new ArrayList<>();
    private final AtomicLong lastWeightsProgress = new AtomicLong();
    private final InstallListener listener = new InstallListener() {
        @Override
        public void progress(String file, long done, long total) {
            if (file.equals("weights.bin")) {
                lastWeightsProgress.set(done);
            }
        }

        @Override
        public void note(String message) {
            notes.add(message);
        }
    };

    @BeforeEach
    void serve() throws IOException {
        server = new FileServer();
        server.put("weights.bin", WEIGHTS);
        server.put("config.bin", CONFIG);
        server.put("model.json", descriptor("toy", sha256(WEIGHTS)).getBytes(StandardCharsets.UTF_8));
        manager = new ModelManagerService(root.resolve("models"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aGoodDownloadIsVerifiedAndInstalledInOneStep() throws Exception {
        ModelStatus status = manager.install("toy", server.base(), null, listener, () -> false);
        assertTrue(status.isOk(), status.message());
        Path dir = root.resolve("models/toy");
        assertEquals(dir, status.folder());
        assertArrayEquals(WEIGHTS, Files.readAllBytes(dir.resolve("weights.bin")));
        assertArrayEquals(CONFIG, Files.readAllBytes(dir.resolve("config.bin")));
        assertTrue(Files.isRegularFile(dir.resolve("model.json")));
        assertEquals(WEIGHTS.length, lastWeightsProgress.get(), "progress reaches the file's size");
        assertEquals(List.of("toy"), folderNames(root.resolve("models")), "no staging or part files are left");
        assertEquals(List.of("toy"), manager.installed().stream().map(ModelStatus::name).toList());
    }

    @Test
    void aDroppedConnectionIsResumedWithARangeRequest() throws Exception {
        server.cut("weights.bin", 120_000);
        ModelStatus status = manager.install("toy", server.base(), null, listener, () -> false);
        assertTrue(status.isOk(), status.message());
        assertArrayEquals(WEIGHTS, Files.readAllBytes(root.resolve("models/toy/weights.bin")));
        List<FileServer.Request> requests = server.requestsFor("weights.bin");
        assertEquals(2, requests.size(), requests.toString());
        assertEquals(0, requests.get(0).from());
        assertTrue(requests.get(1).from() > 0 && requests.get(1).from() <= 120_000,
                "the second request resumes where the first stopped: " + requests);
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("resuming weights.bin")), notes.toString());
    }

    @Test
    void aDownloadThatKeepsFailingLeavesNothingInstalledAndIsResumedByTheNextInstall() throws Exception {
        // weights.bin arrives whole; of config.bin the first connection gives 10 kB, the two retries nothing, so
        // the install gives up after three
        server.cut("config.bin", 10_000, 0, 0);
        EngineException failed = assertThrows(EngineException.class,
                () -> manager.install("toy", server.base(), null, listener, () -> false));
        assertTrue(failed.getMessage().contains("config.bin") && failed.getMessage().contains("stopped at 10000 of 20000"),
                failed.getMessage());
        assertTrue(failed.getMessage().contains("resume"), failed.getMessage());
        assertFalse(Files.exists(root.resolve("models/toy")), "nothing is installed");
        assertTrue(manager.installed().isEmpty(), "the staging folder is not listed as a model");
        long partial = Files.size(root.resolve("models/.toy.staging/config.bin.part"));
        assertTrue(partial == 10_000, "the partial download is kept: " + partial);

        server.requests.clear();
        ModelStatus status = manager.install("toy", server.base(), null, listener, () -> false);
        assertTrue(status.isOk(), status.message());
        assertArrayEquals(WEIGHTS, Files.readAllBytes(root.resolve("models/toy/weights.bin")));
        assertArrayEquals(CONFIG, Files.readAllBytes(root.resolve("models/toy/config.bin")));
        assertEquals(List.of(new FileServer.Request("config.bin", partial)), server.requestsFor("config.bin"),
                "resumed from the part file");
        assertTrue(server.requestsFor("weights.bin").isEmpty(), "the verified file is not fetched again");
    }

    @Test
    void aWrongChecksumIsNamedAndNothingIsInstalled() throws Exception {
        server.put("model.json", descriptor("toy", "0".repeat(64)).getBytes(StandardCharsets.UTF_8));
        EngineException failed = assertThrows(EngineException.class,
                () -> manager.install("toy", server.base(), null, listener, () -> false));
        assertTrue(failed.getMessage().contains("weights.bin") && failed.getMessage().contains("sha256 "
                + sha256(WEIGHTS)) && failed.getMessage().contains("nothing was installed"), failed.getMessage());
        assertFalse(Files.exists(root.resolve("models/toy")));
        assertFalse(Files.exists(root.resolve("models/.toy.staging/weights.bin.part")), "the wrong file is deleted");
        assertFalse(Files.exists(root.resolve("models/.toy.staging/weights.bin")));
    }

    @Test
    void cancellingStopsTheDownloadAndKeepsThePartForLater() throws Exception {
        InstallListener counting = (file, done, total) -> lastWeightsProgress.set(done);
        assertThrows(EngineCancelledException.class, () -> manager.install("toy", server.base(), null, counting,
                () -> lastWeightsProgress.get() >= 64 * 1024));
        assertFalse(Files.exists(root.resolve("models/toy")));
        assertTrue(Files.exists(root.resolve("models/.toy.staging")));
    }

    @Test
    void aDescriptorForAnotherModelIsRefused() throws IOException {
        Path descriptor = Files.writeString(elsewhere.resolve("other.json"), descriptor("other", sha256(WEIGHTS)));
        EngineException failed = assertThrows(EngineException.class,
                () -> manager.install("toy", server.base(), descriptor, listener, () -> false));
        assertTrue(failed.getMessage().contains("'other'"), failed.getMessage());
    }

    @Test
    void importingAFolderCopiesAndVerifiesIt() throws Exception {
        Path folder = toyFolder(elsewhere.resolve("toy-files"), sha256(WEIGHTS));
        ModelStatus status = manager.importFolder(folder, "my-toy", listener, () -> false);
        assertTrue(status.isOk(), status.message());
        assertArrayEquals(WEIGHTS, Files.readAllBytes(root.resolve("models/my-toy/weights.bin")));
        assertTrue(Files.isRegularFile(folder.resolve("weights.bin")), "the source folder is left as it was");
        assertEquals(List.of("my-toy"), folderNames(root.resolve("models")));
    }

    @Test
    void badFoldersAreRefusedWithTheirProblemNamed() throws Exception {
        Path noDescriptor = Files.createDirectories(elsewhere.resolve("empty"));
        EngineException e = assertThrows(EngineException.class,
                () -> manager.importFolder(noDescriptor, "toy", listener, () -> false));
        assertTrue(e.getMessage().contains("model.json"), e.getMessage());

        Path missing = toyFolder(elsewhere.resolve("missing"), sha256(WEIGHTS));
        Files.delete(missing.resolve("config.bin"));
        e = assertThrows(EngineException.class, () -> manager.importFolder(missing, "toy", listener, () -> false));
        assertTrue(e.getMessage().contains("config.bin") && e.getMessage().contains("missing"), e.getMessage());

        Path damaged = toyFolder(elsewhere.resolve("damaged"), sha256(WEIGHTS));
        byte[] changed = WEIGHTS.clone();
        changed[1234] ^= 1;
        Files.write(damaged.resolve("weights.bin"), changed);
        e = assertThrows(EngineException.class, () -> manager.importFolder(damaged, "toy", listener, () -> false));
        assertTrue(e.getMessage().contains("weights.bin") && e.getMessage().contains("sha256"), e.getMessage());

        assertEquals(List.of(), folderNames(root.resolve("models")), "nothing installed, nothing left behind");
    }

    static String descriptor(String name, String weightsSha) {
        JsonObject d = new JsonObject();
        d.addProperty("name", name);
        d.addProperty("kind", "image");
        JsonArray files = new JsonArray();
        files.add(file("weights", "weights.bin", WEIGHTS.length, weightsSha));
        files.add(file("config", "config.bin", CONFIG.length, sha256(CONFIG)));
        d.add("files", files);
        return d.toString();
    }

    private static JsonObject file(String role, String name, long bytes, String sha) {
        JsonObject f = new JsonObject();
        f.addProperty("role", role);
        f.addProperty("name", name);
        f.addProperty("bytes", bytes);
        f.addProperty("sha256", sha);
        return f;
    }

    private static Path toyFolder(Path dir, String weightsSha) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve("weights.bin"), WEIGHTS);
        Files.write(dir.resolve("config.bin"), CONFIG);
        Files.writeString(dir.resolve("model.json"), descriptor("toy", weightsSha));
        return dir;
    }

    static List<String> folderNames(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static byte[] randomBytes(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
