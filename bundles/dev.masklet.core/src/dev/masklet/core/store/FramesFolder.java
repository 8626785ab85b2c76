package dev.masklet.core.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.masklet.core.model.AnnotationProject;

/** Reads the per-frame files of a frames folder into a project. */
final class FramesFolder {
    private FramesFolder() {
    }

    /**
     * Reads every {@code *.json} of the folder that is a LabelMe / X-AnyLabeling file (has {@code shapes}); others
     * are listed in {@code skipped}. Without a project file the project is made from the files: media named after
     * the project file, size from {@code imageWidth/imageHeight}, frame count up to the last annotated frame.
     */
    static AnnotationProject read(Path folder, AnnotationProject project, Path projectFile, List<Path> skipped,
            List<String> warnings)
            throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.json")) {
            for (Path f : stream) {
                if (!f.getFileName().toString().startsWith(".")) {
                    files.add(f);
                }
            }
        }
        files.sort(null);
        AnnotationProject into = project;
        for (Path f : files) {
            JsonObject root = ProjectStore.parse(f);
            JsonElement shapes = root.get("shapes");
            if (shapes == null || !shapes.isJsonArray()) {
                skipped.add(f);
                continue;
            }
            try {
                if (into == null) {
                    into = fromFirstFile(projectFile, root, f, files.size());
                }
                FrameFile.read(f.getFileName().toString(), root, into, warnings);
            } catch (RuntimeException e) {
                throw ProjectStore.invalid(f, e);
            }
        }
        if (into == null) {
            throw new AnnotationFileException(projectFile, "has no project file and no annotation files in "
                    + folder.getFileName(), null);
        }
        return into;
    }

    private static AnnotationProject fromFirstFile(Path projectFile, JsonObject root, Path file, int files) {
        String name = projectFile.getFileName().toString();
        String media = name.substring(0, name.length() - ProjectStore.SUFFIX.length());
        int frames = Math.max(files, FrameFile.frameOf(file.getFileName().toString(), root) + 1);
        return new AnnotationProject(media, Json.integer(root, "imageWidth"), Json.integer(root, "imageHeight"),
                frames);
    }
}
