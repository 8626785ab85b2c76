package dev.masklet.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What an export wrote and what it had to leave out.
 *
 * @param files the files written, in the order written
 * @param warnings one line each, for people: objects or frames left out and why, approximations made
 */
public record ExportResult(List<Path> files, List<String> warnings) {
    public ExportResult {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects files and warnings while an exporter runs. Not thread-safe. */
    public static final class Builder {
        private final List<Path> files = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        private Builder() {
        }

        public Builder file(Path file) {
            files.add(file);
            return this;
        }

        public Builder warn(String warning) {
            warnings.add(warning);
            return this;
        }

        public List<String> warnings() {
            return List.copyOf(warnings);
        }

        public ExportResult build() {
            return new ExportResult(files, warnings);
        }
    }
}
