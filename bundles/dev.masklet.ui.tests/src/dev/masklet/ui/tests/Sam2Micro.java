package dev.masklet.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The SAM 2.1 micro fixture installed for a test: a models folder holding the workbench's models (linked) and the
 * fixture as {@value #NAME}, made the product's models folder (system property {@code masklet.models}) until
 * {@link #close()}. Its weights are random: real SAM 2 code and real ONNX Runtime, but masks that are blobs and
 * scores that are unsure.
 */
final class Sam2Micro implements AutoCloseable {
    static final String NAME = "sam2-micro";
    private static final String PROPERTY = "masklet.models";
    private final String before;

    /** Installs the fixture in a new folder {@code models} under {@code dir}. */
    Sam2Micro(Path dir) throws IOException {
        Path fixture = findFixture();
        Path models = Files.createDirectory(dir.resolve("models"));
        before = System.getProperty(PROPERTY);
        if (before != null && Files.isDirectory(Path.of(before))) {
            try (Stream<Path> entries = Files.list(Path.of(before))) {
                for (Path e : (Iterable<Path>) entries::iterator) {
                    Files.createSymbolicLink(models.resolve(e.getFileName()), e.toAbsolutePath());
                }
            }
        }
        Path sam2 = Files.createDirectory(models.resolve(NAME));
        try (Stream<Path> files = Files.list(fixture)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.getFileName().toString().endsWith(".onnx")
                    || p.getFileName().toString().startsWith("constants."))::iterator) {
                Files.createSymbolicLink(sam2.resolve(f.getFileName()), f.toAbsolutePath());
            }
        }
        System.setProperty(PROPERTY, models.toString());
    }

    /** The models folder the workbench had before. */
    @Override
    public void close() {
        if (before == null) {
            System.clearProperty(PROPERTY);
        } else {
            System.setProperty(PROPERTY, before);
        }
    }

    /**
     * The SAM 2.1 micro fixture the repository carries (tests/fixtures/sam2-micro), named by the property
     * masklet.sam2.fixture that the root pom sets; a missing fixture fails the test.
     */
    private static Path findFixture() {
        String configured = System.getProperty("masklet.sam2.fixture");
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException("the SAM 2 fixture is not configured: run the tests through Maven (the root"
                    + " pom sets -Dmasklet.sam2.fixture=tests/fixtures/sam2-micro) or set -Dmasklet.sam2.fixture=DIR");
        }
        Path fixture = Path.of(configured).toAbsolutePath().normalize();
        if (!Files.isRegularFile(fixture.resolve("constants.json"))) {
            throw new IllegalStateException("the SAM 2 fixture -Dmasklet.sam2.fixture=" + configured
                    + " has no constants.json (the repository carries it in tests/fixtures/sam2-micro)");
        }
        return fixture;
    }
}
