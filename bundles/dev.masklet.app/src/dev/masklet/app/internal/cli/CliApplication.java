package dev.masklet.app.internal.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * {@code masklet-cli}: the headless interface. Prints results on stdout, progress and errors on stderr, and
 * exits non-zero with a one-line message on bad input. Subcommands live in {@link CliCommands}.
 */
public final class CliApplication implements IApplication {
    /** Exit code for bad input or a failed command. */
    static final int FAILED = 1;
    /** Exit code for a command line that cannot be understood. */
    static final int USAGE = 2;

    @Override
    public Object start(IApplicationContext context) {
        String[] raw = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        return run(raw == null ? List.of() : Arrays.asList(raw), System.out, System.err);
    }

    /**
     * Runs one command line as the {@code masklet-cli} launcher does (also how tests drive the command line in the
     * running framework).
     *
     * @return the exit code
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>(args);
        if (rest.isEmpty() || rest.contains("--help") || rest.get(0).equals("help")) {
            out.print(CliCommands.USAGE_TEXT);
            return rest.isEmpty() ? USAGE : IApplication.EXIT_OK;
        }
        String command = rest.remove(0);
        try {
            return switch (command) {
                case "--version", "version" -> CliCommands.version(out);
                case "info" -> CliCommands.info(CliOptions.parse(rest), out);
                case "sample" -> CliCommands.sample(CliOptions.parse(rest), out);
                case "segment" -> SegmentCommand.run(CliOptions.parse(rest), out, err);
                case "models" -> ModelsCommand.run(CliOptions.parse(rest), out, err);
                case "bench-engine" -> BenchEngineCommand.run(CliOptions.parse(rest), out, err);
                case "export" -> CliExport.run(rest, out, err);
                case "import" -> ImportCommand.run(CliOptions.parse(rest), out, err);
                case "track" -> TrackCommand.run(rest, out, err);
                default -> throw new CliException("unknown command '" + command + "' (try: masklet-cli help)", USAGE);
            };
        } catch (CliException e) {
            err.println("masklet-cli: " + e.getMessage());
            return e.exitCode();
        }
    }

    @Override
    public void stop() {
        // commands are short and run on the calling thread; nothing to interrupt
    }
}
