package dev.masklet.core.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.google.gson.JsonObject;

import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.FrameAnnotations;

/**
 * Reads and writes a project's files beside its media:
 *
 * <pre>
 * clip.mp4
 * clip.mp4.masklet.json        project file: media, label classes and colours, objects, frame flags
 * clip.mp4.masklet/            frames folder: one LabelMe / X-AnyLabeling file per annotated frame
 *     frame_000012.json        shapes (group_id = track id) + the "masklet" field with the masks (COCO RLE)
 *     .save-journal.json       only while a save is in progress (or after it was interrupted)
 * </pre>
 *
 * Every file is written atomically ({@link AtomicFiles}); a save writes the changed frames first and the project
 * file last, so a crash at any moment leaves files that all parse: the last completed save plus the frames the
 * interrupted one had finished. Saving to the file a project came from writes only the frames that changed. The
 * single-file layout of Masklet 0.1 (version 1, every mask in the project file) is still read, never written; see
 * {@link LoadReport#migratedFromV1()}. Every producer (the workbench, {@code masklet-cli track}) writes through
 * {@link #save}.
 */
public final class ProjectStore {
    public static final String SUFFIX = ".masklet.json";
    /** Suffix of the frames folder beside the media ({@code clip.mp4.masklet}). */
    public static final String FRAMES_SUFFIX = ".masklet";
    static final String JOURNAL = ".save-journal.json";
    private static volatile MaskOutlines outlines;

    private ProjectStore() {
    }

    /** Sets how masks become polygon shapes in frame files (null: masks only in the {@code masklet} field). */
    public static void useMaskOutlines(MaskOutlines maskOutlines) {
        outlines = maskOutlines;
    }

    static MaskOutlines maskOutlines() {
        return outlines;
    }

