package dev.masklet.engine.onnx.tests.mobilesam;

import java.util.List;
import java.util.SplittableRandom;

import dev.masklet.core.image.FrameProvider;
import dev.masklet.core.image.RgbImage;
import dev.masklet.core.mask.BinaryMask;

/**
 * Generated clips with exact ground truth for measuring trackers: two textured objects on a textured background
 * that move, change size, cross each other, pass behind an occluder, or leave the frame and come back. The truth of
 * an object on a frame is the part of it that is visible there (hidden parts and parts outside the frame are not
 * in it), as in DAVIS. Frames are drawn on demand; deterministic.
 */
public final class TrackingScenario implements FrameProvider {

    /** The situations the default tracker must survive. */
    public enum Kind {
        /** Both objects move on curved paths and change size. */
        TEXTURED_MOTION,
        /** The objects cross; the second passes in front of the first. */
        CROSSING,
        /** The first object passes behind a static pillar and is hidden for several frames. */
        OCCLUSION,
        /** The first object leaves the frame on the right and comes back. */
        LEAVE_AND_RETURN
    }

    private enum Shape { ELLIPSE, ROUNDED_BOX }

    /** One object: shape, half sizes at scale 1, colours of its two-tone texture, and its path. */
    private record Thing(Shape shape, double rx, double ry, int[] colourA, int[] colourB, int texturePeriod) {
    }

    public static final int WIDTH = 640;
    public static final int HEIGHT = 360;

    private final Kind kind;
    private final int frames;
    private final List<Thing> things;
    private final byte[] background;
    private final int[] pillar; // x0, x1 of the occluder, or null

    public TrackingScenario(Kind kind, int frames) {
        this.kind = kind;
        this.frames = frames;
        this.things = List.of(
                new Thing(Shape.ELLIPSE, 52, 40, new int[] {222, 92, 38}, new int[] {250, 190, 60}, 9),
                new Thing(Shape.ROUNDED_BOX, 46, 36, new int[] {40, 110, 220}, new int[] {150, 220, 250}, 12));
        this.pillar = kind == Kind.OCCLUSION ? new int[] {260, 420} : null;
        this.background = texturedBackground();
    }

    public Kind kind() {
        return kind;
    }

    /** Object ids are 1 and 2. */
    public List<Integer> objectIds() {
        return List.of(1, 2);
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

    /** Centre x, centre y and scale of object {@code id} on frame {@code f}. */
    double[] pose(int id, int f) {
        double t = frames > 1 ? f / (double) (frames - 1) : 0;
        switch (kind) {
            case TEXTURED_MOTION:
                return id == 1
                        ? new double[] {120 + 360 * t, 120 + 70 * Math.sin(Math.PI * 2 * t), 1.0 + 0.35 * t}
                        : new double[] {520 - 300 * t, 270 - 150 * t + 30 * Math.sin(Math.PI * 3 * t), 1.0 - 0.25 * t};
            case CROSSING:
                return id == 1
                        ? new double[] {110 + 420 * t, 175, 1.0}
                        : new double[] {530 - 420 * t, 195, 1.05};
            case OCCLUSION:
                return id == 1
                        ? new double[] {90 + 460 * t, 170, 1.0}
                        : new double[] {560, 70 + 200 * t, 0.9};
            case LEAVE_AND_RETURN:
                // leaves on the right (fully out from about a third of the clip), waits, comes back at two thirds
                double x = t < 0.4 ? 380 + 950 * t : t < 0.6 ? 760 : 760 - 950 * (t - 0.6);
                return id == 1 ? new double[] {x, 150 + 40 * t, 1.0} : new double[] {150, 260 - 40 * t, 1.0};
            default:
                throw new IllegalStateException();
        }
    }

    /** Objects in drawing order (later ones are in front): object 2 passes in front of object 1. */
    private boolean covers(int id, int f, double x, double y) {
        Thing thing = things.get(id - 1);
        double[] p = pose(id, f);
        double dx = (x - p[0]) / (thing.rx() * p[2]);
        double dy = (y - p[1]) / (thing.ry() * p[2]);
        if (thing.shape() == Shape.ELLIPSE) {
            return dx * dx + dy * dy <= 1;
        }
        // a box with rounded corners: the corner radius is 30 % of the half size
        double ax = Math.abs(dx);
        double ay = Math.abs(dy);
        if (ax > 1 || ay > 1) {
            return false;
        }
        double r = 0.3;
        double cx = Math.max(ax - (1 - r), 0);
        double cy = Math.max(ay - (1 - r), 0);
        return cx * cx + cy * cy <= r * r;
    }

    private boolean hiddenByPillar(int x) {
        return pillar != null && x >= pillar[0] && x < pillar[1];
    }

    /** The visible part of object {@code id} on frame {@code f}. */
    public BinaryMask truth(int id, int f) {
        byte[] bits = new byte[WIDTH * HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                if (visibleOwner(f, x, y) == id) {
                    bits[y * WIDTH + x] = 1;
                }
            }
        }
        return new BinaryMask(WIDTH, HEIGHT, bits);
    }

