package dev.masklet.engine.onnx.tests.tracking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.masklet.core.image.FrameProvider;
import dev.masklet.core.image.RgbImage;
import dev.masklet.engine.CorrectionMode;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.Prompt;
import dev.masklet.engine.PropagationListener;
import dev.masklet.engine.PropagationResult;
import dev.masklet.engine.TrackedFrame;
import dev.masklet.engine.TrackingEngine;
import dev.masklet.engine.TrackingModel;
import dev.masklet.engine.TrackingOptions;
import dev.masklet.engine.TrackingProgress;
import dev.masklet.engine.TrackingSession;
import dev.masklet.engine.onnx.internal.sam2.Sam2FrameResult;
import dev.masklet.engine.onnx.internal.sam2.Sam2Model;
import dev.masklet.engine.onnx.internal.sam2.Sam2Prompt;
import dev.masklet.engine.onnx.internal.sam2.Sam2TrackerOptions;
import dev.masklet.engine.onnx.internal.sam2.Sam2VideoTracker;
import dev.masklet.engine.onnx.internal.tracking.Sam2TrackingEngine;
import dev.masklet.engine.onnx.tests.sam2.GeneratedClip;
import dev.masklet.engine.onnx.tests.sam2.Sam2Fixture;

/**
 * The tracking service as clients see it: found through OSGi, opened on the SAM 2.1 micro fixture, driven over a
 * generated clip whose frames are made on demand. Checks plumbing (results, order, progress, cancellation, errors),
 * and that the service gives the host loop's results unchanged.
 */
class TrackingServiceTest {
    private static final Path FIXTURE = Sam2Fixture.directory();
    private static ServiceTracker<TrackingEngine, TrackingEngine> services;
    private static TrackingEngine engine;
    private static TrackingModel model;

    /** The clip as a caller would hand it over, counting frame reads. */
    static final class ClipFrames implements FrameProvider {
        final GeneratedClip clip;
        final AtomicInteger reads = new AtomicInteger();
        int failOn = -1;

        ClipFrames(GeneratedClip clip) {
            this.clip = clip;
        }

        @Override
        public int frameCount() {
            return clip.frameCount();
        }

        @Override
        public int width() {
            return clip.width();
        }

        @Override
        public int height() {
            return clip.height();
        }

        @Override
        public RgbImage frame(int index) throws IOException {
            if (index == failOn) {
                throw new IOException("corrupt packet");
            }
            reads.incrementAndGet();
            return new RgbImage(clip.width(), clip.height(), clip.rgb(index));
        }
    }

    @BeforeAll
    static void openModel() throws Exception {
        services = new ServiceTracker<>(FrameworkUtil.getBundle(TrackingServiceTest.class).getBundleContext(),
                TrackingEngine.class, null);
        services.open();
        engine = services.waitForService(10_000);
        assertNotNull(engine, "the tracking engine is registered as an OSGi service by Declarative Services");
        model = engine.openModel(FIXTURE.toString());
    }

    @AfterAll
    static void close() {
        if (model != null) {
            model.close();
        }
        if (services != null) {
            services.close();
        }
    }

    private static Prompt click(double x, double y) {
        return Prompt.of(List.of(new Prompt.Point(x, y, true)), null);
    }

