package dev.masklet.core.store;

import java.nio.file.Path;
import java.util.List;

import dev.masklet.core.model.AnnotationProject;

/**
 * A project as read from disk and what was found on the way, for the UI to tell the user.
 *
 * @param project            the annotations
 * @param migratedFromV1     the project file was Masklet 0.1's single file; the next save writes the new layout and
 *                           keeps the old file as {@code <project>.v1.bak}
 * @param interruptedSave    the last save did not finish (Masklet was killed or the disk filled up): the frame files
 *                           it had finished are used (each file is complete), the rest is as of the save before
 * @param removedTempFiles   half-written temporary files of an interrupted save that were deleted
 * @param skippedFiles       files in the frames folder that were not read, each with the reason (damaged, a folder,
 *                           a frame beyond the media, not an annotation file); all are left as they are
 * @param warnings           one line each: what was read differently from how it was written (outlines of masks
 *                           edited in another tool)
 * @param projectFileProblem null, or why the project file could not be read: the project was rebuilt from the frame
 *                           files (label colours and objects without masks are lost); the damaged file is kept as
 *                           {@code NAME.damaged} when the next save replaces it
 */
public record LoadReport(AnnotationProject project, boolean migratedFromV1, boolean interruptedSave,
        List<Path> removedTempFiles, List<SkippedFile> skippedFiles, List<String> warnings,
        String projectFileProblem) {

    /** True when something happened that the user should hear about. */
    public boolean recovered() {
        return interruptedSave || !removedTempFiles.isEmpty();
    }

    /** True when a file was not read: a skipped frame file or a rebuilt project file. */
    public boolean hasSkippedFiles() {
        return !skippedFiles.isEmpty() || projectFileProblem != null;
    }

    /** One line per file that was not read ({@code name: reason}), the project file first. */
    public List<String> skippedLines() {
        List<String> lines = new java.util.ArrayList<>();
        if (projectFileProblem != null) {
            lines.add(ProjectStore.projectFileFor(Path.of(project.mediaName())).getFileName() + ": "
                    + projectFileProblem + "; rebuilt from the frame files");
        }
        skippedFiles.forEach(f -> lines.add(f.line()));
        return lines;
    }

    /** One line for people, or an empty string. */
    public String message() {
        StringBuilder s = new StringBuilder();
        if (interruptedSave) {
            s.append("Masklet was stopped while saving these annotations. Everything saved before is here, plus the"
                    + " frames that last save had finished.");
        }
        if (!removedTempFiles.isEmpty()) {
            s.append(s.isEmpty() ? "" : " ").append("Removed ").append(removedTempFiles.size())
                    .append(" half-written temporary file(s).");
        }
        if (migratedFromV1) {
            s.append(s.isEmpty() ? "" : " ").append("Read a Masklet 0.1 project file; it is kept as a .v1.bak copy"
                    + " when the new files are first saved.");
        }
        return s.toString();
    }
}
