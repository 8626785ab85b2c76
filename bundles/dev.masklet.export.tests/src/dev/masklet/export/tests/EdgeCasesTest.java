package dev.masklet.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.FrameRange;
import dev.masklet.export.ExportException;
import dev.masklet.export.ExportMonitor;
import dev.masklet.export.ExportOptions;
import dev.masklet.export.ExportRequest;
import dev.masklet.export.ExportResult;
import dev.masklet.export.ExporterDescriptor;
import dev.masklet.export.ExporterRegistry;
import dev.masklet.export.OutputKind;

/** What must never crash: empty masks, degenerate shapes, odd label names, every exporter. */
class EdgeCasesTest {
    @Test
    void everyExporterHandlesTheFixtureWithWarningsNotErrors(@TempDir Path dir) throws Exception {
        for (ExporterDescriptor d : ExporterRegistry.fromPlatform().exporters()) {
            Path out = dir.resolve(d.id() + (d.outputKind() == OutputKind.FILE ? "." + d.fileExtension() : ""));
            ExportResult result = d.create().export(new ExportRequest(Fixtures.project(), Fixtures.frames(), out,
                    ExportOptions.builder().includeImages(true).build()), ExportMonitor.NONE);
            assertTrue(!result.files().isEmpty(), d.id() + " wrote files");
            for (Path f : result.files()) {
                assertTrue(Files.isRegularFile(f), d.id() + ": listed file exists: " + f);
            }
            assertTrue(result.warnings().stream().anyMatch(w -> w.contains("ghost") && w.contains("empty mask")),
                    d.id() + " reports the empty mask: " + result.warnings());
        }
    }

    @Test
    void labelNamesSurviveEveryFormatThatCarriesNames(@TempDir Path dir) throws Exception {
        for (String id : List.of("coco", "yolo", "yolo-seg", "voc", "mot", "mots", "masks", "labelme")) {
            Path out = dir.resolve(id);
            Fixtures.export(id, out, ExportOptions.defaults());
            StringBuilder all = new StringBuilder();
            try (Stream<Path> files = Files.walk(out)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".json") || name.endsWith(".txt") || name.endsWith(".xml")
                            || name.endsWith(".yaml")) {
                        all.append(Files.readString(f, StandardCharsets.UTF_8));
                    }
                }
            }
            String text = all.toString();
            assertTrue(text.contains("Straßenbahn – café"), id + " keeps non-ASCII letters");
            assertTrue(text.contains("pan, with hole"), id + " keeps commas and spaces");
            switch (id) {
                case "coco", "masks", "labelme" -> assertTrue(text.contains("red \\\"ball\\\""), id + " JSON-escapes");
                case "yolo", "yolo-seg" -> assertTrue(text.contains("\"red \\\"ball\\\"\""), id + " YAML-escapes");
                case "voc" -> assertTrue(text.contains("red &quot;ball&quot;"), id + " XML-escapes");
                default -> assertTrue(text.contains("red \"ball\""), id + " writes the name as is");
            }
        }
    }

    @Test
    void imagesWithoutFramesAreRefusedClearly(@TempDir Path dir) throws Exception {
        ExporterDescriptor coco = ExporterRegistry.fromPlatform().find("coco").orElseThrow();
        ExportException e = assertThrows(ExportException.class, () -> coco.create().export(new ExportRequest(
                Fixtures.project(), null, dir, ExportOptions.builder().includeImages(true).build()),
                ExportMonitor.NONE));
        assertEquals("frame images were asked for, but the frames of 'clip é.mp4' are not available", e.getMessage());
    }

    @Test
    void aRangePastTheEndExportsNothingAndAnEmptyProjectWorks(@TempDir Path dir) throws Exception {
        ExportResult r = Fixtures.export("coco", dir.resolve("a"), ExportOptions.builder()
                .range(new FrameRange(100, 200)).build());
        assertTrue(Files.readString(dir.resolve("a/annotations.json")).contains("\"images\":[]"));
        assertEquals(List.of(), r.warnings());
        AnnotationProject empty = new AnnotationProject("empty.mp4", 32, 24, 0);
        for (ExporterDescriptor d : ExporterRegistry.fromPlatform().exporters()) {
            Path out = dir.resolve("e-" + d.id() + (d.outputKind() == OutputKind.FILE ? ".csv" : ""));
            d.create().export(new ExportRequest(empty, null, out, ExportOptions.defaults()), ExportMonitor.NONE);
        }
    }

    @Test
    void degeneratePolygonsAreSkippedWithAWarning(@TempDir Path dir) throws Exception {
        AnnotationProject p = new AnnotationProject("thin.mp4", Fixtures.W, Fixtures.H, 1);
        p.addObject("dot").putMask(0, Fixtures.rect(50, 50, 50, 50));
        p.addObject("dot and square").putMask(0, Fixtures.or(Fixtures.rect(10, 10, 10, 10),
                Fixtures.rect(100, 100, 120, 110)));
        ExportResult r = Fixtures.export("yolo-seg", p, dir, ExportOptions.defaults());
        assertEquals(List.of(
                "frame 0, object 1 (\"dot\"): left out 1 part or hole too thin to be a polygon",
                "frame 0, object 1 (\"dot\"): too thin for a polygon, left out",
                "frame 0, object 2 (\"dot and square\"): left out 1 part or hole too thin to be a polygon"),
                r.warnings());
        assertEquals(1, Files.readAllLines(dir.resolve("labels/frame_000000.txt")).size());
    }
}
