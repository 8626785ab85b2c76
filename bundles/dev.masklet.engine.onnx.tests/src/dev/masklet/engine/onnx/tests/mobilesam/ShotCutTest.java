package dev.masklet.engine.onnx.tests.mobilesam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.Test;

import dev.masklet.core.image.FrameProvider;
import dev.masklet.core.image.RgbImage;
import dev.masklet.engine.Prompt;
import dev.masklet.engine.TrackedFrame;
import dev.masklet.engine.TrackingEngine;
import dev.masklet.engine.TrackingModel;
import dev.masklet.engine.TrackingOptions;
import dev.masklet.engine.TrackingSession;
import dev.masklet.engine.onnx.internal.mobilesam.ShotCut;
import dev.masklet.engine.onnx.tests.bench.PhotoLibrary;
import dev.masklet.media.VideoFrames;
import dev.masklet.media.VideoSource;
import dev.masklet.media.VideoSources;

/**
 * Real edited footage: OpenCV's sample film Megamind.avi (Debian's opencv-doc, which the project's set-up installs),
 * decoded by FFmpeg. After a black first frame it cuts between shots three times (a person looked at the frames around
 * each): frames 98-153 are a man seen over a woman's shoulder, frames 154-199 the woman seen over his.
 */
class ShotCutTest {
    static final Path FILM = PhotoLibrary.DEBIAN_FOLDER.resolve("data/Megamind.avi");
    /** The frames that start a new shot. */
    static final List<Integer> CUTS = List.of(98, 154, 200);

    @Test
    void theCutsOfARealFilmAreFoundAndNoOtherFrame() throws Exception {
        assertTrue(Files.isRegularFile(FILM), FILM + " is missing: scripts/setup-system.sh installs opencv-doc");
        List<Integer> found = new ArrayList<>();
        try (VideoSource video = VideoSources.open(FILM)) {
            Mat previous = grey(video.frame(0));
            for (int f = 1; f < video.frameCount(); f++) {
                Mat next = grey(video.frame(f));
                if (ShotCut.between(previous, next)) {
                    found.add(f);
                }
                previous.close();
                previous = next;
            }
            previous.close();
        }
        assertEquals(CUTS, found, "frames that start a new shot");
    }

    /**
     * The man's face, prompted with a box on frame 140, is followed to the end of its shot and not carried into the
     * next, where the woman's face (which the image model's features find much like his) is beside where his was:
     * from the cut on it is absent and flagged for a person's look, until someone prompts it in the new shot.
     */
    @Test
    void anObjectIsNotCarriedAcrossACutOntoSomethingLikeIt() throws Exception {
        assertTrue(Files.isRegularFile(FILM), FILM + " is missing: scripts/setup-system.sh installs opencv-doc");
        TrackingEngine engine = DefaultTrackingModel.engine();
        try (VideoSource video = VideoSources.open(FILM)) {
            FrameProvider frames = VideoFrames.of(video);
            try (TrackingModel model = engine.openModel("mobilesam");
                    TrackingSession session = model.newSession(frames, TrackingOptions.defaults())) {
                session.addPrompt(1, 140, Prompt.of(List.of(), new Prompt.Box(410, 110, 600, 345)));
                List<TrackedFrame> results = new ArrayList<>();
                session.propagate(140, 165, () -> false, results::add);
                int cut = CUTS.get(1) - 140;
                for (TrackedFrame r : results.subList(1, cut)) {
                    TrackedFrame.ObjectResult o = r.object(1).orElseThrow();
                    assertTrue(o.present() && !o.uncertain(), "frame " + r.frameIndex()
                            + ", the man's shot: his face is followed");
                }
                for (TrackedFrame r : results.subList(cut, results.size())) {
                    TrackedFrame.ObjectResult o = r.object(1).orElseThrow();
                    assertFalse(o.present(), "frame " + r.frameIndex()
                            + ", the woman's shot: the man's face is not taken for hers");
                    assertTrue(o.uncertain(), "frame " + r.frameIndex() + ": flagged for a person's look");
                }
                // a later run within the man's shot follows him again: the cut the first run went through is its own
                List<TrackedFrame> again = new ArrayList<>();
                session.propagate(150, 153, () -> false, again::add);
                for (TrackedFrame r : again.subList(1, again.size())) {
                    assertTrue(r.object(1).orElseThrow().present(), "frame " + r.frameIndex() + ", run again: followed");
                }
            }
        }
    }

    private static Mat grey(RgbImage image) {
        Mat grey = new Mat();
        try (Mat rgb = new Mat(image.height(), image.width(), opencv_core.CV_8UC3, new BytePointer(image.rgb()))) {
            opencv_imgproc.cvtColor(rgb, grey, opencv_imgproc.COLOR_RGB2GRAY);
        }
        return grey;
    }
}
