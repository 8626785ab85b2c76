/**
 * The command-line conventions shared by Masklet's programs ({@code masklet-cli} and {@code masklet-batch}): the
 * one option parser ({@link dev.masklet.cli.CliOptions}) and the error that carries a one-line message and an exit
 * code ({@link dev.masklet.cli.CliException}). The commands of {@code masklet-cli} are internal.
 */
package dev.masklet.cli;
