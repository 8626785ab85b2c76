package dev.masklet.export;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One exporter as contributed to the extension point: its id, name and description, what it writes, whether its
 * datasets expect frame images, and how to create it. The exporter class is loaded only by {@link #create()}.
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
    private final boolean imagesExpected;
    private final String contributor;
    private final Factory factory;

    ExporterDescriptor(String id, String name, String description, OutputKind outputKind, String fileExtension,
            boolean imagesExpected, String contributor, Factory factory) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.description = description == null ? "" : description;
        this.outputKind = Objects.requireNonNull(outputKind, "outputKind");
        this.fileExtension = fileExtension == null ? "" : fileExtension;
        this.imagesExpected = imagesExpected;
        this.contributor = contributor == null ? "" : contributor;
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /** A descriptor for an exporter made in code rather than contributed by a plug-in (tests, embedding). */
    public static ExporterDescriptor of(String id, String name, String description, OutputKind outputKind,
            String fileExtension, Supplier<? extends Exporter> exporter) {
        return of(id, name, description, outputKind, fileExtension, false, exporter);
    }

    /** As {@link #of(String, String, String, OutputKind, String, Supplier)}, saying whether images are expected. */
    public static ExporterDescriptor of(String id, String name, String description, OutputKind outputKind,
            String fileExtension, boolean imagesExpected, Supplier<? extends Exporter> exporter) {
        return new ExporterDescriptor(id, name, description, outputKind, fileExtension, imagesExpected, "",
                exporter::get);
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

    /**
     * Whether the format's datasets name frame images that its tools read beside the annotations (COCO's
     * {@code images/}, YOLO's {@code data.yaml}, ...), as the contribution's {@code imagesExpected} attribute says:
     * the export wizard then writes frame images unless the user turns them off. False when the contribution says
     * nothing. The command line writes images only with {@code --images}, whatever this says.
     */
    public boolean imagesExpected() {
        return imagesExpected;
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
