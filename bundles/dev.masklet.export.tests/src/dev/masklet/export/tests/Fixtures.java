package dev.masklet.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.masklet.core.image.FrameProvider;
import dev.masklet.core.image.RgbImage;
import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.export.ExportException;
import dev.masklet.export.ExportMonitor;
import dev.masklet.export.ExportOptions;
import dev.masklet.export.ExportRequest;
import dev.masklet.export.ExportResult;
import dev.masklet.export.ExporterRegistry;
import dev.masklet.geometry.MaskGeometry;
import dev.masklet.geometry.PolygonPart;
import dev.masklet.geometry.Polygons;
import dev.masklet.geometry.Ring;

/**
 * The annotation project every export test uses: 160x120, 6 frames, with the cases the formats must survive.
 * <ul>
 * <li>1 {@code red "ball"}: a disk moving right on frames 0..4</li>
 * <li>2 {@code Straßenbahn – café}: split into two visible parts on frames 1..3 (an occluder in front)</li>
 * <li>3 {@code pan, with hole}: a square with a square hole on frames 0..4</li>
 * <li>4 {@code thin line}: a one-pixel line on frame 0 (no polygon possible)</li>
 * <li>5 {@code ghost}: an empty mask on frame 1</li>
 * </ul>
 * Frame 5 has no annotation.
 */
final class Fixtures {
    static final int W = 160;
    static final int H = 120;
    static final int FRAMES = 6;
    static final String BALL = "red \"ball\"";
    static final String TRAM = "Straßenbahn – café";
    static final String PAN = "pan, with hole";
    static final String LINE = "thin line";
    static final String GHOST = "ghost";

    private Fixtures() {
    }

    static AnnotationProject project() {
        AnnotationProject p = new AnnotationProject("clip é.mp4", W, H, FRAMES);
        TrackedObject ball = p.addObject(BALL);
        TrackedObject tram = p.addObject(TRAM);
        TrackedObject pan = p.addObject(PAN);
        TrackedObject line = p.addObject(LINE);
        TrackedObject ghost = p.addObject(GHOST);
        for (int f = 0; f <= 4; f++) {
            ball.putMask(f, disk(20 + 8 * f, 30, 12));
            pan.putMask(f, minus(rect(90, 60, 140, 110), rect(105, 75, 125, 95)));
        }
        for (int f = 1; f <= 3; f++) {
            tram.putMask(f, or(rect(10 + f, 70, 30 + f, 100), rect(45 + f, 72, 70 + f, 104)));
        }
        line.putMask(0, rect(5, 5, 60, 5));
        ghost.putMask(1, BinaryMask.empty(W, H));
        return p;
    }

