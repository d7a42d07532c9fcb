/**
 * Bulk runs: which files a command line names, and running a step over them on every core.
 *
 * <p>{@link dev.conv.run.FileSet} expands files, directories and globs into a sorted,
 * de-duplicated {@link dev.conv.run.Selection}, skipping {@code .git}, hidden entries and what
 * {@code .gitignore} (inside a git work tree), {@code .git/info/exclude}, the global excludes file
 * and {@code .convignore} ignore, with git's own matching rules and without running git.
 * {@link dev.conv.run.Parallel} then runs one task per file with results in input order.
 */
package dev.conv.run;
