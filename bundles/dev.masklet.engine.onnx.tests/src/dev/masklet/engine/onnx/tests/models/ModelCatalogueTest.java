package dev.masklet.engine.onnx.tests.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.masklet.engine.CatalogueModel;
import dev.masklet.engine.onnx.internal.models.ModelManagerService;

/**
 * The model catalogue the bundle ships (the repository's models/*.json): the default and the four SAM 2.1 sizes, each
 * with the download size of its files, the expected CPU speed and licence from its descriptor, and whether it is
 * installed in the models folder.
 */
class ModelCatalogueTest {
    /** ModelCatalogue.EXTRA: a folder of further descriptors the catalogue lists. */
    private static final String CATALOGUE = "masklet.catalogue";
    @TempDir
    Path root;

    @Test
    void listsTheDefaultAndTheFourSam2Sizes() throws IOException {
        Path models = root.resolve("models");
        Files.createDirectories(models.resolve("sam2.1-hiera-small"));
        Files.writeString(models.resolve("sam2.1-hiera-small").resolve("model.json"), "{}");
        List<CatalogueModel> all = new ModelManagerService(models).available();
        assertEquals(List.of("mobilesam", "sam2.1-hiera-tiny", "sam2.1-hiera-small", "sam2.1-hiera-base-plus",
                "sam2.1-hiera-large"), all.stream().map(CatalogueModel::name).toList(),
                "the default first, then by download size");
        Map<String, CatalogueModel> byName = all.stream()
                .collect(Collectors.toMap(CatalogueModel::name, Function.identity()));
        CatalogueModel tiny = byName.get("sam2.1-hiera-tiny");
        assertEquals("video", tiny.kind());
        assertEquals(189.7, tiny.downloadMb(), 0.05, "the sum of the five graphs and the constants");
        assertEquals(5.5, tiny.cpuSecondsPerFrame(), 1e-9);
        assertTrue(tiny.license().startsWith("Apache-2.0"), tiny.license());
        assertTrue(tiny.cpuSpeedBasis().contains("2 CPU threads"), tiny.cpuSpeedBasis());
        assertEquals(44.6, byName.get("mobilesam").downloadMb(), 0.05, "encoder.onnx + sam.onnx bytes");
        assertEquals("image", byName.get("mobilesam").kind());
        assertTrue(byName.get("sam2.1-hiera-large").cpuSecondsPerFrame() > tiny.cpuSecondsPerFrame());
        assertTrue(byName.get("sam2.1-hiera-small").installed(), "a folder with model.json is installed");
        assertFalse(tiny.installed());
        assertFalse(byName.get("mobilesam").installed(), "not in this empty models folder");
        for (String size : List.of("tiny", "small", "base-plus", "large")) {
            assertTrue(byName.get("sam2.1-hiera-" + size).fromCheckpoint(), size + " installs from its checkpoint");
        }
        assertFalse(byName.get("mobilesam").fromCheckpoint(), "the default comes from an address the user gives");
        for (String size : List.of("tiny", "small", "base-plus", "large")) {
            assertFalse(byName.get("sam2.1-hiera-" + size).installable(), size + ": no graph templates in this build");
        }
        assertTrue(byName.get("mobilesam").installable(), "installed from an address the user gives");
    }

    /**
     * A checkpoint model of the catalogue is installable exactly when its graph templates are at hand (a descriptor of
     * the -Dmasklet.catalogue folder, its templates relative to it): the check the installer refuses a model by.
     */
    @Test
    void aCheckpointModelIsInstallableWhenItsTemplatesAreThere() throws IOException {
        Path extra = Files.createDirectories(root.resolve("catalogue"));
        Files.createDirectories(extra.resolve("templates/with"));
        Files.writeString(extra.resolve("templates/with/mask_decoder.onnx"), "a graph template");
        Files.createDirectories(extra.resolve("templates/without"));
        Files.writeString(extra.resolve("templates/without/README.txt"), "no graph here");
        for (String name : List.of("with", "without", "missing")) {
            Files.writeString(extra.resolve(name + ".json"), """
                    {"name": "%s", "title": "a test model", "kind": "video", "license": "Apache-2.0",
                     "files": [{"name": "vision_encoder.onnx", "approx_mb": 1}],
                     "catalogue": {"cpu_seconds_per_frame": 0.5, "cpu_speed_basis": "a test model"},
                     "checkpoint": {"templates": "templates/%s",
                                    "files": [{"name": "config.json"}, {"name": "model.safetensors"}]}}
                    """.formatted(name, name));
        }
        System.setProperty(CATALOGUE, extra.toString());
        try {
            Map<String, CatalogueModel> byName = new ModelManagerService(root.resolve("models")).available().stream()
                    .collect(Collectors.toMap(CatalogueModel::name, Function.identity()));
            assertTrue(byName.get("with").fromCheckpoint() && byName.get("with").installable(), "templates there");
            assertFalse(byName.get("without").installable(), "a templates folder without any graph");
            assertFalse(byName.get("missing").installable(), "no templates folder");
            assertTrue(byName.containsKey("sam2.1-hiera-tiny"), "the shipped catalogue is still listed");
        } finally {
            System.clearProperty(CATALOGUE);
        }
    }
}
