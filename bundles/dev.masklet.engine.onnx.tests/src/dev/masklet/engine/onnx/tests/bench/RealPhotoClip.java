package dev.masklet.engine.onnx.tests.bench;

import static org.bytedeco.opencv.global.opencv_core.BORDER_CONSTANT;
import static org.bytedeco.opencv.global.opencv_core.BORDER_REFLECT;
import static org.bytedeco.opencv.global.opencv_core.BORDER_REPLICATE;
import static org.bytedeco.opencv.global.opencv_core.CV_32FC1;
import static org.bytedeco.opencv.global.opencv_core.CV_64FC1;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

import dev.masklet.core.image.FrameProvider;
import dev.masklet.core.image.RgbImage;
import dev.masklet.core.mask.BinaryMask;

/**
 * A 640x360 clip composed from real photographs, with exact ground truth: a photo as the background seen by a
 * moving camera, cut-outs of real objects moving, turning, deforming and blurring over it, foreground cut-outs
 * that hide them, light that changes, then sensor noise, lens softness and a JPEG round trip. Frames are made on
 * demand and are the same for the same construction (deterministic).
 *
 * <p>The truth of an object on a frame is exactly its visible part there (DAVIS-style): its own alpha, warped as
 * its pixels are, at 50 %, less what later actors cover and what lies outside the frame; empty when it is hidden
 * or gone. Motion blur smears the pixels, not the truth (the object where it is at mid-exposure).
 */
public final class RealPhotoClip implements FrameProvider {
    public static final int WIDTH = 640;
    public static final int HEIGHT = 360;

    /**
     * The background: a photo seen through a camera whose pose is the view's centre in photo pixels, a zoom (1:
     * the photo just covers the frame) and a roll in degrees.
     */
    public record Backdrop(String source, Mat photo, Motion camera) {
        public Backdrop {
            photo.retainReference();
        }
    }

    /** One rendered frame: the picture and, per pixel, the id of the actor seen there (0: background). */
    private record Render(RgbImage image, byte[] owner) {
    }