    @Test
    void propagationStreamsEveryFrameWithProgressAndTheHostLoopsResults() throws Exception {
        GeneratedClip clip = new GeneratedClip(160, 120, 8);
        ClipFrames frames = new ClipFrames(clip);
        double[] c = clip.diskCentre(0);
        List<TrackedFrame> delivered = new ArrayList<>();
        List<TrackingProgress> progress = new ArrayList<>();
        try (TrackingSession session = model.newSession(frames, TrackingOptions.defaults())) {
            assertEquals(8, session.frameCount());
            TrackedFrame first = session.addPrompt(5, 0, click(c[0], c[1]));
            assertEquals(0, first.frameIndex());
            assertTrue(first.object(5).orElseThrow().conditioning());
            PropagationResult result = session.propagate(0, 3, () -> false, new PropagationListener() {
                @Override
                public void onFrame(TrackedFrame frame) {
                    delivered.add(frame);
                }

                @Override
                public void onProgress(TrackingProgress p) {
                    progress.add(p);
                }
            });
            assertEquals(4, result.framesComputed());
            assertFalse(result.cancelled());
            assertTrue(result.framesPerSecond() > 0);
            assertEquals(List.of(0, 1, 2, 3), delivered.stream().map(TrackedFrame::frameIndex).toList());
            assertEquals(List.of(1, 2, 3, 4), progress.stream().map(TrackingProgress::framesDone).toList());
            assertEquals(4, progress.get(3).framesTotal());
            assertEquals(0.0, progress.get(3).etaSeconds(), 1e-9);
            assertTrue(progress.get(0).etaSeconds() > 0 && progress.get(0).framesPerSecond() > 0);
            assertEquals(4, frames.reads.get(), "each frame is read once, when it is first needed");
            for (TrackedFrame f : delivered) {
                TrackedFrame.ObjectResult o = f.object(5).orElseThrow();
                assertEquals(o.score() > 0, o.present());
                o.mask().ifPresent(m -> assertEquals(160 * 120, m.bits().length));
            }
            assertEquals(List.of(0), List.copyOf(session.conditioningFrames(5)));
            assertEquals(List.of(0, 1, 2, 3), session.memoryFrames(5, 4, false));
            assertTrue(session.memoryBytes() > 4 * 4096 * 64 * 2);

            // The same through the host loop directly: identical masks and scores.
            try (Sam2Model direct = Sam2Model.open(FIXTURE, 0);
                    Sam2VideoTracker tracker = new Sam2VideoTracker(direct, clip, Sam2TrackerOptions.defaults())) {
                List<Sam2FrameResult> expected = new ArrayList<>();
                expected.add(tracker.addPrompt(0, 5, Sam2Prompt.click((float) c[0], (float) c[1], true)));
                tracker.propagate(OptionalInt.of(1), 2, false, () -> false, expected::add);
                for (int i = 0; i < 4; i++) {
                    var want = expected.get(i).object(5).orElseThrow();
                    TrackedFrame.ObjectResult got = delivered.get(i).object(5).orElseThrow();
                    assertEquals(want.objectScore(), got.score(), "score of frame " + i);
                    assertEquals(!want.absent(), got.present());
                    if (got.present()) {
                        assertArrayEquals(want.videoMask(), got.mask().orElseThrow().bits(), "mask of frame " + i);
                    }
                }
            }
        }
    }

    @Test
    void backwardPropagationCancellationCorrectionsAndObjectBookkeeping() throws Exception {
        GeneratedClip clip = new GeneratedClip(160, 120, 8);
        try (TrackingSession session = model.newSession(new ClipFrames(clip),
                TrackingOptions.defaults().withCorrectionMode(CorrectionMode.LASTING))) {
            double[] c = clip.diskCentre(4);
            session.addPrompt(1, 4, click(c[0], c[1]));
            int[] rect = clip.rectangle();
            session.addPrompt(2, 4, Prompt.of(List.of(), new Prompt.Box(rect[0], rect[1], rect[2], rect[3])));
            assertEquals(List.of(1, 2), session.objectIds());

            List<Integer> order = new ArrayList<>();
            PropagationResult back = session.propagate(4, 2, () -> false, f -> {
                order.add(f.frameIndex());
                assertEquals(List.of(1, 2), f.objects().stream().map(TrackedFrame.ObjectResult::objectId).toList());
            });
            assertEquals(List.of(4, 3, 2), order);
            assertEquals(3, back.framesComputed());
            assertEquals(1, session.propagate(1, 1, true, () -> false, f -> assertEquals(1, f.frameIndex()))
                    .framesComputed(), "a one-frame backward step");
            assertEquals(1, session.propagate(0, 0, true, () -> false, f -> assertEquals(0, f.frameIndex()))
                    .framesComputed(), "backward onto frame 0");
            assertThrows(IllegalArgumentException.class, () -> session.propagate(1, 3, true, () -> false, f -> { }));

            int[] seen = {0};
            PropagationResult cancelled = session.propagate(5, 7, () -> seen[0] >= 1, f -> seen[0]++);
            assertTrue(cancelled.cancelled());
            assertEquals(1, cancelled.framesComputed());

            // A correction on a tracked frame lasts (becomes a conditioning frame) by default.
            double[] c5 = clip.diskCentre(5);
            TrackedFrame corrected = session.addClicks(1, 5, List.of(new Prompt.Point(c5[0], c5[1], true)));
            assertTrue(corrected.object(1).orElseThrow().conditioning());
            assertEquals(List.of(4, 5), List.copyOf(session.conditioningFrames(1)));

            session.removeObject(2);
            assertEquals(List.of(1), session.objectIds());
            session.reset();
            assertTrue(session.objectIds().isEmpty());
            assertThrows(IllegalStateException.class, () -> session.propagate(0, 1, () -> false, f -> { }));
        }
    }

