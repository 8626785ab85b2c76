package dev.masklet.ui.internal.editor;

import java.nio.file.Path;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import dev.masklet.core.model.AnnotationProject;
import dev.masklet.media.VideoSource;

/**
 * A video opened for annotation. The video is opened and its annotations read before the editor is created, so
 * that bad input is reported by the command that tried to open it and no broken editor is ever shown.
 */
public final class VideoEditorInput implements IEditorInput {
    private final Path media;
    private final VideoSource source;
    private final AnnotationProject project;
    private final Path projectFile;
    private final String recoveryNotice;
    private final java.util.List<String> skippedFiles;

    public VideoEditorInput(Path media, VideoSource source, AnnotationProject project, Path projectFile) {
        this(media, source, project, projectFile, "");
    }

    /** With what opening the annotations recovered after a crash (empty: nothing), to tell the user. */
    public VideoEditorInput(Path media, VideoSource source, AnnotationProject project, Path projectFile,
            String recoveryNotice) {
        this(media, source, project, projectFile, recoveryNotice, java.util.List.of());
    }

    /** With the annotation files that could not be read, one {@code name: reason} line each, to tell the user. */
    public VideoEditorInput(Path media, VideoSource source, AnnotationProject project, Path projectFile,
            String recoveryNotice, java.util.List<String> skippedFiles) {
        this.skippedFiles = java.util.List.copyOf(skippedFiles);
        this.media = media;
        this.source = source;
        this.project = project;
        this.projectFile = projectFile;
        this.recoveryNotice = recoveryNotice;
    }

    public java.util.List<String> skippedFiles() {
        return skippedFiles;
    }

    public String recoveryNotice() {
        return recoveryNotice;
    }

    public Path media() {
        return media;
    }

    public VideoSource source() {
        return source;
    }

    public AnnotationProject project() {
        return project;
    }

    public Path projectFile() {
        return projectFile;
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return media.getFileName().toString();
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return media.toString();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VideoEditorInput v && v.media.equals(media);
    }

    @Override
    public int hashCode() {
        return media.hashCode();
    }
}
