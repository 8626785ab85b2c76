package dev.masklet.engine.onnx.tests.bench;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.masklet.engine.SegmentationEngine;
import dev.masklet.engine.TrackingEngine;
import dev.masklet.engine.TrackingModel;
import dev.masklet.engine.onnx.tests.bench.TrackerBenchmark.ClipScore;
import dev.masklet.engine.onnx.tests.bench.TrackerBenchmark.FrameScore;
import dev.masklet.engine.onnx.tests.bench.TrackerBenchmark.ObjectScore;
import dev.masklet.engine.onnx.tests.mobilesam.DefaultTrackingModel;

/**
 * The default tracker through the real OSGi services and the real default model, on three clips of the
 * realistic benchmark composed from real photos (Debian's opencv-doc samples, installed by
 * scripts/setup-system.sh; a missing photo fails the test): objects prompted with a box and a click on frame 0,
 * their image-model masks kept, tracked to the end. One clip's objects leave the frame and come back, the other's
 * apple stays hidden behind a post for a while, the third's apple and blob zig-zag fast, motion-blurred; in a fourth
 * two candies cross look-alikes, and where one is taken over by its look-alike the frames after must be flagged
 * uncertain. J&F must reach the clip's floor, the hidden or departed object
 * must be reported absent while it is gone and be found again once it is back. The full measurement is
 * {@code scripts/bench-tracking.sh}.
 */
class RealPhotoTrackingQualityTest {
    /** Frames of the exit-return clip; the occlusion clip runs at the benchmark's length, where the post hides the
     * apple for several frames and it comes out slowly enough to be seen whole before the end. */
    private static final int EXIT_FRAMES = 22;
    /** The occlusion and fast-motion clips run at the benchmark's length. */
    private static final int OCCLUSION_FRAMES = 48;
    private static final long SEED = 1;
    /**
     * J&F each clip must reach. The default tracker of issue 12 measured 0.906 on exit-return (22 frames), 0.609 on
     * occlusion (48 frames, where the blob passing behind a foreground plant is lost: 0.340) and 0.754 on fast motion
     * (48 frames) on 2026-12-06; its first version 0.906, 0.576 and 0.375 (it judged the blurred apple absent and
     * did not find it again); the colour tracker before it 0.905, 0.658 and 0.706.
     */
    static final double EXIT_JF_FLOOR = 0.8;
    static final double OCCLUSION_JF_FLOOR = 0.5;
    static final double FAST_MOTION_JF_FLOOR = 0.65;
    /** J&F each object of the fast-motion clip must reach (measured: apple 0.655, blob 0.854). */
    static final double FAST_MOTION_OBJECT_FLOOR = 0.5;
    /** Share of the frames where the object is gone that must be reported absent. */
    static final double ABSENT_REPORTED = 0.75;
    /** J the object must reach on the last frame, when it is back in full view. */
    static final double REFOUND_J = 0.6;

    /**
     * Shares of the look-alike clip's bad frames that must be flagged uncertain, and of its good frames that may be
     * (measured 2026-12-06: 24 of 27 and 0 of 67; the benchmark's targets are 80 % and 15 % over all clips).
     */
    static final double SWAP_FLAGGED = 0.8;
    static final double GOOD_FLAGGED = 0.15;

    private static ServiceTracker<SegmentationEngine, SegmentationEngine> images;
    private static PhotoLibrary photos;

    @BeforeAll
    static void services() {
        images = new ServiceTracker<>(FrameworkUtil.getBundle(RealPhotoTrackingQualityTest.class).getBundleContext(),
                SegmentationEngine.class, null);
        images.open();
        photos = new PhotoLibrary(PhotoLibrary.DEBIAN_FOLDER);
    }

    @AfterAll
    static void close() {
        images.close();
    }

    private static ClipScore track(RealPhotoClip clip) throws Exception {
        TrackingEngine engine = DefaultTrackingModel.engine();
        assertNotNull(engine, "a tracking service offers the default image model");
        SegmentationEngine image = images.waitForService(10_000);
        assertNotNull(image, "the default image model is registered as an OSGi service");
        try (TrackingModel model = engine.openModel("mobilesam")) {
            ClipScore score = TrackerBenchmark.evaluate(model, image, null, clip,
                    TrackerBenchmark.PromptKind.BOX_AND_CLICK);
            System.out.println(BenchmarkReport.line(score));
            for (ObjectScore o : score.objects()) {
                System.out.println("   object " + o.objectId() + ": " + o.frames().stream()
                        .map(f -> String.format(Locale.ROOT, "%d:%.2f%s", f.frame(), f.j(),
                                f.visible() ? "" : f.reported() ? "(absent!)" : "(absent ok)"))
                        .collect(Collectors.joining(" ")));
            }
            return score;
        }
    }