    @Test
    void badInputIsReportedClearly(@TempDir Path tmp) throws Exception {
        GeneratedClip clip = new GeneratedClip(64, 48, 3);
        ClipFrames frames = new ClipFrames(clip);
        try (TrackingSession session = model.newSession(frames, TrackingOptions.defaults())) {
            IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
                    () -> session.addPrompt(1, 3, click(10, 10)));
            assertTrue(outside.getMessage().contains("frame 3"), outside.getMessage());
            assertThrows(IllegalArgumentException.class, () -> session.addPrompt(1, 0, Prompt.of(List.of(), null)));
            assertThrows(IllegalArgumentException.class,
                    () -> session.addPrompt(1, 0, click(10, 10).withPrevious(new float[256 * 256])));
            frames.failOn = 1;
            session.addPrompt(1, 0, click(10, 10));
            EngineException unreadable = assertThrows(EngineException.class,
                    () -> session.propagate(0, 2, () -> false, f -> { }));
            assertTrue(unreadable.getMessage().contains("frame 1") && unreadable.getMessage().contains("corrupt"),
                    unreadable.getMessage());
        }

        // Names resolve in the models folder; unknown names and folders are named in the message.
        Path root = Files.createDirectories(tmp.resolve("models"));
        Files.createSymbolicLink(root.resolve("sam2-micro"), FIXTURE);
        Files.createDirectories(root.resolve("mobilesam"));
        Files.writeString(root.resolve("mobilesam/model.json"), "{\"kind\": \"image\", \"files\": []}",
                StandardCharsets.UTF_8);
        Files.copy(FIXTURE.resolve("constants.json"), root.resolve("mobilesam/constants.json"));
        TrackingEngine local = new Sam2TrackingEngine(root);
        assertEquals(List.of("sam2-micro"), local.installedModels());
        try (TrackingModel named = local.openModel("sam2-micro")) {
            assertEquals("sam2-micro", named.name());
        }
        EngineException unknown = assertThrows(EngineException.class, () -> local.openModel("sam2.1-hiera-tiny"));
        assertTrue(unknown.getMessage().contains("'sam2.1-hiera-tiny'") && unknown.getMessage().contains("sam2-micro")
                && unknown.getMessage().contains("convert_sam2.py"), unknown.getMessage());
        EngineException image = assertThrows(EngineException.class, () -> local.openModel("mobilesam"));
        assertTrue(image.getMessage().contains("not a video tracking model"), image.getMessage());
        EngineException folder = assertThrows(EngineException.class,
                () -> local.openModel(tmp.resolve("nowhere").toString()));
        assertTrue(folder.getMessage().contains("nowhere"), folder.getMessage());
    }
}