    static BinaryMask disk(int cx, int cy, int r) {
        byte[] bits = new byte[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r) {
                    bits[y * W + x] = 1;
                }
            }
        }
        return new BinaryMask(W, H, bits);
    }

    static BinaryMask rect(int x0, int y0, int x1, int y1) {
        byte[] bits = new byte[W * H];
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                bits[y * W + x] = 1;
            }
        }
        return new BinaryMask(W, H, bits);
    }

    static BinaryMask or(BinaryMask a, BinaryMask b) {
        byte[] bits = a.bits().clone();
        for (int i = 0; i < bits.length; i++) {
            bits[i] |= b.bits()[i];
        }
        return new BinaryMask(a.width(), a.height(), bits);
    }

    static BinaryMask minus(BinaryMask a, BinaryMask b) {
        byte[] bits = a.bits().clone();
        for (int i = 0; i < bits.length; i++) {
            bits[i] = (byte) (bits[i] != 0 && b.bits()[i] == 0 ? 1 : 0);
        }
        return new BinaryMask(a.width(), a.height(), bits);
    }

    /** Frames whose pixel colour encodes the frame index (red = 40 * index), at 30 fps. */
    static FrameProvider frames() {
        return new FrameProvider() {
            @Override
            public int width() {
                return W;
            }

            @Override
            public int height() {
                return H;
            }

            @Override
            public int frameCount() {
                return FRAMES;
            }

            @Override
            public RgbImage frame(int index) {
                byte[] rgb = new byte[W * H * 3];
                for (int i = 0; i < rgb.length; i += 3) {
                    rgb[i] = (byte) (40 * index);
                    rgb[i + 1] = (byte) 100;
                    rgb[i + 2] = (byte) ((i / 3) % W);
                }
                return new RgbImage(W, H, rgb);
            }

            @Override
            public double fps() {
                return 30;
            }
        };
    }

    static ExportResult export(String id, Path out, ExportOptions options) throws IOException, ExportException {
        return export(id, project(), out, options);
    }

    static ExportResult export(String id, AnnotationProject project, Path out, ExportOptions options)
            throws IOException, ExportException {
        ExportRequest request = new ExportRequest(project, frames(), out, options);
        return ExporterRegistry.fromPlatform().find(id).orElseThrow().create().export(request, ExportMonitor.NONE);
    }

    /** Rasterizes a flat polygon list (x0, y0, x1, y1, ...). */
    static BinaryMask fill(List<double[]> polygons) {
        return MaskGeometry.rasterize(new Polygons(polygons.stream().map(p -> new PolygonPart(Ring.of(p))).toList(),
                0), W, H);
    }

    /** The same objects, labels, frames; masks equal or (lossy) close: IoU and boundary within 1 pixel. */
    static void assertSameAnnotations(AnnotationProject expected, AnnotationProject actual, boolean exact,
            Map<Integer, Boolean> holesFilled) {
        assertEquals(expected.width(), actual.width());
        assertEquals(expected.height(), actual.height());
        List<TrackedObject> kept = expected.objects().stream()
                .filter(o -> o.masks().values().stream().anyMatch(m -> m.area() > 0)).toList();
        assertEquals(kept.stream().map(TrackedObject::trackId).toList(),
                actual.objects().stream().map(TrackedObject::trackId).toList(), "track ids");
        for (TrackedObject o : kept) {
            TrackedObject a = actual.object(o.trackId()).orElseThrow();
            assertEquals(o.label(), a.label(), "label of track " + o.trackId());
            List<Integer> frames = o.masks().entrySet().stream().filter(e -> e.getValue().area() > 0)
                    .map(Map.Entry::getKey).toList();
            assertEquals(frames, List.copyOf(a.masks().keySet()), "frames of track " + o.trackId());
            for (int f : frames) {
                BinaryMask em = o.mask(f);
                BinaryMask am = a.mask(f);
                if (exact) {
                    assertEquals(em, am, "mask of track " + o.trackId() + " on frame " + f);
                } else if (holesFilled.getOrDefault(o.trackId(), false)) {
                    assertEquals(0, minus(em, am).area(), "the import covers the original");
                } else {
                    assertTrue(em.iou(am) > 0.85, "IoU " + em.iou(am) + " of track " + o.trackId() + " frame " + f);
                    assertTrue(withinOnePixel(em, am), "track " + o.trackId() + " frame " + f
                            + ": masks differ more than one pixel from the boundary");
                }
            }
        }
    }

    /** Every pixel where the masks differ is within one pixel of a's boundary. */
    static boolean withinOnePixel(BinaryMask a, BinaryMask b) {
        for (int y = 0; y < a.height(); y++) {
            for (int x = 0; x < a.width(); x++) {
                if (a.get(x, y) == b.get(x, y)) {
                    continue;
                }
                boolean in = false;
                boolean out = false;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        boolean v = a.get(x + dx, y + dy);
                        in |= v;
                        out |= !v;
                    }
                }
                if (!(in && out)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Copies a fixture folder of this bundle (fixtures/NAME) to a folder. */
    static Path copyFixtures(String name, List<String> files, Path to) throws IOException {
        Path dir = Files.createDirectories(to.resolve(name));
        for (String f : files) {
            try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name + "/" + f)) {
                if (in == null) {
                    throw new IOException("fixture missing: fixtures/" + name + "/" + f);
                }
                Files.copy(in, dir.resolve(f));
            }
        }
        return dir;
    }
}
