package dev.masklet.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.store.LoadReport;
import dev.masklet.core.store.ProjectStore;
import dev.masklet.export.ProjectImport;
import dev.masklet.media.CachedVideoSource;
import dev.masklet.media.FrameFolderSource;
import dev.masklet.media.MediaException;
import dev.masklet.media.VideoSource;
import dev.masklet.media.VideoSources;

/** Opens a video or a folder of frames and the annotations saved next to it, without any UI. */
public final class VideoOpener {
    private VideoOpener() {
    }

    public static VideoEditorInput open(Path media) throws MediaException, IOException {
        Path abs = media.toAbsolutePath().normalize();
        // 512 MB of decoded frames, 8 frames read ahead: stepping with a/d does not wait for the decoder
        VideoSource opened = Files.isDirectory(abs) ? FrameFolderSource.open(abs) : VideoSources.open(abs);
        VideoSource source = CachedVideoSource.withSettings(opened); // cache size from the preferences
        try {
            Path projectFile = ProjectStore.projectFileFor(abs);
            AnnotationProject project;
            String notice = "";
            List<String> skipped = List.of();
            if (ProjectStore.exists(projectFile)) { // a project file, or a frames folder of X-AnyLabeling files
                // a damaged file is reported and left alone; it is never overwritten by an empty project
                LoadReport report = ProjectStore.open(projectFile, source.frameCount());
                skipped = report.skippedLines(); // damaged files are skipped, left on disk and reported
                project = report.project();
                List<String> lines = new ArrayList<>(report.warnings());
                if (report.recovered()) {
                    lines.add(0, report.message());
                }
                notice = String.join("\n", lines);
            } else { // a frame folder labelled in X-AnyLabeling / LabelMe opens with those files (only read)
                var labelled = ProjectImport.labelledFrameFolder(abs);
                project = labelled.map(ProjectImport.Result::project).orElseGet(() -> new AnnotationProject(
                        abs.getFileName().toString(), source.width(), source.height(), source.frameCount()));
                skipped = labelled.map(ProjectImport.Result::warnings).orElse(List.of());
            }
            return new VideoEditorInput(abs, source, project, projectFile, notice, skipped);
        } catch (IOException | RuntimeException e) {
            source.close();
            throw e;
        }
    }
}
