package dev.masklet.core.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.masklet.core.mask.BinaryMask;

/** Masks and fixture files for the store tests. */
final class TestData {
    private TestData() {
    }

    static BinaryMask square(int w, int h, int x0, int y0, int size) {
        byte[] bits = new byte[w * h];
        for (int y = y0; y < Math.min(h, y0 + size); y++) {
            for (int x = x0; x < Math.min(w, x0 + size); x++) {
                bits[y * w + x] = 1;
            }
        }
        return new BinaryMask(w, h, bits);
    }

    /** Copies a fixture of this bundle ({@code fixtures/NAME}) to a file. */
    static Path copyFixture(String name, Path to) throws IOException {
        try (InputStream in = TestData.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IOException("fixture missing: fixtures/" + name);
            }
            Files.createDirectories(to.toAbsolutePath().getParent());
            Files.copy(in, to);
        }
        return to;
    }
}
