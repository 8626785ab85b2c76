package dev.masklet.export;

import java.util.List;
import java.util.Objects;

import dev.masklet.core.model.AnnotationProject;

/**
 * An imported dataset.
 *
 * @param project the annotations, one object per track (group id, track id) or per untracked annotation
 * @param warnings one line each: shapes and files left out and why
 */
public record ImportResult(AnnotationProject project, List<String> warnings) {
    public ImportResult {
        Objects.requireNonNull(project, "project");
        warnings = List.copyOf(warnings);
    }
}
