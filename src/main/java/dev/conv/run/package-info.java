/**
 * Bulk runs: which files a command line names ({@link dev.conv.run.FileSet}: directories walked,
 * .git and ignored files skipped), and running a step over them on every core with per-file
 * outcomes collected for the summary, --check and --diff.
 */
package dev.conv.run;
