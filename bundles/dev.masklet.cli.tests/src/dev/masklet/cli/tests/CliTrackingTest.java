package dev.masklet.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.masklet.cli.internal.CliApplication;
import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.FrameAnnotations;
import dev.masklet.core.store.ProjectStore;
import dev.masklet.engine.Prompt;
import dev.masklet.engine.TrackedFrame;
import dev.masklet.engine.TrackingEngine;
import dev.masklet.engine.TrackingModel;
import dev.masklet.engine.TrackingModelChoice;
import dev.masklet.engine.TrackingOptions;
import dev.masklet.engine.TrackingSession;
import dev.masklet.media.VideoFrames;
import dev.masklet.media.VideoSource;
import dev.masklet.media.VideoSources;
import dev.masklet.media.sample.SampleScene;
import dev.masklet.media.sample.SampleVideoWriter;

/**
 * {@code masklet-cli track} without {@code --model} tracks with the model the workbench picks (no SAM 2 model is
 * installed in the test models folder: the default MobileSAM tracker) and gives, bit for bit, the masks of the
 * tracking session driven as Ctrl+M drives it (the prompts added on their frame, then propagation from that frame),
 * for the same click and box prompts; it writes them as the workbench does (project file version 2 and a frames
 * folder) and as mask PNGs. Runs the command line in this framework, on the real default model.
 */
class CliTrackingTest {
    private static final int FRAMES = 6;

    @TempDir
    Path dir;

    @Test
    void trackWithoutModelGivesTheWorkbenchMasks() throws Exception {
        SampleScene scene = new SampleScene(640, 360, FRAMES);
        Path clip = dir.resolve("clip.mp4");
        SampleVideoWriter.write(scene, clip, 25);
        double[] disk = scene.geometry(SampleScene.DISK, 0);
        double[] square = scene.geometry(SampleScene.SQUARE, 0);
        Prompt click = Prompt.of(List.of(new Prompt.Point(Math.round(disk[0]), Math.round(disk[1]), true)), null);
        double m = square[2] + 6;
        Prompt box = Prompt.of(List.of(), new Prompt.Box(Math.round(square[0] - m), Math.round(square[1] - m),
                Math.round(square[0] + m), Math.round(square[1] + m)));
        Path prompts = dir.resolve("prompts.json");
        Files.writeString(prompts, String.format(Locale.ROOT, """
                {"objects": [
                  {"id": 1, "label": "disk", "frame": 0, "points": [[%s, %s]]},
                  {"id": 2, "label": "square", "frame": 0, "box": [%s, %s, %s, %s]}
                ]}""", fmt(click.points().get(0).x()), fmt(click.points().get(0).y()), fmt(box.box().x0()),
                fmt(box.box().y0()), fmt(box.box().x1()), fmt(box.box().y1())), StandardCharsets.UTF_8);

        Path out = dir.resolve("out");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int rc = CliApplication.run(List.of("track", "--video", clip.toString(), "--prompts", prompts.toString(),
                "--out", out.toString(), "--export", "masks"), new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
        String errors = stderr.toString(StandardCharsets.UTF_8);
        assertEquals(0, rc, errors);
        JsonObject summary = JsonParser.parseString(stdout.toString(StandardCharsets.UTF_8).trim()).getAsJsonObject();

        Map<Integer, TrackedFrame> workbench = new TreeMap<>();
        String chosen;
        ServiceTracker<TrackingEngine, TrackingEngine> engines = new ServiceTracker<>(
                FrameworkUtil.getBundle(CliTrackingTest.class).getBundleContext(), TrackingEngine.class, null);
        engines.open();
        try (VideoSource video = VideoSources.open(clip);
                TrackingModel model = TrackingModelChoice.openBest(
                        List.copyOf(engines.getTracked().values()), "");
                TrackingSession session = model.newSession(VideoFrames.of(video), TrackingOptions.defaults())) {
            chosen = model.name();
            session.addPrompt(1, 0, click);
            session.addPrompt(2, 0, box);
            session.propagate(0, FRAMES - 1, false, () -> false, f -> workbench.put(f.frameIndex(), f));
        } finally {
            engines.close(); // releases the services
        }
        assertEquals(TrackingModelChoice.DEFAULT_MODEL, chosen, "no SAM 2 model is installed for the tests");
        assertEquals(chosen, summary.get("model").getAsString(), "the CLI tracks with the workbench's model");
        assertEquals(FRAMES, workbench.size());

        Path projectFile = out.resolve("clip.mp4" + ProjectStore.SUFFIX);
        assertEquals(projectFile.toAbsolutePath().toString(), summary.get("project").getAsString());
        JsonObject root = JsonParser.parseString(Files.readString(projectFile)).getAsJsonObject();
        assertEquals(2, root.get("version").getAsInt(), "the workbench's project layout, not the single file");
        Path framesFolder = ProjectStore.framesFolderFor(projectFile);
        try (Stream<Path> files = Files.list(framesFolder)) {
            assertEquals(FRAMES, files.filter(f -> f.getFileName().toString().matches("frame_\\d{6}\\.json"))
                    .count(), "one frame file per tracked frame in " + framesFolder);
        }
        AnnotationProject project = ProjectStore.load(projectFile);
        assertEquals("../clip.mp4", project.mediaName());
        for (int f = 0; f < FRAMES; f++) {
            // the workbench shows "kept" on the frame the objects were prompted on, "tracked" elsewhere
            assertEquals(f == 0, project.existingFrame(f).map(a -> a.flag(FrameAnnotations.PROMPTED)).orElse(false),
                    "frame " + f + " is flagged prompted");
        }
        List<String> differences = new ArrayList<>();
        for (int id : new int[] {1, 2}) {
            assertEquals(id == 1 ? "disk" : "square", project.object(id).orElseThrow().label());
            for (int f = 0; f < FRAMES; f++) {
                BinaryMask expected = workbench.get(f).object(id).flatMap(TrackedFrame.ObjectResult::mask)
                        .orElse(BinaryMask.empty(640, 360));
                assertTrue(expected.area() > 0, "object " + id + " is tracked on frame " + f);
                BinaryMask saved = project.object(id).orElseThrow().mask(f);
                BinaryMask png = readPng(out.resolve(Integer.toString(id)).resolve(
                        String.format(Locale.ROOT, "%05d.png", f)));
                if (!expected.equals(saved) || !expected.equals(png)) {
                    differences.add("object " + id + " frame " + f + ": session " + expected.area() + " px, project "
                            + (saved == null ? "none" : saved.area() + " px") + ", PNG " + png.area() + " px");
                }
            }
        }
        assertTrue(differences.isEmpty(), "CLI masks differ from the session's: " + differences);
        assertFalse(errors.contains("Exception"), errors);
    }

    private static BinaryMask readPng(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        byte[] bits = new byte[image.getWidth() * image.getHeight()];
        int[] gray = image.getRaster().getPixels(0, 0, image.getWidth(), image.getHeight(), (int[]) null);
        for (int i = 0; i < bits.length; i++) {
            bits[i] = (byte) (gray[i] > 127 ? 1 : 0);
        }
        return new BinaryMask(image.getWidth(), image.getHeight(), bits);
    }

    private static String fmt(double v) {
        return Long.toString(Math.round(v));
    }
}