    /** The object is reported absent while gone and found again by the last frame, where it is in full view. */
    private static void goneAndBack(ClipScore score, int objectId) {
        ObjectScore o = score.objects().stream().filter(s -> s.objectId() == objectId).findFirst().orElseThrow();
        assertTrue(o.absentFrames() >= 2, score.name() + ": the clip hides object " + objectId + " for a while");
        assertTrue(o.absentReported() >= ABSENT_REPORTED * o.absentFrames(), score.name() + ": object " + objectId
                + " reported absent on " + o.absentReported() + " of the " + o.absentFrames() + " frames it is gone");
        List<FrameScore> frames = o.frames();
        FrameScore last = frames.get(frames.size() - 1);
        assertTrue(last.visible(), score.name() + ": object " + objectId + " is back on the last frame");
        assertTrue(last.j() >= REFOUND_J, score.name() + ": object " + objectId + " found again once back: J "
                + last.j() + " on the last frame");
    }

    @Test
    void objectsLeavingTheFrameAreReportedAbsentAndFoundWhenTheyComeBack() throws Exception {
        ClipScore score = track(new RealPhotoClips(photos, EXIT_FRAMES, SEED).exitAndReturn());
        assertTrue(score.jf() >= EXIT_JF_FLOOR, score.name() + ": J&F " + score.jf() + " below " + EXIT_JF_FLOOR);
        goneAndBack(score, 1);
        goneAndBack(score, 2);
    }

    @Test
    void fastBlurredObjectsAreFollowedNotJudgedAbsent() throws Exception {
        ClipScore score = track(new RealPhotoClips(photos, OCCLUSION_FRAMES, SEED).fastMotion());
        assertTrue(score.jf() >= FAST_MOTION_JF_FLOOR, score.name() + ": J&F " + score.jf() + " below "
                + FAST_MOTION_JF_FLOOR);
        for (ObjectScore o : score.objects()) {
            assertTrue(o.jf() >= FAST_MOTION_OBJECT_FLOOR, score.name() + ": object " + o.objectId() + " J&F "
                    + o.jf() + " below " + FAST_MOTION_OBJECT_FLOOR);
        }
    }

    /**
     * Two tracked candies each cross an untracked look-alike going the other way. Where the tracker goes with the
     * look-alike (on 2026-12-06 the second candy did, from frame 23), it turns back at speed just after the
     * look-alike came within reach: the frames from there on must be flagged uncertain, so review finds them,
     * while the frames tracked right stay mostly unflagged.
     */
    @Test
    void anObjectTakenOverByALookAlikeIsFlaggedUncertain() throws Exception {
        ClipScore score = track(new RealPhotoClips(photos, OCCLUSION_FRAMES, SEED).lookAlikeCandies());
        int bad = 0;
        int badFlagged = 0;
        int good = 0;
        int goodFlagged = 0;
        for (ObjectScore o : score.objects()) {
            for (FrameScore f : o.frames()) {
                if (f.bad()) {
                    bad++;
                    badFlagged += f.uncertain() ? 1 : 0;
                } else {
                    good++;
                    goodFlagged += f.uncertain() ? 1 : 0;
                }
            }
        }
        System.out.println("uncertain on " + badFlagged + " of " + bad + " bad frames, " + goodFlagged + " of "
                + good + " good frames");
        assertTrue(badFlagged >= SWAP_FLAGGED * bad, score.name() + ": " + badFlagged + " of " + bad
                + " bad frames flagged uncertain");
        assertTrue(goodFlagged <= GOOD_FLAGGED * good, score.name() + ": " + goodFlagged + " of " + good
                + " good frames flagged uncertain");
    }

    @Test
    void objectHiddenBehindAPostIsReportedAbsentAndFoundWhenItReappears() throws Exception {
        ClipScore score = track(new RealPhotoClips(photos, OCCLUSION_FRAMES, SEED).occlusion());
        assertTrue(score.jf() >= OCCLUSION_JF_FLOOR, score.name() + ": J&F " + score.jf() + " below "
                + OCCLUSION_JF_FLOOR);
        goneAndBack(score, 1);
    }
}
