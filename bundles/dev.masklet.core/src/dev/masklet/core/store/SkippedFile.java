package dev.masklet.core.store;

import java.nio.file.Path;

/**
 * A file of a project that was not read, left as it is on disk: damaged (cut short, values that make no sense), a
 * folder where a file should be, a frame beyond the media's length, or a JSON file that is not an annotation file.
 *
 * @param file   the file
 * @param reason why, in plain words (no library names or stack traces), e.g. "not complete JSON (cut short or
 *               damaged near line 3, column 12)"
 */
public record SkippedFile(Path file, String reason) {
    /** {@code frame_000003.json: reason}, the form every report uses. */
    public String line() {
        return file.getFileName() + ": " + reason;
    }
}
