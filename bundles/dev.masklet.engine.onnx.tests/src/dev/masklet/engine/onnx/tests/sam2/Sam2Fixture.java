package dev.masklet.engine.onnx.tests.sam2;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import javax.imageio.ImageIO;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.masklet.engine.onnx.internal.sam2.Sam2FrameSource;

/**
 * The SAM 2.1 micro fixture the repository carries ({@code tests/fixtures/sam2-micro}): graphs, frames and the
 * transformers reference run. Its folder comes from the system property {@code masklet.sam2.fixture}, which the root
 * pom sets for every test run; a missing fixture fails the test, it never skips it.
 */
public final class Sam2Fixture {
    /** The system property naming the fixture folder. */
    public static final String PROPERTY = "masklet.sam2.fixture";

    final Path dir;
    final JsonObject reference;
    private final ByteBuffer referenceBin;

    private Sam2Fixture(Path dir) throws IOException {
        this.dir = dir;
        this.reference = readJson(dir.resolve("reference.json"));
        this.referenceBin = ByteBuffer.wrap(Files.readAllBytes(dir.resolve("reference.bin")))
                .order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Loads the fixture named by {@link #PROPERTY}. */
    static Sam2Fixture load() throws IOException {
        return new Sam2Fixture(directory());
    }

    /**
     * The fixture folder named by {@link #PROPERTY}.
     *
     * @throws IllegalStateException when the property is not set or names a folder without the fixture's files
     */
    public static Path directory() {
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException("the SAM 2 fixture is not configured: run the tests through Maven (the root"
                    + " pom sets -D" + PROPERTY + "=tests/fixtures/sam2-micro) or set -D" + PROPERTY + "=DIR");
        }
        Path dir = Paths.get(configured).toAbsolutePath().normalize();
        for (String file : new String[] {"reference.json", "constants.json", "vision_encoder.onnx"}) {
            if (!Files.isRegularFile(dir.resolve(file))) {
                throw new IllegalStateException("the SAM 2 fixture " + PROPERTY + "=" + configured + " has no " + file
                        + " (the repository carries it in tests/fixtures/sam2-micro)");
            }
        }
        return dir;
    }

    float[] floatBlob(String name) {
        JsonObject blob = blob(name, "float32");
        float[] values = new float[blob.get("nbytes").getAsInt() / 4];
        referenceBin.slice(blob.get("offset").getAsInt(), 4 * values.length).order(ByteOrder.LITTLE_ENDIAN)
                .asFloatBuffer().get(values);
        return values;
    }

    byte[] byteBlob(String name) {
        JsonObject blob = blob(name, "uint8");
        byte[] values = new byte[blob.get("nbytes").getAsInt()];
        referenceBin.slice(blob.get("offset").getAsInt(), values.length).get(values);
        return values;
    }

    private JsonObject blob(String name, String dtype) {
        JsonObject blob = reference.getAsJsonObject("blobs").getAsJsonObject(name);
        if (blob == null || !dtype.equals(blob.get("dtype").getAsString())) {
            throw new IllegalStateException("reference blob " + name + " missing or not " + dtype);
        }
        return blob;
    }

    int videoHeight() {
        return reference.getAsJsonObject("prompts").getAsJsonArray("video_size_hw").get(0).getAsInt();
    }

    int videoWidth() {
        return reference.getAsJsonObject("prompts").getAsJsonArray("video_size_hw").get(1).getAsInt();
    }

    int frameCount() {
        return reference.getAsJsonObject("prompts").get("num_frames").getAsInt();
    }

    /** Reads {@code frames/frame_NNN.png} as interleaved RGB; AWT is fine here, the engine itself never uses it. */
    byte[] pngFrame(int index) throws IOException {
        Path file = dir.resolve("frames").resolve(String.format("frame_%03d.png", index));
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new IOException("not a readable image: " + file);
        }
        int w = image.getWidth();
        int h = image.getHeight();
        // The raster holds the stored 8-bit samples in R, G, B band order, untouched by colour management.
        int[] samples = image.getRaster().getPixels(0, 0, w, h, (int[]) null);
        if (samples.length != 3 * w * h) {
            throw new IOException(file + " is not 8-bit RGB (" + image.getRaster().getNumBands() + " bands)");
        }
        byte[] rgb = new byte[samples.length];
        for (int i = 0; i < samples.length; i++) {
            rgb[i] = (byte) samples[i];
        }
        return rgb;
    }

    /** All frames read from the PNGs, held in memory (the clip is 10 small frames). */
    Sam2FrameSource frames() throws IOException {
        int count = frameCount();
        byte[][] rgb = new byte[count][];
        for (int i = 0; i < count; i++) {
            rgb[i] = pngFrame(i);
        }
        int width = videoWidth();
        int height = videoHeight();
        return new Sam2FrameSource() {
            @Override
            public int frameCount() {
                return count;
            }

            @Override
            public int width() {
                return width;
            }

            @Override
            public int height() {
                return height;
            }

            @Override
            public byte[] rgb(int index) {
                return rgb[index];
            }
        };
    }

    /** A whole file of little-endian float32 values. */
    static float[] floats(Path file) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        float[] values = new float[bytes.capacity() / 4];
        bytes.asFloatBuffer().get(values);
        return values;
    }

    JsonObject json(String file) throws IOException {
        return readJson(dir.resolve(file));
    }

    private static JsonObject readJson(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return JsonParser.parseReader(reader).getAsJsonObject();
        }
    }
}