    private final String name;
    private final Set<Challenge> challenges;
    private final Backdrop backdrop;
    private final List<Actor> actors;
    private final Lighting lighting;
    private final int frames;
    private final long seed;
    /** The background from {@link #cutAt} on (a cut to another shot), or null for one shot. */
    private final Backdrop secondShot;
    /** The clip time (0 to 1) of the cut to {@link #secondShot}. */
    private final double cutAt;
    private final Map<Integer, Render> recent = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Render> eldest) {
            return size() > 3;
        }
    };

    public RealPhotoClip(String name, Set<Challenge> challenges, Backdrop backdrop, List<Actor> actors,
            Lighting lighting, int frames, long seed) {
        this(name, challenges, backdrop, null, 2, actors, lighting, frames, seed);
    }

    /**
     * A clip of two shots, as edited footage has: {@code backdrop} until clip time {@code cutAt} (0 to 1), then
     * {@code secondShot}. The actors' motions say where each is in each shot (off the frame where it is not in it).
     */
    public RealPhotoClip(String name, Set<Challenge> challenges, Backdrop backdrop, Backdrop secondShot,
            double cutAt, List<Actor> actors, Lighting lighting, int frames, long seed) {
        if (frames < 2) {
            throw new IllegalArgumentException("a clip needs at least 2 frames, got " + frames);
        }
        this.name = name;
        this.challenges = Set.copyOf(challenges);
        this.backdrop = backdrop;
        this.actors = List.copyOf(actors);
        this.lighting = lighting;
        this.frames = frames;
        this.seed = seed;
        this.secondShot = secondShot;
        this.cutAt = cutAt;
    }

    public String name() {
        return name;
    }

    public Set<Challenge> challenges() {
        return challenges;
    }

    /** The tracked objects' ids, ascending. */
    public List<Integer> objectIds() {
        return actors.stream().filter(Actor::tracked).map(Actor::id).sorted().toList();
    }

    /** What each actor is and what it was cut from, for reports. */
    public List<Actor> actors() {
        return actors;
    }

    public Backdrop backdrop() {
        return backdrop;
    }

    @Override
    public int frameCount() {
        return frames;
    }

    @Override
    public int width() {
        return WIDTH;
    }

    @Override
    public int height() {
        return HEIGHT;
    }

    @Override
    public RgbImage frame(int index) {
        return render(index).image();
    }

    /** The visible part of object {@code id} on frame {@code index}; empty when hidden or out of the frame. */
    public BinaryMask truth(int id, int index) {
        byte[] owner = render(index).owner();
        byte[] bits = new byte[owner.length];
        for (int i = 0; i < owner.length; i++) {
            bits[i] = (byte) (owner[i] == id ? 1 : 0);
        }
        return new BinaryMask(WIDTH, HEIGHT, bits);
    }

    private double time(int index) {
        return index / (double) (frames - 1);
    }

    private synchronized Render render(int index) {
        if (index < 0 || index >= frames) {
            throw new IndexOutOfBoundsException("frame " + index + " of " + frames);
        }
        Render r = recent.get(index);
        if (r == null) {
            try (PointerScope scope = new PointerScope()) {
                r = draw(index);
            }
            recent.put(index, r);
        }
        return r;
    }

    private Render draw(int index) {
        double t = time(index);
        Mat background = new Mat();
        Backdrop shot = secondShot != null && t >= cutAt ? secondShot : backdrop;
        opencv_imgproc.warpAffine(shot.photo(), background, cameraMatrix(shot, t), new Size(WIDTH, HEIGHT),
                opencv_imgproc.INTER_AREA, BORDER_REFLECT, new Scalar(0.0));
        byte[] bgr = Mats.bytes(background);
        byte[] owner = new byte[WIDTH * HEIGHT];
        for (Actor actor : actors) {
            drawActor(actor, index, bgr, owner);
        }
        lighting.apply(bgr, WIDTH, HEIGHT, t);
        return new Render(finish(bgr, index), owner);
    }

    /** Photo pixels to frame pixels for the camera of {@code shot} at time t. */
    private static Mat cameraMatrix(Backdrop shot, double t) {
        Motion.Pose c = shot.camera().at(t);
        Mat photo = shot.photo();
        double cover = Math.max(WIDTH / (double) photo.cols(), HEIGHT / (double) photo.rows());
        return similarity(c.scale() * cover, c.angle(), c.x(), c.y(), WIDTH / 2.0, HEIGHT / 2.0);
    }

    /** The 2x3 matrix taking (px, py) to (qx, qy), scaling by s and turning by angle degrees about it. */
    private static Mat similarity(double s, double angle, double px, double py, double qx, double qy) {
        double a = Math.toRadians(angle);
        double c = s * Math.cos(a);
        double n = s * Math.sin(a);
        return new Mat(2, 3, CV_64FC1, new DoublePointer(c, -n, qx - c * px + n * py, n, c, qy - n * px - c * py));
    }

    private void drawActor(Actor actor, int index, byte[] bgr, byte[] owner) {
        double t = time(index);
        Motion.Pose p = actor.motion().at(t);
        CutOut cut = actor.cutOut();
        Mat pixels = cut.bgr();
        Mat alpha = cut.alpha();
        if (!actor.deformation().rigid()) {
            Rect box = opencv_imgproc.boundingRect(alpha);
            float[][] map = actor.deformation().map(cut.width(), cut.height(), box.x(), box.y(), box.width(),
                    box.height(), t);
            Mat mx = Mats.of(map[0], cut.width(), cut.height(), CV_32FC1);
            Mat my = Mats.of(map[1], cut.width(), cut.height(), CV_32FC1);
            Mat dp = new Mat();
            Mat da = new Mat();
            opencv_imgproc.remap(pixels, dp, mx, my, opencv_imgproc.INTER_LINEAR, BORDER_REPLICATE, new Scalar(0.0));
            opencv_imgproc.remap(alpha, da, mx, my, opencv_imgproc.INTER_LINEAR, BORDER_CONSTANT, new Scalar(0.0));
            pixels = dp;
            alpha = da;
        }
        double[] blur = actor.motionBlur() ? velocity(actor, index) : new double[] {0, 0};
        double length = 0.8 * Math.hypot(blur[0], blur[1]); // the shutter is open 80 % of the frame time
        int margin = (int) Math.ceil(length / 2) + 2;
        // the canvas corners in the frame give the region to draw into
        double s = p.scale();
        double a = Math.toRadians(p.angle());
        double hw = cut.width() / 2.0;
        double hh = cut.height() / 2.0;
        double ex = s * (Math.abs(Math.cos(a)) * hw + Math.abs(Math.sin(a)) * hh);
        double ey = s * (Math.abs(Math.sin(a)) * hw + Math.abs(Math.cos(a)) * hh);
        int x0 = Math.max(0, (int) Math.floor(p.x() - ex) - margin);
        int y0 = Math.max(0, (int) Math.floor(p.y() - ey) - margin);
        int x1 = Math.min(WIDTH, (int) Math.ceil(p.x() + ex) + margin);
        int y1 = Math.min(HEIGHT, (int) Math.ceil(p.y() + ey) + margin);
        if (x1 <= x0 || y1 <= y0) {
            return; // wholly outside the frame
        }
        int w = x1 - x0;
        int h = y1 - y0;
        Mat m = similarity(s, p.angle(), hw, hh, p.x() - x0, p.y() - y0);
        Mat sharp = new Mat();
        Mat moved = new Mat();
        opencv_imgproc.warpAffine(alpha, sharp, m, new Size(w, h), opencv_imgproc.INTER_LINEAR, BORDER_CONSTANT,
                new Scalar(0.0));
        opencv_imgproc.warpAffine(pixels, moved, m, new Size(w, h), opencv_imgproc.INTER_LINEAR, BORDER_REPLICATE,
                new Scalar(0.0));
        // premultiplied, so that blurring smears colour and coverage together
        Mat alpha3 = new Mat();
        opencv_imgproc.cvtColor(sharp, alpha3, opencv_imgproc.COLOR_GRAY2BGR);
        Mat premultiplied = new Mat();
        opencv_core.multiply(moved, alpha3, premultiplied, 1 / 255.0, CV_8UC3);
        Mat coverage = sharp;
        if (length >= 2) {
            Mat kernel = lineKernel(blur, length);
            Mat smeared = new Mat();
            Mat smearedCoverage = new Mat();
            opencv_imgproc.filter2D(premultiplied, smeared, -1, kernel);
            opencv_imgproc.filter2D(sharp, smearedCoverage, -1, kernel);
            premultiplied = smeared;
            coverage = smearedCoverage;
        }
        byte[] pm = Mats.bytes(premultiplied);
        byte[] cov = Mats.bytes(coverage);
        byte[] mask = Mats.bytes(sharp);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                int c = cov[i] & 0xff;
                int o = (y + y0) * WIDTH + x + x0;
                if (c > 0) {
                    for (int k = 0; k < 3; k++) {
                        int v = (pm[3 * i + k] & 0xff) + ((bgr[3 * o + k] & 0xff) * (255 - c) + 127) / 255;
                        bgr[3 * o + k] = (byte) Math.min(255, v);
                    }
                }
                if ((mask[i] & 0xff) >= 128) {
                    owner[o] = (byte) actor.id();
                }
            }
        }
    }

    /** The actor's motion in pixels per frame around frame {@code index}. */
    private double[] velocity(Actor actor, int index) {
        Motion.Pose before = actor.motion().at(time(Math.max(0, index - 1)));
        Motion.Pose after = actor.motion().at(time(Math.min(frames - 1, index + 1)));
        double span = Math.min(frames - 1, index + 1) - Math.max(0, index - 1);
        return new double[] {(after.x() - before.x()) / span, (after.y() - before.y()) / span};
    }

    /** A normalised line of the given length along the motion: a linear motion-blur kernel. */
    private static Mat lineKernel(double[] direction, double length) {
        int size = 2 * (int) Math.ceil(length / 2) + 1;
        double norm = Math.hypot(direction[0], direction[1]);
        double dx = direction[0] / norm * length / 2;
        double dy = direction[1] / norm * length / 2;
        double c = size / 2;
        Mat kernel = new Mat(size, size, CV_32FC1, new Scalar(0.0));
        int shift = 4;
        opencv_imgproc.line(kernel, new Point((int) Math.round((c - dx) * 16), (int) Math.round((c - dy) * 16)),
                new Point((int) Math.round((c + dx) * 16), (int) Math.round((c + dy) * 16)), new Scalar(1.0), 1,
                opencv_imgproc.LINE_AA, shift);
        double sum = opencv_core.sumElems(kernel).get(0);
        kernel.convertTo(kernel, CV_32FC1, 1 / sum, 0);
        return kernel;
    }

    /** Lens softness, sensor noise and compression, as in footage from an ordinary camera; BGR to RGB. */
    private RgbImage finish(byte[] bgr, int index) {
        Mat image = Mats.of(bgr, WIDTH, HEIGHT, CV_8UC3);
        opencv_imgproc.GaussianBlur(image, image, new Size(3, 3), 0.6);
        byte[] soft = Mats.bytes(image);
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        for (int i = 0; i < soft.length; i++) {
            int v = (soft[i] & 0xff) + (int) Math.round(random.nextGaussian() * 3.0);
            soft[i] = (byte) Math.max(0, Math.min(255, v));
        }
        byte[] out = Mats.bytes(Mats.jpeg(Mats.of(soft, WIDTH, HEIGHT, CV_8UC3), 80));
        for (int i = 0; i < out.length; i += 3) {
            byte b = out[i];
            out[i] = out[i + 2];
            out[i + 2] = b;
        }
        return new RgbImage(WIDTH, HEIGHT, out);
    }
}
