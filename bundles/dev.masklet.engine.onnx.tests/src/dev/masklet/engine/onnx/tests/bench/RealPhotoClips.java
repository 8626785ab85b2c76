package dev.masklet.engine.onnx.tests.bench;

import static dev.masklet.engine.onnx.tests.bench.Challenge.CAMERA_MOTION;
import static dev.masklet.engine.onnx.tests.bench.Challenge.CAMOUFLAGE;
import static dev.masklet.engine.onnx.tests.bench.Challenge.DEFORMATION;
import static dev.masklet.engine.onnx.tests.bench.Challenge.EXIT_AND_RETURN;
import static dev.masklet.engine.onnx.tests.bench.Challenge.FAST_MOTION_BLUR;
import static dev.masklet.engine.onnx.tests.bench.Challenge.FULL_OCCLUSION;
import static dev.masklet.engine.onnx.tests.bench.Challenge.LIGHTING_CHANGE;
import static dev.masklet.engine.onnx.tests.bench.Challenge.LOOK_ALIKES;
import static dev.masklet.engine.onnx.tests.bench.Challenge.MANY_OBJECTS;
import static dev.masklet.engine.onnx.tests.bench.Challenge.PARTIAL_OCCLUSION;
import static dev.masklet.engine.onnx.tests.bench.Challenge.PARTLY_OUTSIDE;
import static dev.masklet.engine.onnx.tests.bench.Challenge.SCALE_AND_ROTATION;
import static dev.masklet.engine.onnx.tests.bench.Challenge.SHOT_CUT;
import static dev.masklet.engine.onnx.tests.bench.Challenge.SMALL_OBJECTS;
import static dev.masklet.engine.onnx.tests.bench.Challenge.TEXTURED_BACKGROUND;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import org.bytedeco.opencv.opencv_core.Mat;

import dev.masklet.engine.onnx.tests.bench.CutOuts.Candy;
import dev.masklet.engine.onnx.tests.bench.CutOuts.Outline;
import dev.masklet.engine.onnx.tests.bench.Deformation.Kind;
import dev.masklet.engine.onnx.tests.bench.Motion.Pose;

/**
 * The benchmark's clips: each composes real photos into a scene with one or more {@link Challenge}s. The seed
 * picks photos, cut-out regions, outlines and paths (a held-out seed gives other clips of the same kinds); the
 * frame count stretches the same motion over more or fewer frames. Ids of tracked objects are 1, 2, ...;
 * look-alikes and occluders have negative ids. Where a clip is about something other than crossings, its objects
 * keep to their own halves of the frame, so that its challenge is what the clip measures.
 */
public final class RealPhotoClips {
    private static final double W = RealPhotoClip.WIDTH;
    private static final double H = RealPhotoClip.HEIGHT;

    private final CutOuts cuts;
    private final int frames;
    private final long seed;

    public RealPhotoClips(PhotoLibrary photos, int frames, long seed) {
        this.cuts = new CutOuts(photos);
        this.frames = frames;
        this.seed = seed;
    }

    /** Every clip of the catalogue, photos from {@code photoFolder} (see {@link PhotoLibrary#DEBIAN_FOLDER}). */
    public static List<RealPhotoClip> all(Path photoFolder, int frames, long seed) {
        RealPhotoClips c = new RealPhotoClips(new PhotoLibrary(photoFolder), frames, seed);
        List<Supplier<RealPhotoClip>> makers = List.of(c::texturedStreet, c::camouflageSamePhoto,
                c::camouflageSameColours, c::lookAlikeCandies, c::lookAlikeCutOuts, c::scaleAndRotation,
                c::fastMotion, c::lighting, c::deformationLimbs, c::deformationBendWave, c::edgeOfFrame,
                c::occlusion, c::exitAndReturn, c::smallObjects, c::fiveObjects, c::shotCut);
        return makers.stream().map(Supplier::get).toList();
    }

