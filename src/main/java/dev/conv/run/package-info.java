/**
 * Bulk runs: which files a command line names, and running a step over them on every core.
 *
 * <p>{@link dev.conv.run.FileSet} expands files, directories and globs into a sorted,
 * de-duplicated {@link dev.conv.run.Selection}, skipping {@code .git}, hidden entries and what
 * {@code .gitignore} (inside a git work tree), {@code .git/info/exclude}, the global excludes file
 * and {@code .convignore} ignore, with git's own matching rules and without running git.
 * {@link dev.conv.run.Runner} then reads each file, applies the step (abandoned past a time
 * limit) and hands the result to a {@link dev.conv.run.Destination}: {@link dev.conv.run.InPlace},
 * {@link dev.conv.run.OutDir}, {@link dev.conv.run.OutFile} or {@link dev.conv.run.Stdout}; each
 * file ends as one {@link dev.conv.run.FileOutcome}, in input order.
 */
package dev.conv.run;
