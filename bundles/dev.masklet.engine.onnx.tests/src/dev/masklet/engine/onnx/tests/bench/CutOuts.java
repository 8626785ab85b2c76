package dev.masklet.engine.onnx.tests.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * The real objects the clips move about, cut from the photos of {@link PhotoLibrary} with exact masks: the potted
 * plant with its real alpha matte, the apple and the orange segmented from their plain backgrounds by colour,
 * candies from the smarties photo (several of each colour: natural look-alikes), and regions of textured photos
 * cut in irregular blob, star or limbed outlines.
 */
final class CutOuts {
    /** Photos with texture all over, for shaped cut-outs and busy backgrounds. */
    static final List<String> TEXTURED = List.of("data/baboon.jpg", "data/graf1.png", "data/fruits.jpg",
            "data/butterfly.jpg", "data/board.jpg", "data/squirrel_cls.jpg", "data/aloeL.jpg", "data/leuvenA.jpg",
            "data/building.jpg", "data/aero1.jpg", "data/home.jpg", "data/stuff.jpg", "data/ela_original.jpg");

    /** The outlines of shaped cut-outs. */
    enum Outline { BLOB, STAR, LIMBED }

    /** A candy and its mean colour (B, G, R). */
    record Candy(CutOut cutOut, double[] colour) {
        double distance(Candy other) {
            double d = 0;
            for (int k = 0; k < 3; k++) {
                d += (colour[k] - other.colour[k]) * (colour[k] - other.colour[k]);
            }
            return Math.sqrt(d);
        }
    }

    private final PhotoLibrary photos;

    CutOuts(PhotoLibrary photos) {
        this.photos = photos;
    }

    PhotoLibrary photos() {
        return photos;
    }

    /**
     * The potted plant of OpenCV's alpha-matting sample, cut with its real matte closed over the gaps between its
     * leaves (the object as a person outlines it, as in DAVIS; the thin gaps show the photo's own background);
     * {@code size}: its taller side.
     */
    CutOut plant(int size) {
        Mat matte = photos.grey("alphamat/output_mattes/plant_result.png");
        Mat closed = new Mat();
        opencv_imgproc.morphologyEx(matte, closed, opencv_imgproc.MORPH_CLOSE,
                opencv_imgproc.getStructuringElement(opencv_imgproc.MORPH_ELLIPSE, new Size(15, 15)));
        opencv_imgproc.GaussianBlur(closed, closed, new Size(5, 5), 1.2);
        return CutOut.masked("plant (alphamat sample, real matte)", photos.colour("alphamat/input_images/plant.jpg"),
                closed, size);
    }

    /** The red apple of apple.jpg, segmented from its plain background by hue. */
    CutOut apple(int size) {
        Mat photo = photos.colour("data/apple.jpg");
        return CutOut.masked("apple (apple.jpg)", photo, largest(photo, "apple.jpg", hsv -> {
            int h = hsv >> 16;
            int s = hsv >> 8 & 0xff;
            int v = hsv & 0xff;
            return (h <= 14 || h >= 165) && s > 90 && v > 40;
        }), size);
    }

    /** The orange of orange.jpg, segmented from its plain background by hue. */
    CutOut orange(int size) {
        Mat photo = photos.colour("data/orange.jpg");
        return CutOut.masked("orange (orange.jpg)", photo, largest(photo, "orange.jpg", hsv -> {
            int h = hsv >> 16;
            int s = hsv >> 8 & 0xff;
            int v = hsv & 0xff;
            return h >= 4 && h <= 24 && s > 110 && v > 25;
        }), size);
    }

    private static Mat largest(Mat photo, String name, java.util.function.IntPredicate hsv) {
        List<Mat> regions = CutOut.colourRegions(photo, hsv, 2000);
        if (regions.isEmpty()) {
            throw new IllegalStateException("no object found by colour in " + name);
        }
        return regions.get(0);
    }

    /** The single candies of smarties.png (touching pairs left out), each {@code size} pixels across. */
    List<Candy> candies(int size) {
        Mat photo = photos.colour("data/smarties.png");
        List<Mat> regions = CutOut.colourRegions(photo, hsv -> (hsv >> 8 & 0xff) > 80 && (hsv & 0xff) > 50, 400);
        List<Candy> out = new ArrayList<>();
        for (Mat region : regions) {
            var box = opencv_imgproc.boundingRect(region);
            double aspect = box.width() / (double) box.height();
            if (aspect < 0.75 || aspect > 1.33 || box.width() > 70) {
                continue; // two candies touching, or a candy cut by the photo's edge
            }
            out.add(new Candy(CutOut.masked("candy (smarties.png)", photo, region, size),
                    CutOut.meanColour(photo, region)));
        }
        if (out.size() < 6) {
            throw new IllegalStateException("expected the candies of smarties.png, found " + out.size());
        }
        return out;
    }

    /**
     * A region of a textured photo in a random outline of {@code w x h} pixels, the photo scaled by
     * {@code photoScale} first (so that its texture matches a background drawn at that scale).
     */
    CutOut shaped(String photo, Outline outline, int w, int h, double photoScale, SplittableRandom random) {
        Mat image = photos.colour(photo);
        Mat silhouette = switch (outline) {
            case BLOB -> Silhouettes.blob(w, h, random);
            case STAR -> Silhouettes.star(w, h, random.nextInt(4, 7), random);
            case LIMBED -> Silhouettes.limbed(w, h, random);
        };
        double cx = random.nextDouble(0.25, 0.75) * image.cols();
        double cy = random.nextDouble(0.25, 0.75) * image.rows();
        String name = photo.substring(photo.lastIndexOf('/') + 1);
        return CutOut.shaped(outline.name().toLowerCase(java.util.Locale.ROOT) + " of " + name, image, cx, cy,
                photoScale, silhouette);
    }

    /** A tall foreground occluder: a post with uneven edges, cut from a photo of walls or a tree. */
    CutOut post(String photo, int w, int h, double photoScale, SplittableRandom random) {
        Mat image = photos.colour(photo);
        String name = photo.substring(photo.lastIndexOf('/') + 1);
        return CutOut.shaped("post of " + name, image, random.nextDouble(0.3, 0.7) * image.cols(),
                random.nextDouble(0.4, 0.6) * image.rows(), photoScale, Silhouettes.post(w, h, random));
    }

    /** A random pick. */
    static <T> T pick(List<T> from, SplittableRandom random) {
        return from.get(random.nextInt(from.size()));
    }
}
