package dev.masklet.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.mask.CocoRle;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.FrameRange;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.export.ExportOptions;
import dev.masklet.export.ExportResult;

/** MOTChallenge (motchallenge.net/instructions) and MOTS (motchallenge.net/data/MOTS) sequences. */
class MotTest {
    @Test
    void gtHasTheMotChallengeColumns(@TempDir Path dir) throws Exception {
        AnnotationProject project = Fixtures.project();
        ExportResult result = Fixtures.export("mot", dir, ExportOptions.builder().range(new FrameRange(1, 5))
                .includeImages(true).build());
        List<String> gt = Files.readAllLines(dir.resolve("gt/gt.txt"));
        List<String> expected = new ArrayList<>();
        for (int frame = 1; frame <= 5; frame++) {
            for (TrackedObject o : project.objects()) {
                BinaryMask m = o.mask(frame);
                if (m != null && m.area() > 0) {
                    int[] b = m.bounds();
                    // frame (1-based in the sequence), id, bb_left, bb_top, bb_width, bb_height, conf, class, visibility
                    expected.add((frame - 1 + 1) + "," + o.trackId() + "," + b[0] + "," + b[1] + "," + (b[2] - b[0] + 1)
                            + "," + (b[3] - b[1] + 1) + ",1," + o.trackId() + ",1");
                }
            }
        }
        assertEquals(expected, gt);
        for (String line : gt) {
            assertEquals(9, line.split(",").length, "nine comma-separated columns");
        }
        List<String> seqinfo = Files.readAllLines(dir.resolve("seqinfo.ini"), StandardCharsets.UTF_8);
        assertEquals(List.of("[Sequence]", "name=clip é", "imDir=img1", "frameRate=30", "seqLength=5", "imWidth=160",
                "imHeight=120", "imExt=.jpg"), seqinfo);
        assertTrue(Files.exists(dir.resolve("img1/000001.jpg")), "MOT images are numbered from 1");
        assertTrue(Files.exists(dir.resolve("img1/000005.jpg")), "the unannotated last frame is part of the sequence");
        assertTrue(result.files().contains(dir.resolve("img1/000005.jpg")));
        assertEquals(List.of(Fixtures.BALL, Fixtures.TRAM, Fixtures.PAN, Fixtures.LINE, Fixtures.GHOST),
                Files.readAllLines(dir.resolve("gt/labels.txt"), StandardCharsets.UTF_8), "line k = class k");
    }

    @Test
    void withoutAVideoTheFrameRateIsAssumedWithAWarning(@TempDir Path dir) throws Exception {
        ExportResult result = dev.masklet.export.ExporterRegistry.fromPlatform().find("mot").orElseThrow().create()
                .export(new dev.masklet.export.ExportRequest(Fixtures.project(), null, dir, ExportOptions.defaults()),
                        dev.masklet.export.ExportMonitor.NONE);
        assertTrue(Files.readAllLines(dir.resolve("seqinfo.ini")).contains("frameRate=25"));
        assertTrue(result.warnings().stream().anyMatch(w -> w.startsWith("the frame rate is not known")));
        assertTrue(Files.readAllLines(dir.resolve("seqinfo.ini")).contains("seqLength=6"));
    }

    @Test
    void motsLinesAreTheRleTextFormatWithoutOverlaps(@TempDir Path dir) throws Exception {
        AnnotationProject project = Fixtures.project();
        // a second ball overlapping the first on frame 0, to exercise the no-overlap rule
        project.addObject("small ball").putMask(0, Fixtures.disk(26, 30, 5));
        Fixtures.export("mots", project, dir, ExportOptions.defaults());
        List<String> gt = Files.readAllLines(dir.resolve("gt/gt.txt"));
        BinaryMask[] seen = new BinaryMask[Fixtures.FRAMES + 1];
        for (String line : gt) {
            String[] f = line.split(" ");
            assertEquals(6, f.length, "time_frame id class_id img_height img_width rle: " + line);
            int frame = Integer.parseInt(f[0]);
            int id = Integer.parseInt(f[1]);
            int cls = Integer.parseInt(f[2]);
            assertEquals(cls, id / 1000, "id = class_id * 1000 + instance id");
            TrackedObject o = project.object(id % 1000).orElseThrow();
            assertEquals(o.trackId(), cls, "class = category id (labels are distinct here)");
            assertEquals(Fixtures.H, Integer.parseInt(f[3]));
            assertEquals(Fixtures.W, Integer.parseInt(f[4]));
            BinaryMask m = CocoRle.decode(f[5], Fixtures.W, Fixtures.H);
            BinaryMask original = o.mask(frame - 1);
            if (o.label().equals("small ball")) {
                assertEquals(original, m, "the smaller object keeps all its pixels");
            } else if (o.label().equals(Fixtures.BALL) && frame == 1) {
                assertEquals(Fixtures.minus(original, project.object(6).orElseThrow().mask(0)), m);
            } else {
                assertEquals(original, m);
            }
            if (seen[frame] != null) {
                for (int i = 0; i < m.bits().length; i++) {
                    assertTrue(m.bits()[i] == 0 || seen[frame].bits()[i] == 0, "MOTS masks must not overlap");
                }
                seen[frame] = Fixtures.or(seen[frame], m);
            } else {
                seen[frame] = m;
            }
        }
        assertEquals(15, gt.size(), "ball x5, tram x3, pan x5, line, small ball");
        List<String> labels = Files.readAllLines(dir.resolve("gt/labels.txt"), StandardCharsets.UTF_8);
        assertEquals("small ball", labels.get(5), "category 6 is class 6");
    }

    @Test
    void motsSkipsTheReservedIgnoreClass(@TempDir Path dir) throws Exception {
        AnnotationProject p = new AnnotationProject("ten.mp4", Fixtures.W, Fixtures.H, 1);
        for (int i = 1; i <= 10; i++) {
            p.addObject("label " + i).putMask(0, Fixtures.rect(10 * i, 10, 10 * i + 5, 20));
        }
        Fixtures.export("mots", p, dir, ExportOptions.defaults());
        List<String> gt = Files.readAllLines(dir.resolve("gt/gt.txt"));
        assertTrue(gt.get(8).startsWith("1 9009 9 "), gt.get(8));
        assertTrue(gt.get(9).startsWith("1 11010 11 "), "class 10 means 'ignore' in MOTS: " + gt.get(9));
        List<String> labels = Files.readAllLines(dir.resolve("gt/labels.txt"));
        assertEquals("ignore", labels.get(9));
        assertEquals("label 10", labels.get(10));
    }
}
