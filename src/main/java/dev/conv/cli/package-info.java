/**
 * The command line: one picocli class per subcommand, option groups shared as mixins, exit codes
 * in {@link dev.conv.cli.ExitCode}. Every command is options, a step, the one runner, then
 * {@link dev.conv.cli.Report}, which tells the outcomes of any step; no conversion logic lives
 * here.
 */
package dev.conv.cli;
