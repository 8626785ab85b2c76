package dev.masklet.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.core.store.AnnotationFileException;
import dev.masklet.core.store.ProjectStore;
import dev.masklet.media.FrameFolderSource;
import dev.masklet.media.MediaException;
import dev.masklet.media.VideoSource;
import dev.masklet.media.VideoSources;

/**
 * Brings a dataset of another tool into a Masklet project for a video or frame folder ({@code masklet-cli import}):
 * a folder of LabelMe / X-AnyLabeling JSON files (for a frame folder: one beside each image, matched by
 * {@code imagePath} or name stem) or a COCO file, read by {@link DatasetImporters}, written by {@link ProjectStore}
 * beside the media. An existing project is never replaced; what is left out is in the warnings.
 */
public final class ProjectImport {
    private ProjectImport() {
    }

    /**
     * What an import did.
     *
     * @param projectFile the project file written
     * @param project     the annotations as saved
     * @param warnings    one line each: what was left out and why
     */
    public record Result(Path projectFile, AnnotationProject project, List<String> warnings) {
    }

    /** Imports {@code from} (a LabelMe folder or a COCO {@code .json} file) as the annotations of {@code media}. */
    public static Result run(Path from, Path media) throws IOException, MediaException {
        Path source = from.toAbsolutePath().normalize();
        Path target = media.toAbsolutePath().normalize();
        if (!Files.exists(source)) {
            throw new AnnotationFileException(source, "no such file or folder", null);
        }
        Path projectFile = ProjectStore.projectFileFor(target);
        if (ProjectStore.exists(projectFile)) {
            throw new AnnotationFileException(projectFile, "already exists; move it (and its frames folder) away"
                    + " first, an import never replaces annotations", null);
        }
        Result result;
        try (VideoSource video = Files.isDirectory(target) ? FrameFolderSource.open(target)
                : VideoSources.open(target)) {
            ImportResult imported;
            if (!Files.isDirectory(source)) {
                imported = DatasetImporters.coco(source);
            } else if (video instanceof FrameFolderSource folder) {
                imported = DatasetImporters.labelMe(source, imageNames(folder));
            } else {
                imported = DatasetImporters.labelMe(source);
            }
            result = forMedia(imported, source, target, video);
        }
        ProjectStore.save(result.project(), projectFile);
        return result;
    }

    /**
     * The annotations of a frame folder labelled in LabelMe / X-AnyLabeling (one JSON beside each image), read as
     * they are and not saved (the workbench opens such a folder with them; its own saves go to the project files
     * beside the folder, the JSON files are only read); empty when the folder has no LabelMe file.
     */
    public static Optional<Result> labelledFrameFolder(Path folder) throws IOException, MediaException {
        Path target = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(target) || !hasLabelMeFile(target)) {
            return Optional.empty();
        }
        try (FrameFolderSource video = FrameFolderSource.open(target)) {
            return Optional.of(forMedia(DatasetImporters.labelMe(target, imageNames(video)), target, target, video));
        }
    }

    private static boolean hasLabelMeFile(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                    .filter(Files::isRegularFile).anyMatch(ProjectImport::mentionsShapes);
        }
    }

    private static boolean mentionsShapes(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).contains("\"shapes\"");
        } catch (IOException | RuntimeException e) {
            return false; // the importer names it
        }
    }

    private static List<String> imageNames(FrameFolderSource folder) {
        return folder.files().stream().map(f -> f.getFileName().toString()).toList();
    }

    /** The imported annotations as the media's project: its name, size and length; masks beyond it left out. */
    private static Result forMedia(ImportResult imported, Path source, Path media, VideoSource video)
            throws AnnotationFileException {
        int frames = video.frameCount();
        int width = video.width();
        int height = video.height();
        AnnotationProject read = imported.project();
        List<String> warnings = new ArrayList<>(imported.warnings());
        if (!read.objects().isEmpty() && (read.width() != width || read.height() != height)) {
            throw new AnnotationFileException(source, "its annotations are " + read.width() + "×" + read.height()
                    + " pixels, the media " + width + "×" + height + "; nothing was imported", null);
        }
        AnnotationProject project = new AnnotationProject(media.getFileName().toString(), width, height, frames);
        for (TrackedObject o : read.objects()) {
            TrackedObject copy = new TrackedObject(o.trackId(), o.label());
            o.masks().forEach((frame, mask) -> {
                if (frame < frames) {
                    copy.putMask(frame, mask);
                } else {
                    warnings.add("object " + o.trackId() + " (\"" + o.label() + "\"), frame " + frame
                            + ": beyond the media's " + frames + " frames; left out");
                }
            });
            project.addObject(copy);
        }
        return new Result(ProjectStore.projectFileFor(media), project, warnings);
    }
}
