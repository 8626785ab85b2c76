package dev.masklet.export;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One exporter as contributed to the extension point: its id, name and description, what it writes, and how to
 * create it. The exporter class is loaded only by {@link #create()}.
 */
public final class ExporterDescriptor {
    /** Creates the exporter; may fail with a message. */
    @FunctionalInterface
    public interface Factory {
        Exporter create() throws ExportException;
    }

    private final String id;
    private final String name;
    private final String description;
    private final OutputKind outputKind;
    private final String fileExtension;
    private final String contributor;
    private final Factory factory;

    ExporterDescriptor(String id, String name, String description, OutputKind outputKind, String fileExtension,
            String contributor, Factory factory) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.description = description == null ? "" : description;
        this.outputKind = Objects.requireNonNull(outputKind, "outputKind");
        this.fileExtension = fileExtension == null ? "" : fileExtension;
        this.contributor = contributor == null ? "" : contributor;
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /** A descriptor for an exporter made in code rather than contributed by a plug-in (tests, embedding). */
    public static ExporterDescriptor of(String id, String name, String description, OutputKind outputKind,
            String fileExtension, Supplier<? extends Exporter> exporter) {
        return new ExporterDescriptor(id, name, description, outputKind, fileExtension, "", exporter::get);
    }

    /** The id used on the command line ({@code --format ID}). */
    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public OutputKind outputKind() {
        return outputKind;
    }

    /** For {@link OutputKind#FILE}: the usual file name extension without the dot, e.g. {@code csv}; else empty. */
    public String fileExtension() {
        return fileExtension;
    }

    /** Symbolic name of the contributing bundle; empty for descriptors made in code. */
    public String contributor() {
        return contributor;
    }

    /** A new instance of the exporter. */
    public Exporter create() throws ExportException {
        return factory.create();
    }

    @Override
    public String toString() {
        return id + " (" + name + ")";
    }
}
