package dev.masklet.engine.onnx.tests.bench;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_GRAYSCALE;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * The real photographs the benchmark clips are composed from: the sample data of the Debian package
 * {@code opencv-doc} (installed by {@code scripts/setup-system.sh}). Photos are loaded once (BGR, as OpenCV reads
 * them) and kept. A missing photo is an error naming the package, never a reason to skip a clip.
 */
public final class PhotoLibrary {
    /** Where {@code opencv-doc} puts its samples: {@code data/*.jpg}, {@code alphamat/...}. */
    public static final Path DEBIAN_FOLDER = Paths.get("/usr/share/doc/opencv-doc/examples");

    private final Path folder;
    private final Map<String, Mat> photos = new HashMap<>();

    public PhotoLibrary(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** A colour photo, e.g. {@code data/fruits.jpg}; 8-bit BGR. */
    public synchronized Mat colour(String name) {
        return photos.computeIfAbsent(name, n -> load(n, IMREAD_COLOR));
    }

    /** A grey image such as a matte, e.g. {@code alphamat/output_mattes/plant_result.png}; 8-bit, one channel. */
    public synchronized Mat grey(String name) {
        return photos.computeIfAbsent("grey:" + name, n -> load(name, IMREAD_GRAYSCALE));
    }

    private Mat load(String name, int flags) {
        Path file = folder.resolve(name);
        Path packed = folder.resolve(name + ".gz"); // Debian compresses some documentation files
        byte[] bytes;
        try {
            if (Files.isRegularFile(file)) {
                bytes = Files.readAllBytes(file);
            } else if (Files.isRegularFile(packed)) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(packed))) {
                    bytes = in.readAllBytes();
                }
            } else {
                throw new IllegalStateException(missing(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Mat image;
        try (Mat encoded = Mats.of(bytes, bytes.length, 1, CV_8UC1)) {
            image = opencv_imgcodecs.imdecode(encoded, flags);
        }
        if (image == null || image.empty()) {
            throw new IllegalStateException("cannot decode " + file + " as an image");
        }
        image.retainReference(); // kept for the library's life, whatever PointerScope is open now
        return image;
    }

    private static String missing(Path file) {
        return "photo " + file + " not found: the realistic tracking benchmark composes its clips from the sample"
                + " photos of the Debian package opencv-doc; install it (scripts/setup-system.sh does, or"
                + " apt-get install opencv-doc) or name the folder that holds data/ and alphamat/";
    }
}