    /** Which object is seen at a pixel (0: background or pillar). */
    private int visibleOwner(int f, int x, int y) {
        if (hiddenByPillar(x)) {
            return 0;
        }
        double px = x + 0.5;
        double py = y + 0.5;
        for (int id = things.size(); id >= 1; id--) {
            if (covers(id, f, px, py)) {
                return id;
            }
        }
        return 0;
    }

    @Override
    public RgbImage frame(int f) {
        if (f < 0 || f >= frames) {
            throw new IndexOutOfBoundsException("frame " + f);
        }
        byte[] rgb = background.clone();
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int i = 3 * (y * WIDTH + x);
                if (hiddenByPillar(x)) {
                    boolean brick = ((y / 18) + (((y / 18) % 2 == 0 ? x : x + 20) / 40)) % 2 == 0;
                    rgb[i] = (byte) (brick ? 128 : 110);
                    rgb[i + 1] = (byte) (brick ? 118 : 100);
                    rgb[i + 2] = (byte) (brick ? 100 : 88);
                    continue;
                }
                int owner = visibleOwner(f, x, y);
                if (owner == 0) {
                    continue;
                }
                Thing thing = things.get(owner - 1);
                double[] p = pose(owner, f);
                // the texture moves with the object: stripes (ellipse) or a checker (box) in object coordinates
                int u = (int) Math.floor((x - p[0] + 500) / thing.texturePeriod());
                int v = (int) Math.floor((y - p[1] + 500) / thing.texturePeriod());
                boolean a = thing.shape() == Shape.ELLIPSE ? ((u + v) & 1) == 0 : ((u ^ v) & 1) == 0;
                int[] c = a ? thing.colourA() : thing.colourB();
                int shade = (int) (18 * Math.sin((x - p[0]) * 0.05) * Math.cos((y - p[1]) * 0.05));
                for (int k = 0; k < 3; k++) {
                    rgb[i + k] = (byte) Math.max(0, Math.min(255, c[k] + shade));
                }
            }
        }
        return new RgbImage(WIDTH, HEIGHT, rgb);
    }

    /** Low-frequency colour blotches plus grain: a background with texture but without object-like blobs. */
    private static byte[] texturedBackground() {
        SplittableRandom random = new SplittableRandom(11);
        byte[] rgb = new byte[3 * WIDTH * HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int i = 3 * (y * WIDTH + x);
                double g = 0.5 + 0.25 * Math.sin(x * 0.021 + 1.3) * Math.cos(y * 0.017) + 0.15 * Math.sin((x + y) * 0.06);
                int grain = random.nextInt(25);
                rgb[i] = (byte) (70 + 60 * g + grain);
                rgb[i + 1] = (byte) (95 + 50 * g + grain);
                rgb[i + 2] = (byte) (60 + 30 * (1 - g) + grain);
            }
        }
        return rgb;
    }
}
