package dev.masklet.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

import dev.masklet.cli.CliException;
import dev.masklet.cli.CliOptions;

/**
 * {@code masklet-cli}: the headless interface. Prints results on stdout, progress and errors on stderr, and
 * exits non-zero with a one-line message on bad input: 1 for bad input or a failed command, 2 for a command line
 * that cannot be understood. Each subcommand is one {@link CliCommand} in {@link #COMMANDS}; output formats are
 * documented in README.md: keep them stable.
 */
public final class CliApplication implements IApplication {
    /** The subcommands, in the order {@code masklet-cli help} lists them. */
    static final List<CliCommand> COMMANDS = List.of(new InfoCommand(), new SampleCommand(), new SegmentCommand(),
            new ModelsCommand(), new BenchEngineCommand(), new ExportCommand(), new ImportCommand(),
            new TrackCommand());

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
            out.print(usage());
            return rest.isEmpty() ? CliException.USAGE : IApplication.EXIT_OK;
        }
        String name = rest.remove(0);
        if (name.equals("--version") || name.equals("version")) {
            out.println(version());
            return IApplication.EXIT_OK;
        }
        try (CliServices services = new CliServices()) {
            CliCommand command = find(name).orElseThrow(() -> new CliException("unknown command '" + name
                    + "' (try: masklet-cli help)", CliException.USAGE));
            return command.run(CliOptions.parse(name, rest, command.options()), new CliContext(out, err, services));
        } catch (CliException e) {
            err.println("masklet-cli: " + e.getMessage());
            return e.exitCode();
        }
    }

    static Optional<CliCommand> find(String name) {
        return COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The text of {@code masklet-cli help}. */
    static String usage() {
        StringBuilder text = new StringBuilder("""
                usage: masklet-cli <command> [options]
                  --version                     print the version
                """);
        COMMANDS.forEach(c -> text.append(c.usage()));
        return text.append("""
                  help                          this text
                every command's options, outputs and exit codes: docs/cli.md
                """).toString();
    }

    private static String version() {
        Version v = FrameworkUtil.getBundle(CliApplication.class).getVersion();
        return "masklet " + v.getMajor() + "." + v.getMinor() + "." + v.getMicro()
                + (v.getQualifier().isEmpty() ? "" : " (build " + v.getQualifier() + ")");
    }

    @Override
    public void stop() {
        // commands are short and run on the calling thread; nothing to interrupt
    }
}
