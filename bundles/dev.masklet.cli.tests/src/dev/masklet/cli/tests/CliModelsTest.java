package dev.masklet.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.masklet.cli.internal.CliApplication;

/**
 * {@code masklet-cli models --available} in process, on the catalogue this build ships: the six documented columns,
 * then whether this build can install the model, by the check the installer refuses a model by (the four SAM 2.1
 * sizes have no graph templates in this build; the default is installed from an address the user gives).
 */
class CliModelsTest {
    @Test
    void availableSaysWhichModelsThisBuildCanInstall() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CliApplication.run(List.of("models", "--available"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        Map<String, String[]> rows = out.toString(StandardCharsets.UTF_8).lines().map(l -> l.split("\t", -1))
                .collect(Collectors.toMap(c -> c[0], Function.identity()));
        assertEquals(List.of("mobilesam", "sam2.1-hiera-base-plus", "sam2.1-hiera-large", "sam2.1-hiera-small",
                "sam2.1-hiera-tiny"), rows.keySet().stream().sorted().toList());
        for (String[] row : rows.values()) {
            assertEquals(7, row.length, "six documented columns and INSTALLABLE: " + String.join("|", row));
        }
        assertEquals("installable", rows.get("mobilesam")[6]);
        for (String size : List.of("tiny", "small", "base-plus", "large")) {
            String[] row = rows.get("sam2.1-hiera-" + size);
            assertEquals("not installable: no graph templates in this build", row[6], size);
            assertEquals("Apache-2.0", row[4].substring(0, "Apache-2.0".length()), "the licence column is unmoved");
        }
    }
}
