package dev.masklet.core.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.masklet.core.model.AnnotationProject;

/**
 * Reads the per-frame files of a frames folder into a project. One file that cannot be read never blocks the
 * others: it is skipped, reported with its reason and left as it is on disk.
 */
final class FramesFolder {
    private FramesFolder() {
    }

    /**
     * Reads every {@code *.json} of the folder that is a LabelMe / X-AnyLabeling file (has {@code shapes}). Files
     * that are not annotation files, cannot be read, or hold a frame at or beyond {@code mediaFrames} (when it is
     * above 0) are listed in {@code skipped} with the reason. Without a project the project is made from the files:
     * media named after the project file, size from {@code imageWidth/imageHeight}, frame count
     * {@code mediaFrames}, else up to the last annotated frame.
     *
     * @return the project, or null when there was none and no file could be read
     */
    static AnnotationProject read(Path folder, AnnotationProject project, Path projectFile, int mediaFrames,
            List<SkippedFile> skipped, List<String> warnings) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.json")) {
            for (Path f : stream) {
                if (!f.getFileName().toString().startsWith(".")) {
                    files.add(f);
                }
            }
        }
        files.sort(null);
        Map<Path, JsonObject> annotationFiles = new LinkedHashMap<>();
        for (Path f : files) {
            String problem = null;
            JsonObject root = null;
            if (Files.isDirectory(f)) {
                problem = "a folder, not a file";
            } else {
                try {
                    root = parse(f);
                    JsonElement shapes = root.get("shapes");
                    if (shapes == null || !shapes.isJsonArray()) {
                        problem = "no \"shapes\" list: not a LabelMe / X-AnyLabeling file";
                    }
                } catch (IOException | RuntimeException e) {
                    problem = PlainReasons.of(e);
                }
            }
            if (problem != null) {
                skipped.add(new SkippedFile(f, problem));
            } else {
                annotationFiles.put(f, root);
            }
        }
        int limit = mediaFrames > 0 ? mediaFrames : project != null ? project.frameCount() : 0;
        AnnotationProject into = project;
        if (into == null) {
            into = fromFiles(projectFile, annotationFiles, mediaFrames);
        }
        if (into == null) {
            return null;
        }
        for (Map.Entry<Path, JsonObject> e : annotationFiles.entrySet()) {
            String name = e.getKey().getFileName().toString();
            try {
                int frame = FrameFile.frameOf(name, e.getValue());
                if (limit > 0 && frame >= limit) {
                    skipped.add(new SkippedFile(e.getKey(), "frame " + (frame + 1) + " (index " + frame
                            + ") is beyond the media's " + limit + " frames"));
                    continue;
                }
                FrameFile.read(name, e.getValue(), into, warnings);
            } catch (RuntimeException ex) {
                skipped.add(new SkippedFile(e.getKey(), PlainReasons.of(ex)));
            }
        }
        return into;
    }

    static JsonObject parse(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw new IllegalArgumentException("the file is empty");
        }
        JsonElement root = JsonParser.parseString(text);
        if (!root.isJsonObject()) {
            throw new IllegalArgumentException("the file holds a JSON " + (root.isJsonArray() ? "list" : "value")
                    + ", not an object");
        }
        return root.getAsJsonObject();
    }

    /**
     * A project for files of another tool (or to rebuild a damaged project file): size from the first file that
     * gives one, frames {@code mediaFrames} or up to the last file's. A file without a size or a frame number is
     * reported when it is read; null when no file gives a size.
     */
    private static AnnotationProject fromFiles(Path projectFile, Map<Path, JsonObject> files, int mediaFrames) {
        String name = projectFile.getFileName().toString();
        String media = name.substring(0, name.length() - ProjectStore.SUFFIX.length());
        int frames = 0;
        int width = 0;
        int height = 0;
        for (Map.Entry<Path, JsonObject> e : files.entrySet()) {
            JsonElement w = e.getValue().get("imageWidth");
            JsonElement h = e.getValue().get("imageHeight");
            if (width == 0 && isPositiveInt(w) && isPositiveInt(h)) {
                width = w.getAsInt();
                height = h.getAsInt();
            }
            try {
                int frame = FrameFile.frameOf(e.getKey().getFileName().toString(), e.getValue());
                if (mediaFrames <= 0 || frame < mediaFrames) {
                    frames = Math.max(frames, frame + 1);
                }
            } catch (RuntimeException ex) {
                // reported when the file is read
            }
        }
        return width == 0 ? null : new AnnotationProject(media, width, height, mediaFrames > 0 ? mediaFrames : frames);
    }

    private static boolean isPositiveInt(JsonElement e) {
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber() && e.getAsDouble() >= 1
                && e.getAsDouble() <= Integer.MAX_VALUE;
    }
}
