package dev.masklet.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.masklet.cli.internal.CliApplication;
import dev.masklet.cli.CliException;
import dev.masklet.cli.CliOptions;

/**
 * The one option parser of masklet-cli: flags, one-value and repeatable options as each command declares them,
 * and a usage error (exit 2) with a one-line message for anything else.
 */
class CliOptionsTest {
    private static final CliOptions.Spec SPEC = CliOptions.Spec.values("project", "out", "range")
            .withFlags("images", "reverse").withRepeatable("set");

    private static CliOptions parse(String... args) throws CliException {
        return CliOptions.parse("export", List.of(args), SPEC);
    }

    private static CliException refused(String... args) {
        CliException e = assertThrows(CliException.class, () -> parse(args));
        assertEquals(CliException.USAGE, e.exitCode(), e.getMessage());
        return e;
    }

    @Test
    void valuesFlagsAndRepeatedOptions() throws CliException {
        CliOptions o = parse("--project", "p.masklet.json", "--images", "--set", "a=1", "--out", "dir/", "--set",
                "b=2");
        assertEquals("p.masklet.json", o.get("project"));
        assertEquals("dir/", o.require("out"));
        assertTrue(o.has("images"));
        assertFalse(o.has("reverse"));
        assertTrue(o.given("project"));
        assertFalse(o.given("range"));
        assertNull(o.get("range"));
        assertEquals(List.of("a=1", "b=2"), o.all("set"));
        assertEquals(List.of(), o.all("range"));
    }

    @Test
    void aValueMayLookLikeAnOption() throws CliException {
        assertEquals("--images", parse("--out", "--images").get("out"));
    }

    @Test
    void unknownOptionsAndArgumentsAreUsageErrorsNamingTheCommand() {
        assertEquals("export: unknown option '--nope' (try: masklet-cli help)", refused("--nope", "x").getMessage());
        assertEquals("export: unknown argument 'stray' (try: masklet-cli help)", refused("stray").getMessage());
    }

    @Test
    void aValueOptionNeedsItsValue() {
        assertEquals("option --out needs a value", refused("--images", "--out").getMessage());
    }

    @Test
    void aOneValueOptionGivenTwiceIsRefused() {
        assertEquals("option --out is given twice", refused("--out", "a", "--out", "b").getMessage());
    }

    @Test
    void aMissingRequiredOptionIsNamed() throws CliException {
        CliException e = assertThrows(CliException.class, () -> parse("--images").require("project"));
        assertEquals("missing --project", e.getMessage());
        assertEquals(CliException.USAGE, e.exitCode());
    }

    @Test
    void positiveNumbers() throws CliException {
        CliOptions.Spec spec = CliOptions.Spec.values("runs");
        assertEquals(7, CliOptions.parse("bench-engine", List.of(), spec).positive("runs", 7));
        assertEquals(3, CliOptions.parse("bench-engine", List.of("--runs", "3"), spec).positive("runs", 7));
        for (String bad : List.of("0", "-2", "x", "1.5")) {
            CliOptions o = CliOptions.parse("bench-engine", List.of("--runs", bad), spec);
            CliException e = assertThrows(CliException.class, () -> o.positive("runs", 7));
            assertEquals("--runs needs a positive number, got '" + bad + "'", e.getMessage());
        }
    }

    @Test
    void commaSeparatedNumbers() throws CliException {
        assertArrayEquals(new double[] {120, 80.5, 1}, CliOptions.numbers("point", "120, 80.5,1", 3));
        assertEquals("--point needs 3 comma-separated numbers, got '1,2'",
                assertThrows(CliException.class, () -> CliOptions.numbers("point", "1,2", 3)).getMessage());
        assertEquals("--box: 'a' is not a number",
                assertThrows(CliException.class, () -> CliOptions.numbers("box", "a,1,2,3", 4)).getMessage());
    }

    @Test
    void everyCommandRefusesAnOptionItDoesNotTake() {
        for (String command : List.of("info", "sample", "segment", "models", "bench-engine", "export", "track")) {
            Result r = run(command, "--no-such-option", "1");
            assertEquals(CliException.USAGE, r.code, command + ": " + r.err);
            assertEquals("masklet-cli: " + command + ": unknown option '--no-such-option' (try: masklet-cli help)",
                    r.err.strip(), command);
        }
    }

    @Test
    void helpListsEveryCommandAndAnUnknownCommandIsAUsageError() {
        Result help = run("help");
        assertEquals(0, help.code);
        for (String command : List.of("--version", "info", "sample", "segment", "models", "bench-engine", "export",
                "track", "help")) {
            assertTrue(help.out.contains("\n  " + command + " "), command + " in\n" + help.out);
        }
        assertTrue(help.out.contains("the prompts\n") && help.out.contains("docs/cli.md, \"Video tracking\""),
                "track points to the reference for its prompts file:\n" + help.out);
        assertTrue(help.out.strip().endsWith("docs/cli.md"), help.out);
        Result unknown = run("nope");
        assertEquals(CliException.USAGE, unknown.code);
        assertEquals("masklet-cli: unknown command 'nope' (try: masklet-cli help)", unknown.err.strip());
        assertEquals(CliException.USAGE, run().code, "no command at all prints the usage and fails");
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CliApplication.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
