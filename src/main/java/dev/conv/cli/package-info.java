/**
 * The command line: one picocli class per subcommand, option groups shared as mixins, exit codes
 * in {@link dev.conv.cli.ExitCode}. It parses options, calls the library, and reports; no
 * conversion logic lives here.
 */
package dev.conv.cli;
