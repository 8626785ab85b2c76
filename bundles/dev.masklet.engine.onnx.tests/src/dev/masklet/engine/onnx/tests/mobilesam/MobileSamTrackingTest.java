package dev.masklet.engine.onnx.tests.mobilesam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.masklet.core.image.FrameProvider;
import dev.masklet.core.image.RgbImage;
import dev.masklet.engine.Prompt;
import dev.masklet.engine.PropagationResult;
import dev.masklet.engine.TrackedFrame;
import dev.masklet.engine.TrackingEngine;
import dev.masklet.engine.TrackingModel;
import dev.masklet.engine.TrackingOptions;
import dev.masklet.engine.TrackingSession;
import dev.masklet.media.sample.SampleScene;

/**
 * The default tracker (the default image model, prompted frame to frame) through the real OSGi service, on the
 * sample scene whose objects' true regions are known on every frame.
 */
class MobileSamTrackingTest {
    @Test
    void bothObjectsAreFollowedThroughTheClip() throws Exception {
        TrackingEngine engine = DefaultTrackingModel.engine();
        assertNotNull(engine, "a tracking service offers the default image model");
        SampleScene scene = new SampleScene(640, 360, 12);
        FrameProvider frames = new FrameProvider() {
            @Override
            public int frameCount() {
                return scene.frames();
            }

            @Override
            public int width() {
                return scene.width();
            }

            @Override
            public int height() {
                return scene.height();
            }

            @Override
            public RgbImage frame(int index) {
                return scene.render(index);
            }
        };
        try (TrackingModel model = engine.openModel("mobilesam");
                TrackingSession session = model.newSession(frames, TrackingOptions.defaults())) {
            double[] disk = scene.geometry(SampleScene.DISK, 0);
            double[] square = scene.geometry(SampleScene.SQUARE, 0);
            session.addPrompt(1, 0, Prompt.of(List.of(new Prompt.Point(disk[0], disk[1], true)), null));
            session.addPrompt(2, 0, Prompt.of(List.of(new Prompt.Point(square[0], square[1], true)), null));
            assertEquals(List.of(1, 2), session.objectIds());

            List<TrackedFrame> results = new ArrayList<>();
            PropagationResult r = session.propagate(0, scene.frames() - 1, () -> false, results::add);
            assertEquals(scene.frames(), r.framesComputed());
            assertFalse(r.cancelled());
            double worst = 1;
            for (TrackedFrame f : results) {
                for (int id = 1; id <= 2; id++) {
                    int object = id == 1 ? SampleScene.DISK : SampleScene.SQUARE;
                    TrackedFrame.ObjectResult o = f.object(id).orElseThrow();
                    assertTrue(o.present(), "object " + id + " present on frame " + f.frameIndex());
                    worst = Math.min(worst, o.mask().orElseThrow().iou(scene.truth(object, f.frameIndex())));
                }
            }
            System.out.println("default tracker: worst IoU over " + results.size() + " frames x 2 objects: " + worst);
            assertTrue(worst > 0.85, "worst IoU " + worst);

            // cancelling stops at once and says so
            PropagationResult cancelled = session.propagate(0, scene.frames() - 1, () -> true, f -> { });
            assertTrue(cancelled.cancelled());
            assertEquals(0, cancelled.framesComputed());

            // the same session tracks back and then forward again (the workbench's Ctrl+Shift+M then a range):
            // frames read for one direction must not be released under the other
            int lastFrame = scene.frames() - 1;
            session.propagate(lastFrame, 0, true, () -> false, f -> { });
            List<TrackedFrame> again = new ArrayList<>();
            session.propagate(0, 2, false, () -> false, again::add);
            for (TrackedFrame f : again) {
                TrackedFrame.ObjectResult o = f.object(1).orElseThrow();
                assertTrue(o.present() && o.mask().orElseThrow().iou(scene.truth(SampleScene.DISK, f.frameIndex())) > 0.85,
                        "the disk is tracked forward again on frame " + f.frameIndex());
            }
        }
    }
}
