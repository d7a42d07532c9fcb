/**
 * The contract every step of conv's flow keeps: a {@link dev.conv.step.Step} turns one
 * {@link dev.conv.page.Page} into a {@link dev.conv.step.StepResult} (the new page, what changed
 * and why, and any files made beside it), purely, with no I/O. A {@link dev.conv.step.Pipeline}
 * chains steps, so a file is read once and written once however many run. Depends on
 * {@code page} only; reporting and writing are the runner's and the CLI's.
 */
package dev.conv.step;