    /** The clip's own random numbers: each clip varies with the seed independently of the others. */
    private SplittableRandom random(String clip) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ clip.hashCode());
    }

    private RealPhotoClip clip(String name, Set<Challenge> challenges, RealPhotoClip.Backdrop backdrop,
            List<Actor> actors, Lighting lighting) {
        return new RealPhotoClip(name, challenges, backdrop, actors, lighting, frames, seed ^ name.hashCode());
    }

    /**
     * A photo seen by a camera that zooms from {@code zoom0} to {@code zoom1} and, when {@code pan}, moves across
     * the photo (always within it).
     */
    private RealPhotoClip.Backdrop backdrop(String photo, double zoom0, double zoom1, boolean pan,
            SplittableRandom r) {
        Mat image = cuts.photos().colour(photo);
        double cover = Math.max(W / image.cols(), H / image.rows());
        double zoom = Math.min(zoom0, zoom1);
        double hw = W / 2 / (cover * zoom);
        double hh = H / 2 / (cover * zoom);
        double[] from = {image.cols() / 2.0, image.rows() / 2.0};
        double[] to = from.clone();
        if (pan) {
            from = new double[] {r.nextDouble(hw, image.cols() - hw + 1e-9), r.nextDouble(hh, image.rows() - hh + 1e-9)};
            to = new double[] {r.nextDouble(hw, image.cols() - hw + 1e-9), r.nextDouble(hh, image.rows() - hh + 1e-9)};
        }
        Motion camera = Motion.through(new Pose(from[0], from[1], zoom0, 0), new Pose(to[0], to[1], zoom1, 0));
        return new RealPhotoClip.Backdrop(photo, image, camera);
    }

    /** How many frame pixels a photo pixel of the backdrop covers at the start. */
    private static double sceneScale(RealPhotoClip.Backdrop b) {
        Mat image = b.photo();
        return Math.max(W / image.cols(), H / image.rows()) * b.camera().at(0).scale();
    }

    /** A wandering path through {@code keys} random poses inside the given region. */
    private static Motion wander(SplittableRandom r, int keys, double x0, double x1, double y0, double y1,
            double scaleSpread, double turn) {
        Pose[] poses = new Pose[keys];
        for (int i = 0; i < keys; i++) {
            poses[i] = new Pose(r.nextDouble(x0, x1), r.nextDouble(y0, y1), 1 + r.nextDouble(-1, 1) * scaleSpread,
                    r.nextDouble(-1, 1) * turn);
        }
        return Motion.through(poses);
    }

    private static List<String> except(List<String> photos, String... left) {
        List<String> out = new ArrayList<>(photos);
        out.removeAll(List.of(left));
        return out;
    }

    public RealPhotoClip texturedStreet() {
        SplittableRandom r = random("textured-street");
        String bg = CutOuts.pick(List.of("data/leuvenA.jpg", "data/leuvenB.jpg", "data/building.jpg",
                "data/aloeL.jpg"), r);
        return clip("textured-street", Set.of(TEXTURED_BACKGROUND, CAMERA_MOTION), backdrop(bg, 1.15, 1.35, true, r),
                List.of(Actor.rigid(1, "plant", cuts.plant(r.nextInt(110, 140)), wander(r, 4, 100, 300, 110, 250,
                        0.1, 10)),
                        Actor.rigid(2, "textured blob", cuts.shaped(CutOuts.pick(except(CutOuts.TEXTURED, bg), r),
                                Outline.BLOB, 120, 95, 0.7, r), wander(r, 4, 360, 550, 80, 280, 0.15, 25))),
                Lighting.CONSTANT);
    }

    public RealPhotoClip camouflageSamePhoto() {
        SplittableRandom r = random("camouflage-same-photo");
        String photo = CutOuts.pick(List.of("data/baboon.jpg", "data/aloeL.jpg", "data/squirrel_cls.jpg",
                "data/graf1.png", "data/board.jpg", "data/fruits.jpg", "data/leuvenA.jpg"), r);
        RealPhotoClip.Backdrop bd = backdrop(photo, 1.2, 1.3, true, r);
        double s = sceneScale(bd);
        return clip("camouflage-same-photo", Set.of(CAMOUFLAGE, TEXTURED_BACKGROUND, CAMERA_MOTION), bd,
                List.of(Actor.rigid(1, "blob cut from the background's photo",
                        cuts.shaped(photo, Outline.BLOB, 130, 105, s, r), wander(r, 4, 100, 290, 90, 270, 0.1, 20)),
                        Actor.rigid(2, "star cut from the background's photo",
                                cuts.shaped(photo, Outline.STAR, 120, 120, s, r),
                                wander(r, 4, 360, 540, 90, 270, 0.1, 40))),
                Lighting.CONSTANT);
    }

    public RealPhotoClip camouflageSameColours() {
        SplittableRandom r = random("camouflage-same-colours");
        boolean foliage = r.nextBoolean();
        RealPhotoClip.Backdrop bd = backdrop(foliage ? "data/squirrel_cls.jpg" : "data/fruits.jpg", 1.1, 1.25, true,
                r);
        List<Actor> actors = foliage
                ? List.of(Actor.rigid(1, "plant on foliage", cuts.plant(130), wander(r, 4, 100, 290, 110, 250, 0.1, 8)),
                        Actor.rigid(2, "aloe leaves on foliage",
                                cuts.shaped("data/aloeL.jpg", Outline.STAR, 120, 120, 0.5, r),
                                wander(r, 4, 360, 540, 90, 270, 0.1, 30)))
                : List.of(Actor.rigid(1, "orange on fruit", cuts.orange(110), wander(r, 4, 100, 290, 100, 260, 0.1, 20)),
                        Actor.rigid(2, "apple on fruit", cuts.apple(100), wander(r, 4, 360, 540, 90, 270, 0.1, 20)));
        return clip("camouflage-same-colours", Set.of(CAMOUFLAGE, TEXTURED_BACKGROUND), bd, actors,
                Lighting.CONSTANT);
    }

    public RealPhotoClip lookAlikeCandies() {
        SplittableRandom r = random("look-alike-candies");
        List<Candy> candies = new ArrayList<>(cuts.candies(r.nextInt(48, 60)));
        java.util.Collections.shuffle(candies, new java.util.Random(r.nextLong()));
        List<Actor> actors = new ArrayList<>();
        for (int pair = 1; pair <= 2; pair++) {
            Candy a = candies.remove(0);
            Candy twin = candies.stream().min(java.util.Comparator.comparingDouble(a::distance)).orElseThrow();
            candies.remove(twin);
            double y = pair == 1 ? 120 : 240;
            // the twins meet half way: their paths cross where the tracker must not swap them
            actors.add(Actor.rigid(pair, "candy", a.cutOut(), Motion.through(new Pose(110, y), new Pose(320, y + 20),
                    new Pose(530, y - 10 + r.nextDouble(-30, 30)))));
            actors.add(Actor.rigid(-pair, "look-alike candy (untracked)", twin.cutOut(), Motion.through(
                    new Pose(530, y + 30), new Pose(320, y), new Pose(120, y + r.nextDouble(-40, 40)))));
        }
        String bg = CutOuts.pick(List.of("data/board.jpg", "data/stuff.jpg", "data/leuvenA.jpg", "data/home.jpg",
                "data/ela_original.jpg"), r);
        return clip("look-alike-candies", Set.of(LOOK_ALIKES), backdrop(bg, 1.1, 1.2, true, r), actors,
                Lighting.CONSTANT);
    }

    public RealPhotoClip lookAlikeCutOuts() {
        SplittableRandom r = random("look-alike-cutouts");
        String source = CutOuts.pick(List.of("data/baboon.jpg", "data/graf1.png", "data/butterfly.jpg",
                "data/fruits.jpg"), r);
        String bg = CutOuts.pick(except(CutOuts.TEXTURED, source), r);
        CutOut twinA = cuts.shaped(source, Outline.BLOB, 110, 95, 0.6, r);
        CutOut twinB = cuts.shaped(source, Outline.BLOB, 105, 100, 0.6, r);
        return clip("look-alike-cutouts", Set.of(LOOK_ALIKES, TEXTURED_BACKGROUND), backdrop(bg, 1.1, 1.2, false, r),
                List.of(Actor.rigid(-1, "twin cut from the same photo (untracked)", twinB,
                        Motion.through(new Pose(450, 110), new Pose(250, 140, 1, 20), new Pose(430, 120))),
                        Actor.rigid(1, "textured blob", twinA,
                                Motion.through(new Pose(180, 130), new Pose(330, 120, 1, -15), new Pose(170, 150))),
                        Actor.rigid(-2, "second apple (untracked)", cuts.apple(90),
                                Motion.through(new Pose(180, 270, 1, 30), new Pose(390, 250), new Pose(220, 260))),
                        Actor.rigid(2, "apple", cuts.apple(100),
                                Motion.through(new Pose(470, 250), new Pose(300, 260, 1, -20), new Pose(480, 240)))),
                Lighting.CONSTANT);
    }

    public RealPhotoClip scaleAndRotation() {
        SplittableRandom r = random("scale-rotation");
        String bg = CutOuts.pick(List.of("data/leuvenB.jpg", "data/building.jpg", "data/home.jpg",
                "data/board.jpg"), r);
        double turn = r.nextBoolean() ? 1 : -1;
        return clip("scale-rotation", Set.of(SCALE_AND_ROTATION, CAMERA_MOTION), backdrop(bg, 1.1, 1.5, true, r),
                List.of(Actor.rigid(1, "orange", cuts.orange(70), Motion.through(new Pose(160, 120, 0.8, 0),
                        new Pose(260, 170, 1.6, 100 * turn), new Pose(330, 190, 2.6, 200 * turn))),
                        Actor.rigid(2, "star", cuts.shaped(CutOuts.pick(List.of("data/graf1.png",
                                "data/butterfly.jpg", "data/baboon.jpg"), r), Outline.STAR, 150, 150, 0.7, r),
                                Motion.through(new Pose(500, 220, 1.4, 0), new Pose(470, 200, 0.9, -120 * turn),
                                        new Pose(540, 280, 0.45, -240 * turn)))),
                Lighting.CONSTANT);
    }

    public RealPhotoClip fastMotion() {
        SplittableRandom r = random("fast-motion");
        String bg = CutOuts.pick(List.of("data/building.jpg", "data/leuvenA.jpg", "data/aloeL.jpg", "data/home.jpg"),
                r);
        return clip("fast-motion", Set.of(FAST_MOTION_BLUR), backdrop(bg, 1.1, 1.2, false, r),
                List.of(new Actor(1, "apple", cuts.apple(90), Motion.through(new Pose(90, 110), new Pose(550, 160),
                        new Pose(90, 230), new Pose(550, 150, 1, 30)), Deformation.NONE, true),
                        new Actor(2, "textured blob", cuts.shaped(CutOuts.pick(CutOuts.TEXTURED, r), Outline.BLOB, 90,
                                80, 0.6, r), Motion.through(new Pose(200, 60), new Pose(300, 300), new Pose(420, 60),
                                        new Pose(500, 300)), Deformation.NONE, true)),
                Lighting.CONSTANT);
    }

    public RealPhotoClip lighting() {
        SplittableRandom r = random("lighting");
        String bg = CutOuts.pick(List.of("data/leuvenB.jpg", "data/building.jpg", "data/home.jpg", "data/stuff.jpg"),
                r);
        double y = r.nextDouble(140, 220);
        Lighting light = new Lighting(r.nextDouble(0.35, 0.5), 0.6, 130,
                Motion.through(new Pose(-160, y), new Pose(W + 160, y + r.nextDouble(-60, 60))));
        return clip("lighting", Set.of(LIGHTING_CHANGE), backdrop(bg, 1.1, 1.2, true, r),
                List.of(Actor.rigid(1, "plant", cuts.plant(130), wander(r, 3, 110, 270, 130, 230, 0.05, 5)),
                        Actor.rigid(2, "textured blob", cuts.shaped(CutOuts.pick(CutOuts.TEXTURED, r), Outline.BLOB,
                                110, 95, 0.6, r), wander(r, 3, 380, 530, 100, 260, 0.1, 15))),
                light);
    }

    public RealPhotoClip deformationLimbs() {
        SplittableRandom r = random("deformation-limbs");
        String bg = CutOuts.pick(List.of("data/leuvenA.jpg", "data/building.jpg", "data/home.jpg", "data/board.jpg"),
                r);
        return clip("deformation-limbs", Set.of(DEFORMATION), backdrop(bg, 1.1, 1.2, false, r),
                List.of(new Actor(1, "plant swaying", cuts.plant(140), wander(r, 3, 120, 250, 150, 220, 0.05, 0),
                        new Deformation(Kind.SWAY, 0.45, 2, 0), false),
                        new Actor(2, "limbed cut-out moving its arms", cuts.shaped(CutOuts.pick(CutOuts.TEXTURED, r),
                                Outline.LIMBED, 200, 120, 0.6, r), wander(r, 3, 380, 520, 90, 150, 0.05, 10),
                                new Deformation(Kind.ARTICULATE, 0.9, 1.5, 0), false),
                        new Actor(3, "blob stretching and squashing", cuts.shaped(CutOuts.pick(CutOuts.TEXTURED, r),
                                Outline.BLOB, 110, 110, 0.6, r), wander(r, 3, 360, 540, 250, 290, 0.05, 10),
                                new Deformation(Kind.STRETCH, 0.45, 2, 0), false)),
                Lighting.CONSTANT);
    }

    public RealPhotoClip deformationBendWave() {
        SplittableRandom r = random("deformation-bend-wave");
        String bg = CutOuts.pick(CutOuts.TEXTURED, r);
        return clip("deformation-bend-wave", Set.of(DEFORMATION, TEXTURED_BACKGROUND), backdrop(bg, 1.1, 1.25, true, r),
                List.of(new Actor(1, "star bending", cuts.shaped(CutOuts.pick(except(CutOuts.TEXTURED, bg), r),
                        Outline.STAR, 150, 120, 0.6, r), wander(r, 4, 130, 510, 100, 160, 0.1, 15),
                        new Deformation(Kind.BEND, 0.35, 1.5, 0), false),
                        new Actor(2, "long blob swimming", cuts.shaped(CutOuts.pick(except(CutOuts.TEXTURED, bg), r),
                                Outline.BLOB, 190, 80, 0.6, r), wander(r, 4, 130, 510, 220, 280, 0.05, 10),
                                new Deformation(Kind.WAVE, 0.22, 1.5, 0), false)),
                Lighting.CONSTANT);
    }

    public RealPhotoClip edgeOfFrame() {
        SplittableRandom r = random("edge-of-frame");
        String bg = CutOuts.pick(List.of("data/leuvenB.jpg", "data/building.jpg", "data/aloeL.jpg", "data/stuff.jpg"),
                r);
        double y = r.nextDouble(110, 200);
        return clip("edge-of-frame", Set.of(PARTLY_OUTSIDE), backdrop(bg, 1.1, 1.2, false, r),
                List.of(Actor.rigid(1, "orange", cuts.orange(130), new Motion(new double[] {0, 0.35, 0.6, 1},
                        new Pose(300, y), new Pose(15, y + 20), new Pose(25, y - 10), new Pose(280, y))),
                        Actor.rigid(2, "textured blob", cuts.shaped(CutOuts.pick(CutOuts.TEXTURED, r), Outline.BLOB,
                                150, 110, 0.6, r), Motion.through(new Pose(560, H - 10, 1, 0),
                                        new Pose(330, H + 5, 1, 10), new Pose(120, H - 25, 1, -10)))),
                Lighting.CONSTANT);
    }

    /** One object passes behind a post and stays hidden a while; the other passes behind a plant in front. */
    public RealPhotoClip occlusion() {
        SplittableRandom r = random("occlusion");
        String bg = CutOuts.pick(List.of("data/leuvenA.jpg", "data/home.jpg", "data/board.jpg", "data/stuff.jpg"),
                r);
        String postPhoto = CutOuts.pick(except(List.of("data/building.jpg", "data/leuvenB.jpg", "data/leuvenA.jpg",
                "data/home.jpg"), bg), r);
        double y = r.nextDouble(130, 170);
        return clip("occlusion", Set.of(PARTIAL_OCCLUSION, FULL_OCCLUSION), backdrop(bg, 1.1, 1.2, false, r),
                List.of(Actor.rigid(1, "apple", cuts.apple(90), new Motion(new double[] {0, 0.4, 0.6, 1},
                        new Pose(90, y), new Pose(300, y + 10), new Pose(340, y + 10), new Pose(560, y - 10))),
                        Actor.rigid(2, "textured blob", cuts.shaped(CutOuts.pick(CutOuts.TEXTURED, r), Outline.BLOB,
                                110, 90, 0.6, r), Motion.through(new Pose(580, 280), new Pose(470, 300),
                                        new Pose(560, 250))),
                        Actor.rigid(-1, "post in front (occluder)", cuts.post(postPhoto, 210, 440, 0.8, r),
                                Motion.through(new Pose(320, H / 2))),
                        Actor.rigid(-2, "plant in front (occluder)", cuts.plant(170),
                                Motion.through(new Pose(470, 330)))),
                Lighting.CONSTANT);
    }

    /** One object leaves on the right and comes back, the other leaves at the bottom and comes back. */
    public RealPhotoClip exitAndReturn() {
        SplittableRandom r = random("exit-return");
        String bg = CutOuts.pick(List.of("data/leuvenA.jpg", "data/leuvenB.jpg", "data/building.jpg",
                "data/home.jpg"), r);
        double y = r.nextDouble(100, 170);
        return clip("exit-return", Set.of(EXIT_AND_RETURN), backdrop(bg, 1.1, 1.2, false, r),
                List.of(Actor.rigid(1, "plant", cuts.plant(120), new Motion(new double[] {0, 0.35, 0.6, 1},
                        new Pose(330, y), new Pose(W + 200, y + 20), new Pose(W + 200, y), new Pose(400, y + 30))),
                        Actor.rigid(2, "apple", cuts.apple(80), new Motion(new double[] {0, 0.4, 0.65, 1},
                                new Pose(170, 260), new Pose(120, H + 150), new Pose(180, H + 150),
                                new Pose(230, 250)))),
                Lighting.CONSTANT);
    }

    public RealPhotoClip smallObjects() {
        SplittableRandom r = random("small-objects");
        String bg = CutOuts.pick(List.of("data/aero1.jpg", "data/board.jpg", "data/leuvenA.jpg", "data/stuff.jpg"),
                r);
        List<Candy> candies = cuts.candies(r.nextInt(18, 24));
        return clip("small-objects", Set.of(SMALL_OBJECTS, MANY_OBJECTS), backdrop(bg, 1.1, 1.2, true, r),
                List.of(Actor.rigid(1, "small candy", CutOuts.pick(candies, r).cutOut(),
                        wander(r, 4, 60, 580, 50, 310, 0.1, 0)),
                        Actor.rigid(2, "small textured blob", cuts.shaped(CutOuts.pick(CutOuts.TEXTURED, r),
                                Outline.BLOB, 26, 22, 0.35, r), wander(r, 4, 60, 580, 50, 310, 0.1, 30)),
                        Actor.rigid(3, "small star", cuts.shaped(CutOuts.pick(CutOuts.TEXTURED, r), Outline.STAR, 30,
                                30, 0.35, r), wander(r, 4, 60, 580, 50, 310, 0.1, 60))),
                Lighting.CONSTANT);
    }

    public RealPhotoClip fiveObjects() {
        SplittableRandom r = random("five-objects");
        String bg = CutOuts.pick(List.of("data/leuvenA.jpg", "data/building.jpg", "data/aloeL.jpg", "data/home.jpg",
                "data/board.jpg"), r);
        return clip("five-objects", Set.of(MANY_OBJECTS, TEXTURED_BACKGROUND), backdrop(bg, 1.1, 1.25, true, r),
                List.of(Actor.rigid(1, "plant", cuts.plant(110), wander(r, 3, 80, 250, 80, 180, 0.1, 5)),
                        Actor.rigid(2, "apple", cuts.apple(80), wander(r, 3, 250, 450, 70, 170, 0.1, 20)),
                        Actor.rigid(3, "orange", cuts.orange(80), wander(r, 3, 420, 580, 90, 220, 0.1, 20)),
                        Actor.rigid(4, "candy", CutOuts.pick(cuts.candies(50), r).cutOut(),
                                wander(r, 3, 100, 300, 220, 310, 0.1, 0)),
                        Actor.rigid(5, "textured blob", cuts.shaped(CutOuts.pick(CutOuts.TEXTURED, r), Outline.BLOB,
                                100, 85, 0.6, r), wander(r, 3, 300, 540, 220, 300, 0.1, 20))),
                Lighting.CONSTANT);
    }

    /**
     * Two shots of two scenes, cut at mid-clip, as edited footage has: the apple is in both (in the second larger and
     * elsewhere, a closer view); the textured blob is only in the first, and where it was the second shot has another
     * blob of the same shape and size (another object of the same kind), which the blob must not be carried onto.
     */
    public RealPhotoClip shotCut() {
        SplittableRandom r = random("shot-cut");
        List<String> scenes = List.of("data/leuvenA.jpg", "data/building.jpg", "data/home.jpg", "data/board.jpg");
        String first = CutOuts.pick(scenes, r);
        String second = CutOuts.pick(except(scenes, first), r);
        String texture = CutOuts.pick(CutOuts.TEXTURED, r);
        double cut = 0.5;
        double[] shots = {0, cut - 1e-4, cut, 1};
        Pose away = new Pose(W + 300, H / 2);
        double y = r.nextDouble(110, 150);
        List<Actor> actors = List.of(
                Actor.rigid(1, "apple", cuts.apple(80), new Motion(shots, new Pose(110, y), new Pose(220, y + 15),
                        new Pose(170, 110, 1.4, 10), new Pose(240, 130, 1.4, 0))),
                Actor.rigid(2, "textured blob", cuts.shaped(texture, Outline.BLOB, 110, 90, 0.6, r),
                        new Motion(shots, new Pose(470, 270), new Pose(420, 255), away, away)),
                Actor.rigid(-1, "another blob in the second shot", cuts.shaped(CutOuts.pick(except(CutOuts.TEXTURED,
                        texture), r), Outline.BLOB, 110, 90, 0.6, r),
                        new Motion(shots, away, away, new Pose(430, 255), new Pose(480, 240))));
        RealPhotoClip.Backdrop firstShot = backdrop(first, 1.1, 1.2, true, r);
        RealPhotoClip.Backdrop secondShot = backdrop(second, 1.1, 1.2, true, r);
        return new RealPhotoClip("shot-cut", Set.of(SHOT_CUT, LOOK_ALIKES), firstShot, secondShot, cut, actors,
                Lighting.CONSTANT, frames, seed ^ "shot-cut".hashCode());
    }
}
