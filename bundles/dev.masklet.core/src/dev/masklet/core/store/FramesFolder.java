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
            List<String> warnings) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.json")) {
            for (Path f : stream) {
                if (!f.getFileName().toString().startsWith(".")) {
                    files.add(f);
                }
            }
        }
        files.sort(null);
        java.util.Map<Path, JsonObject> annotationFiles = new java.util.LinkedHashMap<>();
        for (Path f : files) {
            JsonObject root = ProjectStore.parse(f);
            JsonElement shapes = root.get("shapes");
            if (shapes == null || !shapes.isJsonArray()) {
                skipped.add(f);
            } else {
                annotationFiles.put(f, root);
            }
        }
        AnnotationProject into = project;
        if (into == null && !annotationFiles.isEmpty()) {
            into = fromFiles(projectFile, annotationFiles);
        }
        for (java.util.Map.Entry<Path, JsonObject> e : annotationFiles.entrySet()) {
            try {
                FrameFile.read(e.getKey().getFileName().toString(), e.getValue(), into, warnings);
            } catch (RuntimeException ex) {
                throw ProjectStore.invalid(e.getKey(), ex);
            }
        }
        if (into == null) {
            throw new AnnotationFileException(projectFile, "has no project file and no annotation files in "
                    + folder.getFileName(), null);
        }
        return into;
    }

    /** A project for files of another tool: size from the first file, frames up to the last one's. */
    private static AnnotationProject fromFiles(Path projectFile, java.util.Map<Path, JsonObject> files)
            throws AnnotationFileException {
        String name = projectFile.getFileName().toString();
        String media = name.substring(0, name.length() - ProjectStore.SUFFIX.length());
        Path current = null;
        try {
            int frames = 0;
            for (java.util.Map.Entry<Path, JsonObject> e : files.entrySet()) {
                current = e.getKey();
                frames = Math.max(frames, FrameFile.frameOf(current.getFileName().toString(), e.getValue()) + 1);
            }
            java.util.Map.Entry<Path, JsonObject> first = files.entrySet().iterator().next();
            current = first.getKey();
            return new AnnotationProject(media, Json.integer(first.getValue(), "imageWidth"),
                    Json.integer(first.getValue(), "imageHeight"), frames);
        } catch (RuntimeException e) {
            throw ProjectStore.invalid(current, e);
        }
    }
}
