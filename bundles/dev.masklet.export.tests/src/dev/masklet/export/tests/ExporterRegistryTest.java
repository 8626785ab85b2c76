package dev.masklet.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.spi.RegistryStrategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.masklet.core.model.FrameRange;
import dev.masklet.export.ExportCanceledException;
import dev.masklet.export.ExportMonitor;
import dev.masklet.export.ExportOptions;
import dev.masklet.export.ExportRequest;
import dev.masklet.export.ExportResult;
import dev.masklet.export.ExporterDescriptor;
import dev.masklet.export.ExporterRegistry;
import dev.masklet.export.OutputKind;

/** The extension point: built-in exporters and the sample third-party plug-in are found and run through it. */
class ExporterRegistryTest {
    private static final List<String> BUILT_IN = List.of("coco", "labelme", "masks", "mot", "mots", "voc", "yolo",
            "yolo-seg");

    @Test
    void builtInExportersAreContributedThroughTheExtensionPoint() {
        ExporterRegistry registry = ExporterRegistry.fromPlatform();
        assertEquals(List.of(), registry.problems(), "no contribution is malformed");
        for (String id : BUILT_IN) {
            ExporterDescriptor d = registry.find(id).orElseThrow(() -> new AssertionError("no exporter " + id));
            assertEquals("dev.masklet.export", d.contributor());
            assertEquals(OutputKind.FOLDER, d.outputKind());
            assertFalse(d.name().isBlank());
            assertFalse(d.description().isBlank());
        }
        List<String> ids = registry.exporters().stream().map(ExporterDescriptor::id).toList();
        assertTrue(ids.containsAll(BUILT_IN), ids.toString());
        assertEquals(ids.stream().sorted().toList(), ids, "sorted by id");
    }

    @Test
    void theSampleThirdPartyExporterIsFoundAndRunsThroughTheRegistry(@TempDir Path dir) throws Exception {
        ExporterDescriptor csv = ExporterRegistry.fromPlatform().find("sample-csv").orElseThrow(
                () -> new AssertionError("the sample plug-in's exporter is not registered"));
        assertEquals("dev.masklet.export.sample.csv", csv.contributor());
        assertEquals(OutputKind.FILE, csv.outputKind());
        assertEquals("csv", csv.fileExtension());
        Path file = dir.resolve("boxes.csv");
        ExportResult result = csv.create().export(new ExportRequest(Fixtures.project(), null, file,
                ExportOptions.builder().range(new FrameRange(0, 1)).build()), ExportMonitor.NONE);
        assertEquals(List.of(file), result.files());
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(List.of(
                "frame,track_id,label,x,y,width,height",
                "0,1,\"red \"\"ball\"\"\",8,18,25,25",
                "0,3,\"pan, with hole\",90,60,51,51",
                "0,4,thin line,5,5,56,1",
                "1,1,\"red \"\"ball\"\"\",16,18,25,25",
                "1,2,Straßenbahn – café,11,70,61,35",
                "1,3,\"pan, with hole\",90,60,51,51"), lines);
        assertEquals(List.of("frame 1, object 5 (\"ghost\"): empty mask, left out"), result.warnings());
    }

    @Test
    void everyExporterStopsWhenCanceled(@TempDir Path dir) throws Exception {
        for (ExporterDescriptor d : ExporterRegistry.fromPlatform().exporters()) {
            int[] worked = {0};
            ExportMonitor cancelAfterOne = new ExportMonitor() {
                @Override
                public void begin(String task, int totalWork) {
                    assertTrue(totalWork > 1, d.id() + ": begin announces the work");
                }

                @Override
                public void worked(int work) {
                    worked[0] += work;
                }

                @Override
                public boolean isCanceled() {
                    return worked[0] >= 1;
                }
            };
            Path out = dir.resolve(d.id() + (d.outputKind() == OutputKind.FILE ? "." + d.fileExtension() : ""));
            assertThrows(ExportCanceledException.class, () -> d.create().export(
                    new ExportRequest(Fixtures.project(), Fixtures.frames(), out, ExportOptions.defaults()),
                    cancelAfterOne), d.id());
            assertEquals(1, worked[0], d.id() + " stopped after the first frame");
        }
    }

    @Test
    void everyBuiltInFormatExpectsImagesAndTheSampleSaysItDoesNot() {
        ExporterRegistry registry = ExporterRegistry.fromPlatform();
        for (String id : BUILT_IN) {
            assertTrue(registry.find(id).orElseThrow().imagesExpected(), id + " names the frame images its tools read");
        }
        assertFalse(registry.find("sample-csv").orElseThrow().imagesExpected(), "the CSV says imagesExpected=false");
    }

    @Test
    void aThirdPartyExporterCanAskForImages() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <plugin>
                   <extension point="dev.masklet.export.exporters">
                      <exporter id="acme-crops" name="ACME crops" imagesExpected="true" class="com.acme.Crops"/>
                      <exporter id="acme-boxes" name="ACME boxes" class="com.acme.Boxes"/>
                   </extension>
                </plugin>
                """;
        Object token = new Object();
        IExtensionRegistry extensions = RegistryFactory.createRegistry(new RegistryStrategy(null, null), token, null);
        try {
            // the extension point, from dev.masklet.export's own plugin.xml, and a plug-in that uses it
            for (String[] contribution : new String[][] {
                    {"dev.masklet.export", "<plugin><extension-point id=\"exporters\" name=\"exporters\"/></plugin>"},
                    {"com.acme", xml}}) {
                assertTrue(extensions.addContribution(
                        new ByteArrayInputStream(contribution[1].strip().getBytes(StandardCharsets.UTF_8)),
                        ContributorFactorySimple.createContributor(contribution[0]), false, contribution[0], null,
                        token), contribution[0]);
            }
            ExporterRegistry registry = ExporterRegistry.read(extensions);
            assertEquals(List.of(), registry.problems());
            assertTrue(registry.find("acme-crops").orElseThrow().imagesExpected(), "imagesExpected=\"true\"");
            assertFalse(registry.find("acme-boxes").orElseThrow().imagesExpected(), "no attribute: no images");
            assertEquals("com.acme", registry.find("acme-crops").orElseThrow().contributor());
        } finally {
            extensions.stop(token);
        }
    }

    @Test
    void withoutOsgiTheBuiltInFormatsReadTheirTextFromPluginProperties() {
        ExporterRegistry platform = ExporterRegistry.fromPlatform();
        ExporterRegistry builtIn = ExporterRegistry.builtIn();
        assertEquals(List.of(), builtIn.problems());
        assertEquals(BUILT_IN, builtIn.exporters().stream().map(ExporterDescriptor::id).toList());
        for (ExporterDescriptor d : builtIn.exporters()) {
            ExporterDescriptor same = platform.find(d.id()).orElseThrow();
            assertFalse(d.name().startsWith("%") || d.description().startsWith("%"), d.name());
            assertEquals(same.name(), d.name());
            assertEquals(same.description(), d.description());
            assertEquals(same.imagesExpected(), d.imagesExpected(), d.id());
        }
        assertEquals("COCO instances", builtIn.find("coco").orElseThrow().name(), "the text users saw before");
    }

    @Test
    void descriptorsMadeInCodeWork() throws Exception {
        ExporterDescriptor d = ExporterDescriptor.of("x", "X", "an exporter", OutputKind.FOLDER, "",
                () -> (request, monitor) -> ExportResult.builder().warn("ran").build());
        assertEquals(List.of("ran"), d.create().export(new ExportRequest(Fixtures.project(), null, Path.of("."),
                ExportOptions.defaults()), ExportMonitor.NONE).warnings());
    }
}
