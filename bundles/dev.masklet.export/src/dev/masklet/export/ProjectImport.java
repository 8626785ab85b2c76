package dev.masklet.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        ImportResult imported;
        int frames;
        int width;
        int height;
        try (VideoSource video = Files.isDirectory(target) ? FrameFolderSource.open(target)
                : VideoSources.open(target)) {
            frames = video.frameCount();
            width = video.width();
            height = video.height();
            if (!Files.isDirectory(source)) {
                imported = DatasetImporters.coco(source);
            } else if (video instanceof FrameFolderSource folder) {
                imported = DatasetImporters.labelMe(source, folder.files().stream()
                        .map(f -> f.getFileName().toString()).toList());
            } else {
                imported = DatasetImporters.labelMe(source);
            }
        }
        AnnotationProject read = imported.project();
        List<String> warnings = new ArrayList<>(imported.warnings());
        AnnotationProject project = new AnnotationProject(target.getFileName().toString(), width, height, frames);
        if (!read.objects().isEmpty() && (read.width() != width || read.height() != height)) {
            throw new AnnotationFileException(source, "its annotations are " + read.width() + "×" + read.height()
                    + " pixels, the media " + width + "×" + height + "; nothing was imported", null);
        }
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
        ProjectStore.save(project, projectFile);
        return new Result(projectFile, project, warnings);
    }
}
