package dev.masklet.cli.internal;

import dev.masklet.cli.CliException;
import dev.masklet.cli.CliOptions;

/**
 * One masklet-cli subcommand. A new command implements this (one class named {@code <Name>Command}) and is added to
 * {@link CliApplication#COMMANDS}; its options are parsed by {@link CliOptions} from its {@link #options()}.
 */
interface CliCommand {
    /** The word after {@code masklet-cli}. */
    String name();

    /** Its lines of {@code masklet-cli help}, each ending with a line break. */
    String usage();

    /** The options it takes. */
    CliOptions.Spec options();

    /**
     * Runs it: results on {@code context.out()}, progress and warnings on {@code context.err()}.
     *
     * @return the exit code (0 on success)
     * @throws CliException with a one-line message on bad input or failure
     */
    int run(CliOptions options, CliContext context) throws CliException;
}