    /** The project file that belongs to a media file or frame folder. */
    public static Path projectFileFor(Path media) {
        Path abs = media.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + SUFFIX);
    }

    /** The folder of per-frame files that belongs to a project file ({@code clip.mp4.masklet}). */
    public static Path framesFolderFor(Path projectFile) {
        Path abs = projectFile.toAbsolutePath();
        String name = abs.getFileName().toString();
        String base = name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length())
                : name.replaceFirst("\\.json$", "");
        return abs.resolveSibling(base + FRAMES_SUFFIX);
    }

    /** Whether there is anything to open: a project file, or a frames folder (e.g. of X-AnyLabeling files). */
    public static boolean exists(Path projectFile) {
        return Files.exists(projectFile) || Files.isDirectory(framesFolderFor(projectFile));
    }

    /**
     * Saves the project: only its changed frames when it was read from or last saved to this file, everything
     * otherwise. On failure the files on disk stay as they were (each is replaced atomically or not at all), the
     * changes stay marked for the next try, and the message says so.
     */
    public static void save(AnnotationProject project, Path file) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Path folder = framesFolderFor(target);
        boolean full = !target.equals(project.changes().location()) || !Files.isDirectory(folder);
        long snapshot = project.changes().count();
        Set<Integer> frames = full ? project.annotatedFrames() : project.changes().frames();
        try {
            if (full) {
                backUpVersion1(target);
            }
            Files.createDirectories(folder);
            SaveJournal.begin(folder, frames);
            Set<Integer> annotated = project.annotatedFrames();
            for (int frame : frames) {
                writeFrame(project, folder, frame, annotated.contains(frame));
            }
            if (full) {
                removeStaleFrames(project, folder, annotated);
            }
            keepCopyIfDamaged(project, target);
            byte[] json = Json.GSON.toJson(ProjectFile.toJson(project, folder.getFileName().toString()))
                    .getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(target, json);
            SaveJournal.end(folder);
        } catch (IOException | RuntimeException e) {
            throw new AnnotationFileException(target, "could not be saved (" + e.getMessage()
                    + "); the previous version on disk is unchanged", e);
        }
        project.changes().setLocation(target);
        project.changes().saved(snapshot);
    }

    private static void writeFrame(AnnotationProject project, Path folder, int frame, boolean annotated)
            throws IOException {
        FrameAnnotations existing = project.existingFrame(frame).orElse(null);
        String otherName = existing != null ? existing.fileName() : null;
        Path file = folder.resolve(otherName != null ? otherName : FrameFile.fileName(frame));
        keepCopyIfDamaged(project, file);
        keepCopyIfDamaged(project, folder.resolve(FrameFile.fileName(frame)));
        if (annotated) {
            AtomicFiles.write(file, Json.GSON.toJson(FrameFile.toJson(project, frame)).getBytes(StandardCharsets.UTF_8));
        } else {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder.resolve(FrameFile.fileName(frame)));
        }
    }

    /** After a full save: frame files of frames that no longer have annotations go. */
    private static void removeStaleFrames(AnnotationProject project, Path folder, Set<Integer> annotated)
            throws IOException {
        Set<String> keep = new TreeSet<>();
        for (int frame : annotated) {
            String other = project.existingFrame(frame).map(FrameAnnotations::fileName).orElse(null);
            keep.add(other != null ? other : FrameFile.fileName(frame));
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "frame_*.json")) {
            for (Path f : files) {
                if (!keep.contains(f.getFileName().toString()) && !project.changes().keptAside(f)) {
                    Files.delete(f);
                }
            }
        }
    }

    /**
     * A file that was skipped as damaged is replaced only after a copy of it is kept as {@code NAME.damaged}
     * (once), so what could not be read is never lost; a folder in its place is never touched.
     */
    private static void keepCopyIfDamaged(AnnotationProject project, Path file) throws IOException {
        if (!project.changes().keptAside(file)) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw new AnnotationFileException(file, "is a folder where the annotation file should be; move it away",
                    null);
        }
        Path copy = file.resolveSibling(file.getFileName() + ".damaged");
        if (Files.isRegularFile(file) && !Files.exists(copy)) {
            Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
        }
        project.changes().keptAsideCopied(file);
    }

    private static void backUpVersion1(Path target) throws IOException {
        Path backup = target.resolveSibling(target.getFileName() + ".v1.bak");
        if (Files.exists(target) && !Files.exists(backup) && isVersion1(target)) {
            Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private static boolean isVersion1(Path file) {
        try {
            JsonObject root = Json.GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), JsonObject.class);
            return ProjectFile.version(root) == 1;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Reads a project; see {@link #open(Path)} for what else is reported. */
    public static AnnotationProject load(Path file) throws IOException {
        return open(file).project();
    }

    /** {@link #open(Path, int)} without knowing the media's length: the project file's frame count is the limit. */
    public static LoadReport open(Path file) throws IOException {
        return open(file, 0);
    }

    /**
     * Reads a project from its project file and frames folder (either may be missing, not both), cleans up after an
     * interrupted save and reports what it found. A frame file that cannot be read, or that holds a frame at or
     * beyond {@code mediaFrames} (the media's length when known, else 0: the project file's count), is skipped and
     * reported in {@link LoadReport#skippedFiles()}; a damaged project file is rebuilt from the frame files when
     * there are any ({@link LoadReport#projectFileProblem()}). Such files are left untouched; a later save that must
     * replace one first keeps a copy ({@code NAME.damaged}). Throws, naming the file, only when nothing can be read.
     */
    public static LoadReport open(Path file, int mediaFrames) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Path folder = framesFolderFor(target);
        if (!Files.exists(target) && !Files.isDirectory(folder)) {
            throw new AnnotationFileException(target, "no such file", new NoSuchFileException(target.toString()));
        }
        List<Path> removed = new ArrayList<>();
        removeTempFiles(target.getParent(), "." + target.getFileName() + ".", removed);
        AnnotationProject project = null;
        boolean migrated = false;
        AnnotationFileException projectFileProblem = null;
        if (Files.exists(target)) {
            try {
                JsonObject root = parse(target);
                int version;
                try {
                    version = ProjectFile.version(root);
                    project = version == 1 ? ProjectFile.readV1(root) : ProjectFile.readV2(root);
                } catch (RuntimeException e) {
                    throw invalid(target, e);
                }
                migrated = version == 1;
            } catch (AnnotationFileException e) {
                projectFileProblem = e;
            }
        }
        List<SkippedFile> skipped = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        boolean interrupted = false;
        if (Files.isDirectory(folder)) {
            removeTempFiles(folder, ".", removed);
            interrupted = Files.exists(folder.resolve(JOURNAL));
            project = FramesFolder.read(folder, project, target, mediaFrames, skipped, warnings);
        }
        if (project == null) {
            if (projectFileProblem != null) {
                throw new AnnotationFileException(target, projectFileProblem.reason()
                        + (Files.isDirectory(folder) ? "; no frame file could be read to rebuild it" : ""), null);
            }
            throw new AnnotationFileException(target, "has no project file and no annotation files in "
                    + folder.getFileName(), null);
        }
        if (migrated) {
            project.changes().all(project.annotatedFrames());
            project.changes().setLocation(null);
        } else {
            project.changes().clear();
            project.changes().setLocation(target);
        }
        for (SkippedFile f : skipped) {
            project.changes().keepAside(f.file());
        }
        if (projectFileProblem != null) {
            project.changes().keepAside(target);
        }
        return new LoadReport(project, migrated, interrupted, List.copyOf(removed), List.copyOf(skipped),
                List.copyOf(warnings), projectFileProblem == null ? null : projectFileProblem.reason());
    }

    static JsonObject parse(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new AnnotationFileException(file, "is a folder, not a file", null);
        }
        try {
            return FramesFolder.parse(file);
        } catch (NoSuchFileException e) {
            throw new AnnotationFileException(file, "no such file", e);
        } catch (IOException | RuntimeException e) {
            throw invalid(file, e);
        }
    }

    static AnnotationFileException invalid(Path file, Exception e) {
        String name = file.getFileName().toString();
        String what = name.endsWith(SUFFIX) ? "a valid Masklet project file" : "a valid LabelMe / X-AnyLabeling file";
        return new AnnotationFileException(file, "is not " + what + ": " + PlainReasons.of(e)
                + " (the file was left as it is)", e);
    }

    private static void removeTempFiles(Path dir, String prefix, List<Path> removed) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.tmp")) {
            for (Path f : files) {
                if (f.getFileName().toString().startsWith(prefix)) {
                    Files.deleteIfExists(f);
                    removed.add(f);
                }
            }
        }
    }
}
