package dev.masklet.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import dev.masklet.media.sample.SampleScene;
import dev.masklet.media.sample.SampleVideoWriter;

/**
 * Generated input for trying the job and for its test and benchmark: videos of the sample scene (a red disk and a
 * blue square moving) and a manifest that prompts both objects on frame 0.
 *
 * <pre>
 * java -cp masklet-batch-job.jar dev.masklet.batch.Samples DIR [COUNT [FRAMES [WIDTH HEIGHT]]]
 * </pre>
 */
public final class Samples {
    private Samples() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: Samples DIR [COUNT [FRAMES [WIDTH HEIGHT]]]");
            System.exit(2);
        }
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int frames = args.length > 2 ? Integer.parseInt(args[2]) : 25;
        SampleScene scene = args.length > 4 ? new SampleScene(Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                frames) : new SampleScene(320, 180, frames);
        Path manifest = write(Path.of(args[0]), count, scene);
        System.out.println(manifest.toAbsolutePath());
    }

    /** Writes {@code clip1.mp4 .. clipN.mp4} and {@code manifest.jsonl} into {@code dir}; returns the manifest. */
    public static Path write(Path dir, int count, SampleScene scene) throws IOException {
        Files.createDirectories(dir);
        StringBuilder manifest = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            Path video = dir.resolve("clip" + i + ".mp4").toAbsolutePath();
            SampleVideoWriter.write(scene, video, 25);
            manifest.append(manifestLine("clip" + i, video.toUri().toString(), scene)).append('\n');
        }
        Path file = dir.resolve("manifest.jsonl");
        Files.writeString(file, manifest, StandardCharsets.UTF_8);
        return file;
    }

    /** A manifest line prompting the scene's disk (object 1) and square (object 2) at their centres on frame 0. */
    public static String manifestLine(String id, String video, SampleScene scene) {
        double[] disk = scene.geometry(SampleScene.DISK, 0);
        double[] square = scene.geometry(SampleScene.SQUARE, 0);
        return String.format(Locale.ROOT, "{\"id\": \"%s\", \"video\": \"%s\", \"prompts\": {\"objects\": ["
                + "{\"id\": 1, \"label\": \"disk\", \"frame\": 0, \"points\": [[%.1f, %.1f]]},"
                + "{\"id\": 2, \"label\": \"square\", \"frame\": 0, \"points\": [[%.1f, %.1f]]}]}}", id, video,
                disk[0], disk[1], square[0], square[1]);
    }
}
