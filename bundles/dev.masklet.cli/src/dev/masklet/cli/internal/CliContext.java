package dev.masklet.cli.internal;

import java.io.PrintStream;

/** What a command runs with: stdout for results, stderr for progress and warnings, and the engine services. */
record CliContext(PrintStream out, PrintStream err, CliServices services) {
}
